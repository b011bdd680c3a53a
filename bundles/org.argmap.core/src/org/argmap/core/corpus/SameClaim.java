package org.argmap.core.corpus;

import java.util.List;

/**
 * Every node of a corpus that states one claim: those stating it in the same words and those linked to them as
 * equivalent.
 *
 * @param nodes       the nodes, one hit each, those found by their words first
 * @param brokenLinks the links met on the way that lead to no map or node of the corpus, one message each
 *                    naming the linking node
 */
public record SameClaim(List<SearchHit> nodes, List<String> brokenLinks) {
}

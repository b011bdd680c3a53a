package org.argmap.interchange;

import java.util.Map;

import org.argmap.model.RelationKind;

/**
 * How to read GraphML that Argmap did not write. Keys are named by their {@code attr.name} or their
 * {@code id}; null means "guess" (a key called label or name, else the yEd label, else the node id).
 *
 * @param labelKey    the key whose value becomes a node's text
 * @param kindKey     the key whose value says a node's kind (claim, rebuttal, analogy) and an edge's kind
 *                    (support, attack, undercut, analogy, equivalence, or a synonym such as pro/con)
 * @param edgeColours yEd line colours ({@code #rrggbb}, lower case) that stand for a relation kind, for
 *                    files such as Argdown's that carry kinds only as colours; other colours are judged by
 *                    hue (green support, red attack, purple undercut)
 */
public record ImportOptions(String labelKey, String kindKey, Map<String, RelationKind> edgeColours) {

	public static final ImportOptions DEFAULTS = new ImportOptions(null, null, Map.of());
}

package org.argmap.sample;

import org.argmap.core.anchoring.TextAnchors;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.CriticalQuestionKind;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;

/**
 * Writing a map by hand in Java: nodes anchored on quotes (each must occur exactly once in its document, so
 * a typo fails loudly instead of anchoring somewhere else), relations by kind, readable fixed ids. Each id
 * numbers its element in the order it was written ({@code c-1-wall}): a map file holds its elements in the order
 * of their ids, so the map opens with them in the order the sample tells its story.
 */
final class MapBuilder {

	/** A source document with the text its anchors are made on. */
	record Source(SourceDocument document, String text) {
	}

	private final ArgumentMap map;
	private int written;

	MapBuilder(ArgumentMap map) {
		this.map = map;
	}

	Claim claim(String id, String label, Source source, String quote, String text) {
		Claim claim = MapElements.newClaim(text);
		return add(id, "c-", label, claim, source, quote); //$NON-NLS-1$
	}

	Rebuttal rebuttal(String id, String label, Source source, String quote, String text) {
		return add(id, "r-", label, MapElements.newRebuttal(text), source, quote); //$NON-NLS-1$
	}

	Analogy analogy(String id, String label, Source source, String quote, String text, String sourceCase,
			String targetCase) {
		return add(id, "a-", label, MapElements.newAnalogy(text, sourceCase, targetCase), source, quote); //$NON-NLS-1$
	}

	/** An unstated premise the argument needs: implicit, so it has no anchor. */
	Claim implicit(String id, String text) {
		Claim claim = MapElements.newClaim(text);
		claim.setImplicit(true);
		claim.setId(numbered("c-", id)); //$NON-NLS-1$
		map.getNodes().add(claim);
		return claim;
	}

	/** Anchors {@code node} on one more passage (a claim made twice in the same text, or in another). */
	void alsoAt(Node node, Source source, String quote) {
		node.getAnchors().add(anchor(source, quote));
	}

	private <N extends Node> N add(String id, String prefix, String label, N node, Source source, String quote) {
		node.setId(numbered(prefix, id));
		node.setLabel(label);
		node.getAnchors().add(anchor(source, quote));
		map.getNodes().add(node);
		return node;
	}

	private String numbered(String prefix, String id) {
		return prefix + ++written + '-' + id;
	}

	private static org.argmap.model.TextAnchor anchor(Source source, String quote) {
		int start = source.text().indexOf(quote);
		if (start < 0 || source.text().indexOf(quote, start + 1) >= 0) {
			throw new IllegalStateException((start < 0 ? "not in " : "more than once in ") //$NON-NLS-1$ //$NON-NLS-2$
					+ source.document().getTitle() + ": " + quote); //$NON-NLS-1$
		}
		return TextAnchors.create(source.document(), source.text(), start, start + quote.length());
	}

	void correspondence(Analogy analogy, String sourceAspect, String targetAspect) {
		analogy.getCorrespondences().add(MapElements.newCorrespondence(sourceAspect, targetAspect));
	}

	void answer(Analogy analogy, CriticalQuestionKind kind, QuestionStatus status, String answer) {
		for (CriticalQuestion question : analogy.getCriticalQuestions()) {
			if (question.getKind() == kind) {
				question.setStatus(status);
				question.setAnswer(answer);
			}
		}
	}

	Relation support(String id, Node conclusion, Node... premises) {
		return relation(id, RelationKind.SUPPORT, conclusion, premises);
	}

	Relation attack(String id, Node target, Node attacker) {
		return relation(id, RelationKind.ATTACK, target, attacker);
	}

	Relation undercut(String id, Relation inference, Node attacker) {
		return relation(id, RelationKind.UNDERCUT, inference, attacker);
	}

	Relation byAnalogy(String id, Node conclusion, Analogy analogy) {
		return relation(id, RelationKind.ANALOGY, conclusion, analogy);
	}

	Relation equivalent(String id, Node restatement, Node original) {
		return relation(id, RelationKind.EQUIVALENCE, original, restatement);
	}

	private Relation relation(String id, RelationKind kind, ArgumentElement target, Node... sources) {
		Relation relation = MapElements.newRelation(kind, target, sources);
		relation.setId(numbered("rel-", id)); //$NON-NLS-1$
		map.getRelations().add(relation);
		return relation;
	}
}

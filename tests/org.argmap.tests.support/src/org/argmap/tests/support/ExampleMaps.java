package org.argmap.tests.support;

import java.util.Date;

import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;

/**
 * A small, valid map with one of everything: claims (one implicit), a rebuttal, an analogy with its cases,
 * correspondences and an answered question, and relations of every kind, linked premises and an undercut
 * included; anchors quote the document's snapshot exactly. Its values include what formats get wrong:
 * quotes, ampersands, a comma inside a tag, a carriage return, non-ASCII text.
 */
public final class ExampleMaps {

	/** The text of the map's one document. */
	public static final String TEXT = "Is AI progress hitting a wall? Pre-training returns are plateauing. "
			+ "Labs report that bigger models give smaller gains. Reasoning models scale at inference time. "
			+ "Like a toddler nephew who stops growing taller but starts talking, models change how they improve.";

	private ExampleMaps() {
	}

	public static ArgumentMap everyKind() {
		ArgumentMap map = MapElements.newMap("Is AI progress hitting a wall? <\"&\">");
		map.setDescription("Every node and relation kind\r\nwith a CR-LF line end");
		map.setCreated(new Date(1_732_000_000_123L));
		map.setModified(new Date(1_732_100_000_456L));
		SourceDocument document = MapElements.newDocument("The Obsolete post", "sources/obsolete.txt");
		document.setAuthor("Ana Müller");
		document.setDate("2024-11-21");
		document.setMediaType("text/plain");
		document.setSnapshot(TEXT);
		map.getDocuments().add(document);

		Claim wall = anchored(MapElements.newClaim("AI progress is hitting a wall."), document,
				"Is AI progress hitting a wall?");
		wall.setLabel("Wall");
		wall.getTags().add("thesis");
		wall.getTags().add("scaling, pre-training");
		wall.setPosition(MapElements.newPosition(120.5, -40));
		Claim plateau = anchored(MapElements.newClaim("Pre-training returns are plateauing."), document,
				"Pre-training returns are plateauing.");
		Claim labs = anchored(MapElements.newClaim("Bigger models give smaller gains."), document,
				"bigger models give smaller gains");
		labs.setNote("Reported by three labs & one \"insider\"");
		Claim implicit = MapElements.newClaim("Gains per model size are what progress means.");
		implicit.setImplicit(true);
		Rebuttal reasoning = anchored(MapElements.newRebuttal("Reasoning models scale at inference time."), document,
				"Reasoning models scale at inference time.");
		Analogy nephew = anchored(MapElements.newAnalogy("Models are like a toddler nephew: growth changes form.",
				"a toddler nephew", "AI models"), document, "Like a toddler nephew");
		nephew.getCorrespondences().add(MapElements.newCorrespondence("growing taller", "pre-training scale"));
		nephew.getCorrespondences().add(MapElements.newCorrespondence("starting to talk", "reasoning"));
		CriticalQuestion differences = nephew.getCriticalQuestions().get(0);
		differences.setAnswer("Children stop growing by biology; models by cost.");
		differences.setStatus(QuestionStatus.ANSWERED);
		Claim restated = MapElements.newClaim("Scaling has hit diminishing returns.");
		for (Node node : new Node[] { wall, plateau, labs, implicit, reasoning, nephew, restated }) {
			map.getNodes().add(node);
		}

		Relation linked = MapElements.newRelation(RelationKind.SUPPORT, wall, plateau, implicit);
		linked.setNote("linked: both premises together");
		Relation evidence = MapElements.newRelation(RelationKind.SUPPORT, plateau, labs);
		Relation attack = MapElements.newRelation(RelationKind.ATTACK, wall, reasoning);
		Relation undercut = MapElements.newRelation(RelationKind.UNDERCUT, evidence, reasoning);
		Relation analogy = MapElements.newRelation(RelationKind.ANALOGY, reasoning, nephew);
		Relation equivalence = MapElements.newRelation(RelationKind.EQUIVALENCE, plateau, restated);
		for (Relation relation : new Relation[] { linked, evidence, attack, undercut, analogy, equivalence }) {
			map.getRelations().add(relation);
		}
		return map;
	}

	private static <N extends Node> N anchored(N node, SourceDocument document, String passage) {
		int start = TEXT.indexOf(passage);
		if (start < 0) {
			throw new IllegalArgumentException(passage);
		}
		int end = start + passage.length();
		node.getAnchors().add(MapElements.newAnchor(document, start, end, passage,
				TEXT.substring(Math.max(0, start - 32), start), TEXT.substring(end, Math.min(TEXT.length(), end + 32))));
		return node;
	}
}

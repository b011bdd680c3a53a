package org.argmap.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;

/**
 * Valid argument maps of any size, the same for the same seed: every node kind, every relation kind
 * (linked premises included), documents with text snapshots and anchors that quote them exactly.
 */
public final class SyntheticMaps {

	private static final String[] WORDS = { "scaling", "compute", "data", "reasoning", "wall", "progress",
			"benchmark", "model", "training", "returns", "plateau", "inference", "cost", "analogy", "evidence",
			"claim", "the", "of", "and", "is", "not", "slowing", "faster", "post-training", "nephew", "cars" };
	private static final int CONTEXT = 32;

	private final Random random;

	private SyntheticMaps(long seed) {
		random = new Random(seed);
	}

	/** A map with the given numbers of nodes, relations, anchors and documents (each document ~textLength chars). */
	public static ArgumentMap generate(long seed, int nodes, int relations, int anchors, int documents,
			int textLength) {
		return new SyntheticMaps(seed).build(nodes, relations, anchors, documents, textLength);
	}

	/**
	 * A map shaped like a large debate rather than a random graph: every node after the first argues for or
	 * against an earlier one (so conclusions stay few levels above their premises), about one in ten
	 * relations has linked premises, one in twenty is an undercut, and one node in ten also restates or
	 * attacks another earlier node. No anchors, no positions: for layout and drawing.
	 */
	public static ArgumentMap debate(long seed, int nodeCount) {
		return new SyntheticMaps(seed).buildDebate(nodeCount);
	}

	private ArgumentMap buildDebate(int nodeCount) {
		ArgumentMap map = MapElements.newMap("Synthetic debate " + nodeCount);
		List<Node> nodes = new ArrayList<>(nodeCount);
		List<Relation> relations = new ArrayList<>();
		for (int i = 0; i < nodeCount; i++) {
			Node node = newNode(i);
			node.setPosition(null);
			nodes.add(node);
			map.getNodes().add(node);
			if (i == 0) {
				continue;
			}
			Node target = nodes.get(random.nextInt(i));
			int kind = random.nextInt(20);
			Relation relation;
			if (kind == 0 && !relations.isEmpty()) {
				relation = MapElements.newRelation(RelationKind.UNDERCUT, relations.get(random.nextInt(relations.size())), node);
			} else if (kind < 3 && nodes.indexOf(target) < i - 1) {
				// the second premise is also newer than the conclusion: arguments point back in time, no circles
				int from = nodes.indexOf(target) + 1;
				Node second = nodes.get(from + random.nextInt(i - from));
				relation = MapElements.newRelation(RelationKind.SUPPORT, target, node, second);
			} else if (node instanceof Analogy) {
				relation = MapElements.newRelation(RelationKind.ANALOGY, target, node);
			} else {
				relation = MapElements.newRelation(node instanceof Rebuttal ? RelationKind.ATTACK : RelationKind.SUPPORT,
						target, node);
			}
			relations.add(relation);
			map.getRelations().add(relation);
			if (random.nextInt(10) == 0) {
				Node other = nodes.get(random.nextInt(i));
				if (other != target) {
					Relation extra = MapElements.newRelation(random.nextBoolean() ? RelationKind.EQUIVALENCE
							: RelationKind.ATTACK, other, node);
					relations.add(extra);
					map.getRelations().add(extra);
				}
			}
		}
		return map;
	}

	/** A small map for tests: 30 nodes, 40 relations, 30 anchors over 3 documents. */
	public static ArgumentMap small(long seed) {
		return generate(seed, 30, 40, 30, 3, 4000);
	}

	private ArgumentMap build(int nodeCount, int relationCount, int anchorCount, int documentCount,
			int textLength) {
		ArgumentMap map = MapElements.newMap("Synthetic map " + nodeCount);
		map.setDescription("Generated for tests and benchmarks");
		for (int i = 0; i < documentCount; i++) {
			SourceDocument document = MapElements.newDocument("Document " + i, "sources/document-" + i + ".txt");
			document.setAuthor("Author " + i);
			document.setDate("2024-11-" + (10 + i % 20));
			document.setMediaType("text/plain");
			document.setSnapshot(text(textLength));
			document.setSha256(String.format("%064x", random.nextLong() & Long.MAX_VALUE));
			map.getDocuments().add(document);
		}
		List<Node> nodes = new ArrayList<>(nodeCount);
		for (int i = 0; i < nodeCount; i++) {
			Node node = newNode(i);
			nodes.add(node);
			map.getNodes().add(node);
		}
		for (int i = 0; i < anchorCount && documentCount > 0; i++) {
			Node node = nodes.get(i % nodeCount);
			node.getAnchors().add(anchor(map.getDocuments().get(random.nextInt(documentCount))));
		}
		List<Relation> relations = new ArrayList<>(relationCount);
		for (int i = 0; i < relationCount; i++) {
			Relation relation = newRelation(nodes, relations);
			relations.add(relation);
			map.getRelations().add(relation);
		}
		return map;
	}

	private Node newNode(int index) {
		int kind = random.nextInt(10);
		Node node;
		if (kind < 7) {
			Claim claim = MapElements.newClaim(words(8 + random.nextInt(20)));
			claim.setImplicit(random.nextInt(20) == 0);
			node = claim;
		} else if (kind < 9) {
			node = MapElements.newRebuttal(words(8 + random.nextInt(20)));
		} else {
			Analogy analogy = MapElements.newAnalogy(words(12), "source case " + index, "target case " + index);
			analogy.getCorrespondences().add(MapElements.newCorrespondence(words(2), words(2)));
			analogy.getCorrespondences().add(MapElements.newCorrespondence(words(2), words(2)));
			node = analogy;
		}
		node.setLabel("N" + index);
		if (random.nextInt(4) == 0) {
			node.getTags().add(WORDS[random.nextInt(WORDS.length)]);
			node.setNote(words(6));
		}
		if (random.nextInt(3) == 0) {
			node.setPosition(MapElements.newPosition(random.nextInt(4000), random.nextInt(4000)));
		}
		return node;
	}

	private Relation newRelation(List<Node> nodes, List<Relation> existing) {
		Node target = nodes.get(random.nextInt(nodes.size()));
		Node source = other(nodes, target);
		int kind = random.nextInt(10);
		if (kind == 9 && !existing.isEmpty()) {
			Relation undercut = existing.get(random.nextInt(existing.size()));
			return MapElements.newRelation(RelationKind.UNDERCUT, undercut, source);
		}
		if (kind == 8 && source instanceof Analogy) {
			return MapElements.newRelation(RelationKind.ANALOGY, target, source);
		}
		if (kind >= 6 && source instanceof Rebuttal) {
			return MapElements.newRelation(RelationKind.ATTACK, target, source);
		}
		if (kind == 5) {
			return MapElements.newRelation(RelationKind.EQUIVALENCE, target, source);
		}
		if (kind == 4) {
			Node second = other(nodes, target);
			if (second != source) {
				return MapElements.newRelation(RelationKind.SUPPORT, target, source, second);
			}
		}
		return MapElements.newRelation(RelationKind.SUPPORT, target, source);
	}

	private Node other(List<Node> nodes, Node avoid) {
		Node node;
		do {
			node = nodes.get(random.nextInt(nodes.size()));
		} while (node == avoid && nodes.size() > 1);
		return node;
	}

	private TextAnchor anchor(SourceDocument document) {
		String text = document.getSnapshot();
		int length = 20 + random.nextInt(120);
		int start = random.nextInt(Math.max(1, text.length() - length));
		int end = Math.min(text.length(), start + length);
		return MapElements.newAnchor(document, start, end, text.substring(start, end),
				text.substring(Math.max(0, start - CONTEXT), start),
				text.substring(end, Math.min(text.length(), end + CONTEXT)));
	}

	/** About {@code length} characters of words and sentences. */
	private String text(int length) {
		StringBuilder text = new StringBuilder(length + 16);
		while (text.length() < length) {
			text.append(words(10)).append(".\n");
		}
		return text.toString();
	}

	private String words(int count) {
		StringBuilder text = new StringBuilder();
		while (count-- > 0 || text.length() == 0) {
			if (text.length() > 0) {
				text.append(random.nextInt(12) == 0 ? ".\n" : " ");
			}
			text.append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}
}

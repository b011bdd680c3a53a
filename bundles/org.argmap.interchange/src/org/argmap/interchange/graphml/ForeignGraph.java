package org.argmap.interchange.graphml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Messages;
import org.argmap.interchange.NodeKinds;
import org.argmap.interchange.argdown.ArgdownGraphml;
import org.argmap.interchange.graphml.RawGraph.Key;
import org.argmap.interchange.graphml.RawGraph.RawEdge;
import org.argmap.interchange.graphml.RawGraph.RawNode;
import org.argmap.model.Ids;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;

/**
 * GraphML from another tool: every node becomes a claim (or the kind its kind key names), every edge a
 * relation. The text comes from the label key, else a key called label, name or text, else the yEd label
 * (Argdown puts a title and a text there), else the node id. The kind key, unless the options name it, is
 * the first key called kind, type, relation, role, stance or polarity whose values are mostly words for
 * kinds (pro/con, support/attack, ...). Every guess and every default becomes a notice. Groups are
 * flattened; edges drawn to a group cannot be argued about and are left out. Ids are kept where they are
 * usable as Argmap ids.
 */
final class ForeignGraph {

	private static final String[] GUESSED_LABEL_KEYS = { "label", "name", "text", "title" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String[] GUESSED_KIND_KEYS = { "kind", "type", "relation", "role", "stance", "polarity" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final GraphmlReader reader;
	private final RawGraph graph;
	private final Map<String, Integer> unknownKinds = new TreeMap<>();
	private final Map<RelationKind, Integer> kindsFromColour = new TreeMap<>();
	private final Map<RelationKind, Integer> demotedKinds = new TreeMap<>();
	private int nodesWithoutKind;
	private int edgesWithoutKind;
	private int textsFromIds;

	ForeignGraph(GraphmlReader reader) {
		this.reader = reader;
		this.graph = reader.graph();
	}

	void read() throws ImportException {
		String labelKey = keyName(reader.options().labelKey(), "node"); //$NON-NLS-1$
		String nodeKindKey;
		String edgeKindKey;
		if (reader.options().kindKey() == null) {
			nodeKindKey = guessedKindKey("node", GraphmlKinds::nodeKindOf, Messages.Graphml_nodeKindKeyGuessed); //$NON-NLS-1$
			edgeKindKey = guessedKindKey("edge", GraphmlKinds::relationKindOf, Messages.Graphml_edgeKindKeyGuessed); //$NON-NLS-1$
		} else {
			nodeKindKey = keyName(reader.options().kindKey(), "node"); //$NON-NLS-1$
			edgeKindKey = keyName(reader.options().kindKey(), "edge"); //$NON-NLS-1$
		}
		if (labelKey == null && reader.options().labelKey() == null) {
			labelKey = guessedLabelKey();
			if (labelKey != null) {
				reader.notice(Messages.bind(Messages.Graphml_labelKeyGuessed, labelKey));
			}
		}
		int groups = 0;
		Map<Node, String> fills = new HashMap<>();
		for (RawNode raw : graph.nodes) {
			if (raw.group) {
				groups++;
				continue;
			}
			Map<String, String> values = graph.values(raw, "node"); //$NON-NLS-1$
			Node node = node(raw, values, labelKey, nodeKindKey);
			reader.addNode(raw, node);
			if (raw.yedFill != null) {
				fills.put(node, raw.yedFill);
			}
		}
		Set<String> groupIds = new HashSet<>();
		graph.nodes.stream().filter(node -> node.group).forEach(node -> groupIds.add(node.id));
		Set<String> relationIds = new HashSet<>();
		int edgesToGroups = 0;
		List<Relation> undercuts = new ArrayList<>();
		for (RawEdge edge : graph.edges) {
			if (groupIds.contains(edge.source) || groupIds.contains(edge.target)) {
				edgesToGroups++;
				continue;
			}
			Node source = reader.endpoint(edge, edge.source);
			Node target = reader.endpoint(edge, edge.target);
			RelationKind drawn = edgeKind(edge, edgeKindKey);
			// an undercut stays an attack unless Argdown's drawing shows the inference; counted below if it stays
			Relation relation = MapElements.newRelation(drawn == RelationKind.UNDERCUT ? RelationKind.ATTACK
					: importable(drawn), target, source);
			if (drawn == RelationKind.UNDERCUT) {
				undercuts.add(relation);
			}
			if (ImportedMap.usableId(edge.id) && !reader.nodes().containsKey(edge.id)
					&& relationIds.add(edge.id)) {
				relation.setId(edge.id);
			}
			reader.map().getRelations().add(relation);
		}
		boolean onlyYedGraphics = graph.keys.values().stream().allMatch(key -> key.yfilesType() != null);
		List<String> argdownNotices = ArgdownGraphml.restore(reader.map(), onlyYedGraphics, fills, undercuts);
		undercuts.stream().filter(relation -> relation.getKind() != RelationKind.UNDERCUT)
				.forEach(relation -> demotedKinds.merge(RelationKind.UNDERCUT, 1, Integer::sum));
		report(groups, edgesToGroups);
		argdownNotices.forEach(reader::notice);
	}

	/** The attribute name of the key the user named by name or id for this domain, or null if none. */
	private String keyName(String requested, String domain) throws ImportException {
		if (requested == null) {
			return null;
		}
		for (Key key : graph.keys.values()) {
			if (RawGraph.appliesTo(key, domain)
					&& (requested.equals(key.name()) || requested.equals(key.id()))) {
				return key.displayName();
			}
		}
		boolean anyDomain = graph.keys.values().stream()
				.anyMatch(key -> requested.equals(key.name()) || requested.equals(key.id()));
		if (anyDomain) {
			return null; // declared for the other domain only: e.g. a kind key for edges alone
		}
		TreeSet<String> available = new TreeSet<>();
		graph.keys.values().stream().filter(key -> key.yfilesType() == null)
				.forEach(key -> available.add(key.displayName()));
		throw new ImportException(reader.file(), 0, 0,
				Messages.bind(Messages.Graphml_noKey, requested, available.isEmpty() ? "-" : String.join(", ", available)), //$NON-NLS-1$ //$NON-NLS-2$
				null);
	}

	/**
	 * The first key with one of the {@link #GUESSED_KIND_KEYS} names whose values in {@code domain} are at
	 * least half words for kinds, or null; the choice is reported.
	 */
	private String guessedKindKey(String domain, Function<String, ?> kindOf, String notice) {
		List<? extends RawGraph.Element> elements = domain.equals("node") ? graph.nodes : graph.edges; //$NON-NLS-1$
		for (String guess : GUESSED_KIND_KEYS) {
			for (Key key : graph.keys.values()) {
				if (!RawGraph.appliesTo(key, domain) || key.name() == null
						|| !key.name().toLowerCase(Locale.ROOT).equals(guess)) {
					continue;
				}
				int kinds = 0;
				int others = 0;
				for (RawGraph.Element element : elements) {
					String value = graph.values(element, domain).get(key.displayName());
					if (value != null) {
						if (kindOf.apply(value) != null) {
							kinds++;
						} else {
							others++;
						}
					}
				}
				if (kinds > 0 && kinds >= others) {
					reader.notice(Messages.bind(notice, key.displayName()));
					return key.displayName();
				}
			}
		}
		return null;
	}

	private String guessedLabelKey() {
		for (String guess : GUESSED_LABEL_KEYS) {
			for (Key key : graph.keys.values()) {
				if (RawGraph.appliesTo(key, "node") && key.name() != null //$NON-NLS-1$
						&& key.name().toLowerCase(Locale.ROOT).equals(guess)) {
					return key.displayName();
				}
			}
		}
		return null;
	}

	private Node node(RawNode raw, Map<String, String> values, String labelKey, String kindKey) {
		String kind = NodeKinds.CLAIM;
		if (kindKey != null && values.containsKey(kindKey)) {
			String value = values.get(kindKey);
			kind = GraphmlKinds.nodeKindOf(value);
			if (kind == null) {
				unknownKinds.merge(value, 1, Integer::sum);
				kind = NodeKinds.CLAIM;
			}
		} else {
			nodesWithoutKind++;
		}
		String label = null;
		String text;
		if (labelKey != null && values.containsKey(labelKey)) {
			text = values.get(labelKey);
		} else if (raw.yedLabels.size() >= 2) {
			label = flattened(raw.yedLabels.get(0));
			text = flattened(raw.yedLabels.get(1));
		} else if (raw.yedLabels.size() == 1) {
			text = flattened(raw.yedLabels.get(0));
		} else {
			text = raw.id;
			textsFromIds++;
		}
		Node node = switch (kind) {
		case NodeKinds.REBUTTAL -> MapElements.newRebuttal(text);
		case NodeKinds.ANALOGY -> MapElements.newAnalogy(text, null, null);
		default -> MapElements.newClaim(text);
		};
		node.setLabel(label);
		node.setId(ImportedMap.usableId(raw.id) ? raw.id : Ids.newId("n")); //$NON-NLS-1$
		return node;
	}

	/** yEd labels are wrapped by hand, and may be HTML: the breaks and markup belong to the drawing. */
	private static String flattened(String label) {
		return ArgdownGraphml.plainText(label);
	}

	/** The kind the edge is drawn or marked as, before {@link #demoted} makes it one a node-to-node edge can be. */
	private RelationKind edgeKind(RawEdge edge, String kindKey) {
		if (kindKey != null) {
			String value = graph.values(edge, "edge").get(kindKey); //$NON-NLS-1$
			if (value != null) {
				RelationKind kind = GraphmlKinds.relationKindOf(value);
				if (kind == null) {
					unknownKinds.merge(value, 1, Integer::sum);
					return RelationKind.SUPPORT;
				}
				return kind;
			}
		}
		if (edge.yedColour != null) {
			String colour = edge.yedColour.toLowerCase(Locale.ROOT);
			RelationKind kind = reader.options().edgeColours().get(colour);
			if (kind == null) {
				kind = GraphmlKinds.relationKindOfColour(colour);
			}
			if (kind != null) {
				kindsFromColour.merge(kind, 1, Integer::sum);
				return kind;
			}
		}
		edgesWithoutKind++;
		return RelationKind.SUPPORT;
	}

	/**
	 * An edge of plain GraphML ends at a node, so an undercut read from another tool attacks the node it
	 * points at; an analogy relation needs an analogy at its start, which such files cannot say.
	 */
	private static RelationKind demoted(RelationKind kind) {
		return switch (kind) {
		case UNDERCUT -> RelationKind.ATTACK;
		case ANALOGY -> RelationKind.SUPPORT;
		default -> kind;
		};
	}

	/** The kind an edge of this file can have, counting the demotions for the notice. */
	private RelationKind importable(RelationKind kind) {
		RelationKind demoted = demoted(kind);
		if (demoted != kind) {
			demotedKinds.merge(kind, 1, Integer::sum);
		}
		return demoted;
	}


	private void report(int groups, int edgesToGroups) {
		if (groups > 0) {
			reader.notice(Messages.bind(Messages.Graphml_groupsFlattened, groups));
		}
		if (edgesToGroups > 0 || graph.hyperedges > 0) {
			reader.notice(Messages.bind(Messages.Graphml_edgeToGroup, edgesToGroups + graph.hyperedges));
		}
		unknownKinds.forEach((value, count) -> reader
				.notice(Messages.bind(Messages.Graphml_unknownKindValue, new Object[] { value, count })));
		if (!kindsFromColour.isEmpty()) {
			reader.notice(Messages.bind(Messages.Graphml_kindsFromColour, kindsFromColour.toString()));
		}
		demotedKinds.forEach((kind, count) -> reader.notice(Messages.bind(Messages.Graphml_kindDemoted,
				new Object[] { count, kind.getLiteral(), demoted(kind).getLiteral() })));
		if (nodesWithoutKind > 0) {
			reader.notice(Messages.bind(Messages.Graphml_nodesWithoutKind, nodesWithoutKind));
		}
		if (edgesWithoutKind > 0) {
			reader.notice(Messages.bind(Messages.Graphml_edgesWithoutKind, edgesWithoutKind));
		}
		if (textsFromIds > 0) {
			reader.notice(Messages.bind(Messages.Graphml_textsFromIds, textsFromIds));
		}
	}
}

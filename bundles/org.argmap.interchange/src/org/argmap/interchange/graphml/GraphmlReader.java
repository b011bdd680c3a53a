package org.argmap.interchange.graphml;

import static org.argmap.interchange.graphml.GraphmlVocabulary.*;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.InputLimits;
import org.argmap.interchange.Messages;
import org.argmap.interchange.NodeKinds;
import org.argmap.interchange.ModelColumns;
import org.argmap.interchange.ModelColumns.Column;
import org.argmap.interchange.graphml.RawGraph.Element;
import org.argmap.interchange.graphml.RawGraph.RawEdge;
import org.argmap.interchange.graphml.RawGraph.RawNode;
import org.argmap.model.Analogy;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentMap;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.Correspondence;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.eclipse.emf.ecore.EObject;

/**
 * Reads GraphML into a new map. A file Argmap wrote (it says {@code argmapFormat}) comes back exactly as it
 * was exported; any other GraphML becomes claims and relations, with {@link ImportOptions} saying which
 * keys carry the text and the kind. Either the whole file is read or an {@link ImportException} says where
 * it went wrong; no half map is ever returned.
 */
public final class GraphmlReader {

	private static final ArgmapFactory FACTORY = ArgmapFactory.eINSTANCE;

	private final RawGraph graph;
	private final Path file;
	private final ImportOptions options;
	private final ArgumentMap map = FACTORY.createArgumentMap();
	private final Map<String, Node> nodes = new HashMap<>();
	private final List<String> notices = new ArrayList<>();
	/** Whether the file lost its documents, so that anchors rebuild them from their own columns. */
	private boolean rebuildDocuments;

	private GraphmlReader(RawGraph graph, Path file, ImportOptions options) {
		this.graph = graph;
		this.file = file;
		this.options = options;
	}

	public static ImportedMap read(Path file, ImportOptions options) throws ImportException {
		return InputLimits.read(file, in -> read(in, file, options));
	}

	/** Reads {@code in} (not closed), naming {@code file} in messages. */
	public static ImportedMap read(InputStream in, Path file, ImportOptions options) throws ImportException {
		RawGraph graph = GraphmlParser.parse(InputLimits.limited(in, file), file);
		GraphmlReader reader = new GraphmlReader(graph, file, options);
		String format = graph.graphValues().get(FORMAT);
		if (format != null && format.startsWith("argmap-graphml")) { //$NON-NLS-1$
			reader.readArgmapGraph();
		} else if (speaksArgmap(graph)) {
			reader.notice(Messages.Graphml_argmapWithoutMarker);
			reader.readArgmapGraph();
		} else {
			new ForeignGraph(reader).read();
		}
		return new ImportedMap(reader.map, List.copyOf(reader.notices));
	}

	/**
	 * Whether a file without Argmap's format marker (Gephi drops it) still has Argmap's vocabulary: the keys an
	 * Argmap export declares for nodes and edges, and only kind values Argmap writes.
	 */
	private static boolean speaksArgmap(RawGraph graph) {
		if (!graph.declares("node", KIND) || !graph.declares("node", TEXT) || !graph.declares("edge", KIND) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| !graph.declares("edge", RELATION)) { //$NON-NLS-1$
			return false;
		}
		for (RawNode node : graph.nodes) {
			String kind = graph.values(node, "node").get(KIND); //$NON-NLS-1$
			if (kind != null && NodeKinds.create(kind) == null) {
				return false;
			}
		}
		for (RawEdge edge : graph.edges) {
			String kind = graph.values(edge, "edge").get(KIND); //$NON-NLS-1$
			if (kind != null && RelationKind.get(kind) == null) {
				return false;
			}
		}
		return true;
	}

	// --- files in Argmap's vocabulary: every value has its place in the model ---

	private void readArgmapGraph() throws ImportException {
		Map<String, String> values = graph.graphValues();
		readColumns(null, values, "", MAP_COLUMNS, map); //$NON-NLS-1$
		Map<String, SourceDocument> documents = new HashMap<>();
		for (int i = 1; values.containsKey(numbered(DOCUMENT, i, ID)); i++) {
			SourceDocument document = FACTORY.createSourceDocument();
			document.setId(usable(null, values.get(numbered(DOCUMENT, i, ID))));
			readColumns(null, values, DOCUMENT + i + '.', DOCUMENT_COLUMNS, document);
			documents.put(document.getId(), document);
			map.getDocuments().add(document);
		}
		// Gephi and other tools drop the graph's own data; each anchor still names its document's title and place
		rebuildDocuments = documents.isEmpty();
		Set<String> ids = new HashSet<>();
		for (RawNode raw : graph.nodes) {
			Node node = argmapNode(raw, graph.values(raw, "node"), documents); //$NON-NLS-1$
			if (!ids.add(node.getId())) {
				throw failure(raw, Messages.bind(Messages.Graphml_duplicateId, node.getId()));
			}
			addNode(raw, node);
		}
		if (rebuildDocuments && !documents.isEmpty()) {
			notice(Messages.bind(Messages.Graphml_documentsRebuilt, documents.size()));
		}
		readArgmapRelations();
	}

	private Node argmapNode(RawNode raw, Map<String, String> values, Map<String, SourceDocument> documents)
			throws ImportException {
		String kind = values.getOrDefault(KIND, NodeKinds.CLAIM);
		Node node = NodeKinds.create(kind);
		if (node == null) {
			throw failure(raw, Messages.bind(Messages.Graphml_badValue, KIND, kind));
		}
		// igraph renames nodes n0, n1, ... and keeps their own ids in an id attribute
		node.setId(usable(raw, values.getOrDefault(ID, raw.id)));
		readColumns(raw, values, "", ModelColumns.of(node.eClass()), node); //$NON-NLS-1$
		boolean placed = !values.containsKey(PLACED) || Boolean.parseBoolean(values.get(PLACED));
		if (placed && values.containsKey(X) && values.containsKey(Y)) {
			node.setPosition(MapElements.newPosition(coordinate(raw, node, values, X), coordinate(raw, node, values, Y)));
		}
		for (int i = 1; present(values, ANCHOR + i + '.', ANCHOR_COLUMNS); i++) {
			node.getAnchors().add(anchor(raw, values, i, documents));
		}
		if (node instanceof Analogy analogy) {
			for (int i = 1; present(values, CORRESPONDENCE + i + '.', CORRESPONDENCE_COLUMNS); i++) {
				Correspondence correspondence = FACTORY.createCorrespondence();
				readColumns(raw, values, CORRESPONDENCE + i + '.', CORRESPONDENCE_COLUMNS, correspondence);
				analogy.getCorrespondences().add(correspondence);
			}
			for (int i = 1; present(values, QUESTION + i + '.', QUESTION_COLUMNS); i++) {
				CriticalQuestion question = FACTORY.createCriticalQuestion();
				readColumns(raw, values, QUESTION + i + '.', QUESTION_COLUMNS, question);
				analogy.getCriticalQuestions().add(question);
			}
		}
		return node;
	}

	private TextAnchor anchor(RawNode raw, Map<String, String> values, int index,
			Map<String, SourceDocument> documents) throws ImportException {
		TextAnchor anchor = FACTORY.createTextAnchor();
		String documentId = values.get(numbered(ANCHOR, index, "document")); //$NON-NLS-1$
		if (documentId != null) {
			SourceDocument document = documents.get(documentId);
			if (document == null && rebuildDocuments) {
				document = FACTORY.createSourceDocument();
				document.setId(usable(raw, documentId));
				document.setTitle(values.get(numbered(ANCHOR, index, "documentTitle"))); //$NON-NLS-1$
				document.setLocation(values.get(numbered(ANCHOR, index, "location"))); //$NON-NLS-1$
				documents.put(documentId, document);
				map.getDocuments().add(document);
			}
			if (document == null) {
				throw failure(raw, Messages.bind(Messages.Graphml_unknownDocument, documentId));
			}
			anchor.setDocument(document);
		}
		readColumns(raw, values, ANCHOR + index + '.', ANCHOR_COLUMNS, anchor);
		// the context of a passage at the document's start or end is empty, which reads as absent
		if (anchor.getPrefix() == null) {
			anchor.setPrefix(""); //$NON-NLS-1$
		}
		if (anchor.getSuffix() == null) {
			anchor.setSuffix(""); //$NON-NLS-1$
		}
		return anchor;
	}

	private void readArgmapRelations() throws ImportException {
		Map<String, Relation> relations = new LinkedHashMap<>();
		Map<Relation, String> undercutTargets = new HashMap<>();
		Map<Relation, RawEdge> firstEdges = new HashMap<>();
		Map<Relation, List<Premise>> premises = new HashMap<>();
		for (RawEdge edge : graph.edges) {
			Map<String, String> values = graph.values(edge, "edge"); //$NON-NLS-1$
			// tools that drop or renumber edge ids keep Argmap's in an id attribute
			String edgeId = values.getOrDefault(ID, edge.id);
			String id = values.getOrDefault(RELATION, edgeId);
			Node source = endpoint(edge, edge.source);
			Node landing = endpoint(edge, edge.target);
			String kindValue = values.getOrDefault(KIND, RelationKind.SUPPORT.getLiteral());
			RelationKind kind = literal(edge, values, KIND, RelationKind.get(kindValue));
			Relation relation = relations.get(id);
			if (relation == null) {
				relation = FACTORY.createRelation();
				relation.setId(usable(edge, id));
				relation.setKind(kind);
				readColumns(edge, values, "", RELATION_COLUMNS, relation); //$NON-NLS-1$
				if (values.containsKey(UNDERCUTS)) {
					undercutTargets.put(relation, values.get(UNDERCUTS));
				} else {
					relation.setTarget(landing);
				}
				relations.put(id, relation);
				firstEdges.put(relation, edge);
			} else if (relation.getKind() != kind || relation.getTarget() != null && relation.getTarget() != landing) {
				throw failure(edge, Messages.bind(Messages.Graphml_inconsistentRelation, id));
			}
			premises.computeIfAbsent(relation, r -> new ArrayList<>())
					.add(new Premise(source, premisePosition(edgeId, id)));
		}
		for (Map.Entry<Relation, List<Premise>> linked : premises.entrySet()) {
			// stable: edges whose ids say no position stay in file order
			linked.getValue().sort(Comparator.comparingInt(Premise::position));
			linked.getValue().forEach(premise -> linked.getKey().getSources().add(premise.node()));
		}
		for (Map.Entry<Relation, String> undercut : undercutTargets.entrySet()) {
			Relation attacked = relations.get(undercut.getValue());
			if (attacked == null) {
				throw failure(firstEdges.get(undercut.getKey()),
						Messages.bind(Messages.Graphml_unknownRelation, undercut.getValue()));
			}
			undercut.getKey().setTarget(attacked);
		}
		map.getRelations().addAll(relations.values());
	}

	private record Premise(Node node, int position) {
	}

	/**
	 * Where a linked premise stands among its relation's sources: Argmap names the edges {@code relation.1},
	 * {@code relation.2}, ..., and tools such as networkx regroup edges by their source node.
	 */
	private static int premisePosition(String edgeId, String relationId) {
		if (edgeId != null && relationId != null && edgeId.startsWith(relationId + '.')) {
			try {
				return Integer.parseInt(edgeId.substring(relationId.length() + 1));
			} catch (NumberFormatException e) {
				// not one of Argmap's numbered edge ids
			}
		}
		return Integer.MAX_VALUE;
	}

	// --- shared by both kinds of file ---

	void addNode(Element raw, Node node) throws ImportException {
		if (raw.id == null || nodes.putIfAbsent(raw.id, node) != null) {
			throw failure(raw, Messages.bind(Messages.Graphml_duplicateId, raw.id));
		}
		map.getNodes().add(node);
	}

	Node endpoint(RawEdge edge, String id) throws ImportException {
		Node node = nodes.get(id);
		if (node == null) {
			throw failure(edge, Messages.bind(Messages.Graphml_unknownNode, id));
		}
		return node;
	}

	/**
	 * {@code id}, when a map file can carry it: a saved map refers to elements by id, and one holding a space or a
	 * {@code #} would be saved but not opened again. {@code element} is null for the graph's own data.
	 */
	private String usable(Element element, String id) throws ImportException {
		if (ImportedMap.usableId(id)) {
			return id;
		}
		String problem = Messages.bind(Messages.Graphml_unusableId, id);
		throw element == null ? new ImportException(file, 0, 0, problem, null) : failure(element, problem);
	}

	ImportException failure(Element element, String problem) {
		return new ImportException(file, element.line, element.column, problem, null);
	}

	RawGraph graph() {
		return graph;
	}

	ImportOptions options() {
		return options;
	}

	ArgumentMap map() {
		return map;
	}

	Map<String, Node> nodes() {
		return nodes;
	}

	void notice(String notice) {
		notices.add(notice);
	}

	Path file() {
		return file;
	}

	private <T> T literal(Element raw, Map<String, String> values, String name, T parsed) throws ImportException {
		if (parsed == null) {
			throw failure(raw, Messages.bind(Messages.Graphml_badValue, name, values.get(name)));
		}
		return parsed;
	}

	/** Whether any column of the numbered part ({@code anchor2.}) has a value. */
	private static boolean present(Map<String, String> values, String part, List<Column> columns) {
		return columns.stream().anyMatch(column -> values.containsKey(part + column.name()));
	}

	/** Sets {@code owner}'s attributes from the values of its columns named {@code part + column}. */
	private void readColumns(Element raw, Map<String, String> values, String part, List<Column> columns,
			EObject owner) throws ImportException {
		for (Column column : columns) {
			String name = part + column.name();
			String value = values.get(name);
			if (value != null && column.isOf(owner)) {
				try {
					setCell(column, owner, value);
				} catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
					throw new ImportException(file, raw == null ? 0 : raw.line, raw == null ? 0 : raw.column,
							Messages.bind(Messages.Graphml_badValue, name, value), e);
				}
			}
		}
	}

	/** A coordinate of a node's position: a finite number, as AIF and OVA require too. */
	private double coordinate(RawNode raw, Node node, Map<String, String> values, String name) throws ImportException {
		String text = values.get(name);
		try {
			double value = Double.parseDouble(text.strip());
			if (Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// not a number at all: refused as an infinite one is
		}
		throw failure(raw, Messages.bind(Messages.Graphml_badCoordinate, new Object[] { node.getId(), name, text }));
	}
}

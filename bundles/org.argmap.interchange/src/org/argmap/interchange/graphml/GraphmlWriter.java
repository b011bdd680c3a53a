package org.argmap.interchange.graphml;

import static org.argmap.interchange.graphml.GraphmlVocabulary.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.argmap.core.drawing.KindColours;
import org.argmap.core.drawing.Rgb;
import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.interchange.ExportLayout;
import org.argmap.interchange.NodeKinds;
import org.argmap.interchange.RelationEnds;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Correspondence;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.interchange.ModelColumns.Column;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes a map as GraphML in one pass, without building a DOM: nodes are the map's claims, rebuttals and
 * analogies; every relation becomes one edge per source, all sharing the relation's id in the
 * {@code relation} attribute (several sources are linked premises, also named by {@code premiseGroup}).
 * An undercut, which attacks an inference rather than a node, is an edge to the node that inference
 * concludes, with the attacked relation's id in {@code undercuts}, so plain graph tools see an ordinary
 * edge and Argmap restores the undercut. Edge ids are the relation id, or {@code id.1}, {@code id.2}, … for
 * linked premises: stable across exports.
 */
public final class GraphmlWriter {

	/** Which GraphML: the same data, with or without yFiles graphics. */
	public enum Flavour {
		/** Data keys only; valid against the GraphML 1.0 schema as published. */
		PORTABLE,
		/** Adds yFiles {@code ShapeNode}/{@code PolyLineEdge} graphics that yEd draws. */
		YED
	}

	private static final String[] NODE_COLOUR_KEYS = { "n." + RED, "n." + GREEN, "n." + BLUE }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String[] EDGE_COLOUR_KEYS = { "e." + RED, "e." + GREEN, "e." + BLUE }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private record Key(String id, String domain, String name, String type) {
	}

	/** A column with the id of its key under one prefix, such as {@code n.anchor2.quote}. */
	private record KeyedColumn(String key, Column column) {
	}

	/**
	 * The columns written under one key prefix, and for each class the ones it has: found once per class, not
	 * per element, since with 100,000 nodes the reflective check and the key ids' concatenation dominated the
	 * export.
	 */
	private static final class Part {
		private final String prefix;
		private final List<Column> columns;
		private final Map<EClass, KeyedColumn[]> byClass = new IdentityHashMap<>(4);

		Part(String prefix, List<Column> columns) {
			this.prefix = prefix;
			this.columns = columns;
		}

		KeyedColumn[] of(EClass eClass) {
			return byClass.computeIfAbsent(eClass, owner -> columns.stream()
					.filter(column -> column.attribute().getEContainingClass().isSuperTypeOf(owner))
					.map(column -> new KeyedColumn(prefix + column.name(), column)).toArray(KeyedColumn[]::new));
		}
	}

	private final ArgumentMap map;
	private final Flavour flavour;
	private final XmlOutput xml;
	private final List<Key> keys = new ArrayList<>();
	private final MapEvaluation grounded;
	private final Part nodePart = new Part("n.", NODE_COLUMNS); //$NON-NLS-1$
	private final Part edgePart = new Part("e.", RELATION_COLUMNS); //$NON-NLS-1$
	/** Index i - 1 holds the i-th anchor's, correspondence's or question's part. */
	private final List<Part> anchorParts = new ArrayList<>();
	private final List<String[]> anchorDocumentKeys = new ArrayList<>();
	private final List<Part> correspondenceParts = new ArrayList<>();
	private final List<Part> questionParts = new ArrayList<>();
	/** The decimal red, green and blue of each {@code #rrggbb} written. */
	private final Map<String, String[]> channels = new HashMap<>();

	private GraphmlWriter(ArgumentMap map, Flavour flavour, XmlOutput output) {
		this.map = map;
		this.flavour = flavour;
		this.xml = output;
		grounded = MapEvaluation.of(map, Semantics.GROUNDED);
	}

	/**
	 * Writes {@code map} to {@code out} (not closed).
	 *
	 * @throws IOException if writing fails, or naming the relation when the map has an incomplete relation
	 */
	public static void write(ArgumentMap map, Flavour flavour, OutputStream out) throws IOException {
		for (Relation relation : map.getRelations()) {
			RelationEnds.landingNode(relation);
		}
		try (XmlOutput output = new XmlOutput(out)) {
			new GraphmlWriter(map, flavour, output).writeDocument();
		}
	}

	private void writeDocument() throws IOException {
		xml.start("graphml"); //$NON-NLS-1$
		xml.attribute("xmlns", NAMESPACE); //$NON-NLS-1$
		xml.attribute("xmlns:xsi", XSI_NAMESPACE); //$NON-NLS-1$
		if (flavour == Flavour.YED) {
			xml.attribute("xmlns:y", YFILES_NAMESPACE); //$NON-NLS-1$
			xml.attribute("xsi:schemaLocation", //$NON-NLS-1$
					NAMESPACE + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"); //$NON-NLS-1$
		} else {
			xml.attribute("xsi:schemaLocation", //$NON-NLS-1$
					NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"); //$NON-NLS-1$
		}
		xml.newline();
		declareKeys();
		for (Key key : keys) {
			xml.empty("key", "id", key.id(), "for", key.domain(), "attr.name", key.name(), "attr.type", key.type()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			xml.newline();
		}
		if (flavour == Flavour.YED) {
			YedGraphics.declareKeys(xml);
			xml.newline();
		}
		xml.start("graph"); //$NON-NLS-1$
		xml.attribute("id", "G"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.attribute("edgedefault", "directed"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.newline();
		writeGraphData();
		Iterator<Box> boxes = ExportLayout.boxes(map);
		for (Node node : map.getNodes()) {
			writeNode(node, boxes.next());
		}
		for (Relation relation : map.getRelations()) {
			writeEdges(relation);
		}
		xml.end();
		xml.newline();
		xml.end();
		xml.newline();
	}

	private void declareKeys() {
		graphKey(FORMAT, "string"); //$NON-NLS-1$
		for (Column column : MAP_COLUMNS) {
			graphKey(column.name(), column.type());
		}
		for (int i = 1; i <= map.getDocuments().size(); i++) {
			graphKey(numbered(DOCUMENT, i, ID), "string"); //$NON-NLS-1$
			for (Column column : DOCUMENT_COLUMNS) {
				graphKey(numbered(DOCUMENT, i, column.name()), column.type());
			}
		}
		int anchors = 0;
		int correspondences = 0;
		int questions = 0;
		for (Node node : map.getNodes()) {
			anchors = Math.max(anchors, node.getAnchors().size());
			if (node instanceof Analogy analogy) {
				correspondences = Math.max(correspondences, analogy.getCorrespondences().size());
				questions = Math.max(questions, analogy.getCriticalQuestions().size());
			}
		}
		key("n.", "node", KIND, "string"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Column column : NODE_COLUMNS) {
			key("n.", "node", column.name(), column.type()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		key("n.", "node", GROUNDED, "string"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		key("n.", "node", X, "double"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		key("n.", "node", Y, "double"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		key("n.", "node", PLACED, "boolean"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		key("n.", "node", SIZE, "double"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String channel : new String[] { RED, GREEN, BLUE }) {
			key("n.", "node", channel, "int"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (int i = 1; i <= anchors; i++) {
			String[] documentKeys = new String[ANCHOR_DOCUMENT_FIELDS.length];
			for (int field = 0; field < documentKeys.length; field++) {
				documentKeys[field] = key("n.", "node", numbered(ANCHOR, i, ANCHOR_DOCUMENT_FIELDS[field]), "string"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			anchorDocumentKeys.add(documentKeys);
			anchorParts.add(numberedPart(ANCHOR, i, ANCHOR_COLUMNS));
		}
		for (int i = 1; i <= correspondences; i++) {
			correspondenceParts.add(numberedPart(CORRESPONDENCE, i, CORRESPONDENCE_COLUMNS));
		}
		for (int i = 1; i <= questions; i++) {
			questionParts.add(numberedPart(QUESTION, i, QUESTION_COLUMNS));
		}
		key("e.", "edge", RELATION, "string"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Column column : RELATION_COLUMNS) {
			key("e.", "edge", column.name(), column.type()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (String name : new String[] { PREMISE_GROUP, UNDERCUTS, EDGE_LABEL, INTERACTION }) {
			key("e.", "edge", name, "string"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (String channel : new String[] { RED, GREEN, BLUE }) {
			key("e.", "edge", channel, "int"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private void graphKey(String name, String type) {
		key("g.", "graph", name, type); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Declares the node keys of the {@code index}-th {@code part}'s columns. */
	private Part numberedPart(String part, int index, List<Column> columns) {
		for (Column column : columns) {
			key("n.", "node", numbered(part, index, column.name()), column.type()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new Part("n." + part + index + '.', columns); //$NON-NLS-1$
	}

	/** Declares a key; returns its id. */
	private String key(String prefix, String domain, String name, String type) {
		String id = prefix + name;
		keys.add(new Key(id, domain, name, type));
		return id;
	}

	private void writeGraphData() throws IOException {
		data("g." + FORMAT, FORMAT_VERSION); //$NON-NLS-1$
		columns(new Part("g.", MAP_COLUMNS), map); //$NON-NLS-1$
		int index = 1;
		for (SourceDocument document : map.getDocuments()) {
			data("g." + numbered(DOCUMENT, index, ID), document.getId()); //$NON-NLS-1$
			columns(new Part("g." + DOCUMENT + index + '.', DOCUMENT_COLUMNS), document); //$NON-NLS-1$
			index++;
		}
	}

	/** The values of those of the part's columns that {@code owner} has. */
	private void columns(Part part, EObject owner) throws IOException {
		for (KeyedColumn keyed : part.of(owner.eClass())) {
			data(keyed.key(), cell(keyed.column(), owner));
		}
	}

	private void writeNode(Node node, Box box) throws IOException {
		xml.start("node"); //$NON-NLS-1$
		xml.attribute("id", node.getId()); //$NON-NLS-1$
		if (flavour == Flavour.YED) {
			// first, so that networkx, which turns the graphics into label, x and y, keeps Argmap's values
			YedGraphics.writeNode(xml, node, box);
		}
		data("n." + KIND, NodeKinds.of(node)); //$NON-NLS-1$
		columns(nodePart, node);
		data("n." + GROUNDED, grounded.label(node).word()); //$NON-NLS-1$
		boolean placed = node.getPosition() != null;
		data("n." + X, Double.toString(placed ? node.getPosition().getX() : box.x())); //$NON-NLS-1$
		data("n." + Y, Double.toString(placed ? node.getPosition().getY() : box.y())); //$NON-NLS-1$
		data("n." + PLACED, Boolean.toString(placed)); //$NON-NLS-1$
		// Gephi draws a circle of this radius: the largest that fits the box
		data("n." + SIZE, Double.toString(Math.min(box.width(), box.height()) / 2)); //$NON-NLS-1$
		colour(NODE_COLOUR_KEYS, KindColours.border(node));
		List<TextAnchor> anchors = node.getAnchors();
		for (int i = 0; i < anchors.size(); i++) {
			TextAnchor anchor = anchors.get(i);
			SourceDocument document = anchor.getDocument();
			if (document != null) {
				String[] documentKeys = anchorDocumentKeys.get(i);
				data(documentKeys[0], document.getId());
				data(documentKeys[1], document.getTitle());
				data(documentKeys[2], document.getLocation());
			}
			columns(anchorParts.get(i), anchor);
		}
		if (node instanceof Analogy analogy) {
			writeAnalogy(analogy);
		}
		xml.end();
		xml.newline();
	}

	private void writeAnalogy(Analogy analogy) throws IOException {
		List<Correspondence> correspondences = analogy.getCorrespondences();
		for (int i = 0; i < correspondences.size(); i++) {
			columns(correspondenceParts.get(i), correspondences.get(i));
		}
		List<CriticalQuestion> questions = analogy.getCriticalQuestions();
		for (int i = 0; i < questions.size(); i++) {
			columns(questionParts.get(i), questions.get(i));
		}
	}

	private void writeEdges(Relation relation) throws IOException {
		Node landing = RelationEnds.landingNode(relation);
		List<Node> sources = relation.getSources();
		boolean linked = sources.size() > 1;
		for (int i = 0; i < sources.size(); i++) {
			xml.start("edge"); //$NON-NLS-1$
			xml.attribute("id", linked ? relation.getId() + '.' + (i + 1) : relation.getId()); //$NON-NLS-1$
			xml.attribute("source", sources.get(i).getId()); //$NON-NLS-1$
			xml.attribute("target", landing.getId()); //$NON-NLS-1$
			if (flavour == Flavour.YED) {
				// first, so that networkx, which turns the edge label into label, keeps Argmap's
				YedGraphics.writeEdge(xml, relation.getKind());
			}
			data("e." + RELATION, relation.getId()); //$NON-NLS-1$
			columns(edgePart, relation);
			if (linked) {
				data("e." + PREMISE_GROUP, relation.getId()); //$NON-NLS-1$
			}
			if (relation.getKind() == RelationKind.UNDERCUT && relation.getTarget() instanceof Relation attacked) {
				data("e." + UNDERCUTS, attacked.getId()); //$NON-NLS-1$
			}
			data("e." + EDGE_LABEL, relation.getKind().getLiteral()); //$NON-NLS-1$
			data("e." + INTERACTION, relation.getKind().getLiteral()); //$NON-NLS-1$
			colour(EDGE_COLOUR_KEYS, KindColours.line(relation.getKind()));
			xml.end();
			xml.newline();
		}
	}

	/** {@code #rrggbb} as the whole numbers r, g and b that Gephi reads. */
	private void colour(String[] keys, String hex) throws IOException {
		String[] rgb = channels.computeIfAbsent(hex, GraphmlWriter::channels);
		for (int i = 0; i < rgb.length; i++) {
			data(keys[i], rgb[i]);
		}
	}

	private static String[] channels(String hex) {
		Rgb rgb = Rgb.of(hex);
		return new String[] { Integer.toString(rgb.red()), Integer.toString(rgb.green()),
				Integer.toString(rgb.blue()) };
	}

	private void data(String key, String value) throws IOException {
		if (value == null) {
			return;
		}
		xml.start("data"); //$NON-NLS-1$
		xml.attribute("key", key); //$NON-NLS-1$
		xml.text(value);
		xml.end();
	}
}

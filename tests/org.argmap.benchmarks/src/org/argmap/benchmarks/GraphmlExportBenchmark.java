package org.argmap.benchmarks;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.argmap.core.drawing.KindColours;
import org.argmap.core.drawing.Rgb;
import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.interchange.ExportLayout;
import org.argmap.interchange.RelationEnds;
import org.argmap.interchange.graphml.GraphmlWriter;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.tests.support.SyntheticMaps;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing the GraphML of a map with 100,000 nodes and 200,000 relations: Argmap's streaming writer against
 * JGraphT's GraphMLExporter given the same graph and the same attributes (goal: Argmap at least 2x faster).
 * Both write to a buffered file in the same folder; neither forces it to disk. JGraphT's graph is built
 * before the clock starts, and its attribute providers read the model as Argmap's writer does; the grounded
 * labels and the export layout, which both write, are computed inside each one's timed run.
 */
class GraphmlExportBenchmark {

	private static final String NAME = "graphml-export";
	private static final int NODES = 100_000;
	private static final int RELATIONS = 200_000;
	private static final int ANCHORS = 100_000;
	private static final int ROUNDS = 3;

	/** One GraphML edge: the source-th premise of a relation. */
	private record Edge(Relation relation, int source) {
	}

	@TempDir
	Path folder;

	@Test
	void argmapAgainstJgrapht() throws Exception {
		ArgumentMap map = SyntheticMaps.generate(11, NODES, RELATIONS, ANCHORS, 20, 2_000);
		Graph<Node, Edge> graph = jgraphtGraph(map);
		Path ours = folder.resolve("argmap.graphml");
		Path theirs = folder.resolve("jgrapht.graphml");
		double[] argmapMillis = new double[ROUNDS];
		double[] jgraphtMillis = new double[ROUNDS];
		double argmapPeak = 0;
		double jgraphtPeak = 0;
		double before = Figures.usedHeapMiB();
		for (int round = -1; round < ROUNDS; round++) { // round -1 warms both up
			Figures.resetPeakHeap();
			double argmap = Figures.once(() -> {
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ours), 1 << 16)) {
					GraphmlWriter.write(map, GraphmlWriter.Flavour.PORTABLE, out);
				}
			});
			argmapPeak = Math.max(argmapPeak, Figures.peakHeapMiB());
			Figures.resetPeakHeap();
			double jgrapht = Figures.once(() -> {
				try (Writer out = new BufferedWriter(
						new OutputStreamWriter(Files.newOutputStream(theirs), StandardCharsets.UTF_8), 1 << 16)) {
					jgraphtExporter(map).exportGraph(graph, out);
				}
			});
			jgraphtPeak = Math.max(jgraphtPeak, Figures.peakHeapMiB());
			if (round >= 0) {
				argmapMillis[round] = argmap;
				jgraphtMillis[round] = jgrapht;
			}
		}
		java.util.Arrays.sort(argmapMillis);
		java.util.Arrays.sort(jgraphtMillis);
		Figures.print(NAME, "map", String.format("%,d nodes, %,d relations (%,d edges), %,d anchors", NODES,
				RELATIONS, graph.edgeSet().size(), ANCHORS));
		Figures.print(NAME, "Argmap GraphmlWriter", Figures.ms(argmapMillis) + String.format(", %.1f MiB file",
				Files.size(ours) / 1048576.0));
		Figures.print(NAME, "JGraphT GraphMLExporter", Figures.ms(jgraphtMillis) + String.format(", %.1f MiB file",
				Files.size(theirs) / 1048576.0));
		Figures.print(NAME, "ratio JGraphT / Argmap",
				String.format("%.2fx (goal >= 2x)", Figures.median(jgraphtMillis) / Figures.median(argmapMillis)));
		Figures.print(NAME, "heap in use before exporting", String.format("%.0f MiB (map and JGraphT graph)", before));
		Figures.print(NAME, "peak heap, Argmap", String.format("%.0f MiB", argmapPeak));
		Figures.print(NAME, "peak heap, JGraphT", String.format("%.0f MiB", jgraphtPeak));
	}

	private static Graph<Node, Edge> jgraphtGraph(ArgumentMap map) throws Exception {
		Graph<Node, Edge> graph = GraphTypeBuilder.<Node, Edge>directed().allowingMultipleEdges(true)
				.allowingSelfLoops(true).weighted(false).buildGraph();
		map.getNodes().forEach(graph::addVertex);
		for (Relation relation : map.getRelations()) {
			Node landing = RelationEnds.landingNode(relation);
			for (int i = 0; i < relation.getSources().size(); i++) {
				graph.addEdge(relation.getSources().get(i), landing, new Edge(relation, i));
			}
		}
		return graph;
	}

	/** What Argmap's writer computes before writing nodes: their grounded labels and their boxes. */
	private record Drawing(MapEvaluation grounded, Map<Node, Box> boxes) {

		static Drawing of(ArgumentMap map) {
			Map<Node, Box> boxes = new IdentityHashMap<>();
			Iterator<Box> laidOut = ExportLayout.boxes(map);
			map.getNodes().forEach(node -> boxes.put(node, laidOut.next()));
			return new Drawing(MapEvaluation.of(map, Semantics.GROUNDED), boxes);
		}
	}

	/** The same keys and values as Argmap's portable GraphML. */
	private static GraphMLExporter<Node, Edge> jgraphtExporter(ArgumentMap map) {
		GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(Node::getId);
		exporter.setEdgeIdProvider(edge -> edge.relation().getSources().size() > 1
				? edge.relation().getId() + "." + (edge.source() + 1)
				: edge.relation().getId());
		exporter.setGraphIdProvider(() -> "G");
		// JGraphT keys attributes by name alone, so names both nodes and edges have are declared for "all".
		for (String name : new String[] { "argmapFormat", "title", "description", "created", "modified" }) {
			exporter.registerAttribute(name, AttributeCategory.GRAPH, AttributeType.STRING);
		}
		for (int i = 1; i <= map.getDocuments().size(); i++) {
			for (String field : new String[] { "id", "title", "author", "date", "location", "mediaType", "sha256",
					"snapshot" }) {
				exporter.registerAttribute("document" + i + "." + field, AttributeCategory.GRAPH, AttributeType.STRING);
			}
		}
		for (String name : new String[] { "kind", "note", "label" }) {
			exporter.registerAttribute(name, AttributeCategory.ALL, AttributeType.STRING);
		}
		for (String name : new String[] { "r", "g", "b" }) {
			exporter.registerAttribute(name, AttributeCategory.ALL, AttributeType.INT);
		}
		for (String name : new String[] { "text", "tags", "annotator", "sourceCase", "targetCase", "grounded" }) {
			exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.STRING);
		}
		exporter.registerAttribute("implicit", AttributeCategory.NODE, AttributeType.BOOLEAN);
		exporter.registerAttribute("placed", AttributeCategory.NODE, AttributeType.BOOLEAN);
		for (String name : new String[] { "x", "y", "size" }) {
			exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.DOUBLE);
		}
		int anchors = map.getNodes().stream().mapToInt(node -> node.getAnchors().size()).max().orElse(0);
		for (int i = 1; i <= anchors; i++) {
			for (String field : new String[] { "document", "documentTitle", "location", "quote", "prefix", "suffix",
					"status" }) {
				exporter.registerAttribute("anchor" + i + "." + field, AttributeCategory.NODE, AttributeType.STRING);
			}
			exporter.registerAttribute("anchor" + i + ".start", AttributeCategory.NODE, AttributeType.INT);
			exporter.registerAttribute("anchor" + i + ".end", AttributeCategory.NODE, AttributeType.INT);
			exporter.registerAttribute("anchor" + i + ".confidence", AttributeCategory.NODE, AttributeType.DOUBLE);
		}
		for (int i = 1; i <= 3; i++) {
			exporter.registerAttribute("correspondence" + i + ".source", AttributeCategory.NODE, AttributeType.STRING);
			exporter.registerAttribute("correspondence" + i + ".target", AttributeCategory.NODE, AttributeType.STRING);
			for (String field : new String[] { "kind", "status", "answer" }) {
				exporter.registerAttribute("question" + i + "." + field, AttributeCategory.NODE, AttributeType.STRING);
			}
		}
		for (String name : new String[] { "relation", "scheme", "premiseGroup", "undercuts", "interaction" }) {
			exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING);
		}
		exporter.setGraphAttributeProvider(() -> graphAttributes(map));
		Drawing drawing = Drawing.of(map);
		exporter.setVertexAttributeProvider(node -> nodeAttributes(node, drawing));
		exporter.setEdgeAttributeProvider(GraphmlExportBenchmark::edgeAttributes);
		return exporter;
	}

	private static Map<String, Attribute> graphAttributes(ArgumentMap map) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		put(attributes, "argmapFormat", "argmap-graphml-1");
		put(attributes, "title", map.getTitle());
		put(attributes, "description", map.getDescription());
		put(attributes, "created", Instant.ofEpochMilli(map.getCreated().getTime()).toString());
		put(attributes, "modified", Instant.ofEpochMilli(map.getModified().getTime()).toString());
		int i = 1;
		for (SourceDocument document : map.getDocuments()) {
			String prefix = "document" + i++ + ".";
			put(attributes, prefix + "id", document.getId());
			put(attributes, prefix + "title", document.getTitle());
			put(attributes, prefix + "author", document.getAuthor());
			put(attributes, prefix + "date", document.getDate());
			put(attributes, prefix + "location", document.getLocation());
			put(attributes, prefix + "mediaType", document.getMediaType());
			put(attributes, prefix + "sha256", document.getSha256());
			put(attributes, prefix + "snapshot", document.getSnapshot());
		}
		return attributes;
	}

	private static Map<String, Attribute> nodeAttributes(Node node, Drawing drawing) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		put(attributes, "label", node.getLabel());
		put(attributes, "kind", node instanceof Analogy ? "analogy" : node instanceof Rebuttal ? "rebuttal" : "claim");
		if (node instanceof Claim claim) {
			attributes.put("implicit", DefaultAttribute.createAttribute(claim.isImplicit()));
		}
		put(attributes, "text", node.getText());
		put(attributes, "note", node.getNote());
		if (!node.getTags().isEmpty()) {
			put(attributes, "tags", String.join(", ", node.getTags()));
		}
		put(attributes, "annotator", node.getAnnotator());
		put(attributes, "grounded", drawing.grounded().label(node).word());
		Box box = drawing.boxes().get(node);
		boolean placed = node.getPosition() != null;
		attributes.put("x", DefaultAttribute.createAttribute(placed ? node.getPosition().getX() : box.x()));
		attributes.put("y", DefaultAttribute.createAttribute(placed ? node.getPosition().getY() : box.y()));
		attributes.put("placed", DefaultAttribute.createAttribute(placed));
		attributes.put("size", DefaultAttribute.createAttribute(Math.min(box.width(), box.height()) / 2));
		colour(attributes, KindColours.border(node));
		int i = 1;
		for (TextAnchor anchor : node.getAnchors()) {
			String prefix = "anchor" + i++ + ".";
			put(attributes, prefix + "document", anchor.getDocument().getId());
			put(attributes, prefix + "documentTitle", anchor.getDocument().getTitle());
			put(attributes, prefix + "location", anchor.getDocument().getLocation());
			attributes.put(prefix + "start", DefaultAttribute.createAttribute(anchor.getStart()));
			attributes.put(prefix + "end", DefaultAttribute.createAttribute(anchor.getEnd()));
			put(attributes, prefix + "quote", anchor.getExact());
			put(attributes, prefix + "prefix", anchor.getPrefix());
			put(attributes, prefix + "suffix", anchor.getSuffix());
			put(attributes, prefix + "status", anchor.getStatus().getLiteral());
			if (anchor.isSetConfidence()) {
				attributes.put(prefix + "confidence", DefaultAttribute.createAttribute(anchor.getConfidence()));
			}
		}
		if (node instanceof Analogy analogy) {
			put(attributes, "sourceCase", analogy.getSourceCase());
			put(attributes, "targetCase", analogy.getTargetCase());
			for (int c = 0; c < analogy.getCorrespondences().size(); c++) {
				put(attributes, "correspondence" + (c + 1) + ".source", analogy.getCorrespondences().get(c).getSourceAspect());
				put(attributes, "correspondence" + (c + 1) + ".target", analogy.getCorrespondences().get(c).getTargetAspect());
			}
			for (int q = 0; q < analogy.getCriticalQuestions().size(); q++) {
				put(attributes, "question" + (q + 1) + ".kind", analogy.getCriticalQuestions().get(q).getKind().getLiteral());
				put(attributes, "question" + (q + 1) + ".status", analogy.getCriticalQuestions().get(q).getStatus().getLiteral());
				put(attributes, "question" + (q + 1) + ".answer", analogy.getCriticalQuestions().get(q).getAnswer());
			}
		}
		return attributes;
	}

	private static Map<String, Attribute> edgeAttributes(Edge edge) {
		Relation relation = edge.relation();
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		put(attributes, "relation", relation.getId());
		put(attributes, "kind", relation.getKind().getLiteral());
		put(attributes, "scheme", relation.getScheme());
		put(attributes, "note", relation.getNote());
		if (relation.getSources().size() > 1) {
			put(attributes, "premiseGroup", relation.getId());
		}
		if (relation.getTarget() instanceof Relation attacked) {
			put(attributes, "undercuts", attacked.getId());
		}
		put(attributes, "label", relation.getKind().getLiteral());
		put(attributes, "interaction", relation.getKind().getLiteral());
		colour(attributes, KindColours.line(relation.getKind()));
		return attributes;
	}

	private static void colour(Map<String, Attribute> attributes, String hex) {
		Rgb rgb = Rgb.of(hex);
		attributes.put("r", DefaultAttribute.createAttribute(rgb.red()));
		attributes.put("g", DefaultAttribute.createAttribute(rgb.green()));
		attributes.put("b", DefaultAttribute.createAttribute(rgb.blue()));
	}

	private static void put(Map<String, Attribute> attributes, String name, String value) {
		if (value != null) {
			attributes.put(name, DefaultAttribute.createAttribute(value));
		}
	}
}

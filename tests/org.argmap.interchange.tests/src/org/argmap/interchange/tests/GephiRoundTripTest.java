package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.SourceDocument;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Gephi user opens Argmap's portable GraphML and exports it again as GraphML. The real Gephi toolkit does
 * this in a separate JVM (resources/GephiRoundTrip.java, Java's single-file source mode), because Gephi is no
 * OSGi bundle. Gephi reads every node and edge, draws Argmap's layout (scaled and shifted as a whole, which its
 * importer always does) in Argmap's colours, and writes back every node and edge column, so relations,
 * linked premises and undercuts come back. It drops the graph's own data (title, description, dates and
 * documents, so anchors cannot come back), labels unlabelled nodes with their ids and reorders nodes and edges.
 */
class GephiRoundTripTest {

	private static final Path GEPHI = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "gephi",
			"gephi-toolkit", "0.10.1", "gephi-toolkit-0.10.1-all.jar");

	private static final Pattern NODE = Pattern.compile("<node id=\"([^\"]+)\">(.*?)</node>", Pattern.DOTALL);

	@TempDir
	Path folder;

	@ParameterizedTest(name = "Gephi reads every node and edge of the {0} map, in its layout and colours")
	@ValueSource(strings = { "sample", "every-kind" })
	void gephiDrawsTheMapAsArgmapLaidItOut(String which) throws Exception {
		ArgumentMap map = which.equals("sample") ? Exports.sample(folder.resolve("sample")) : ExampleMaps.everyKind();
		Path exported = folder.resolve("exported.graphml");
		Interchange.export(map, InterchangeFormat.GRAPHML, exported);
		Map<String, double[]> argmap = drawing(Files.readString(exported));

		List<String> report = runGephi(exported, folder.resolve("gephi.graphml"));

		long edges = Pattern.compile("<edge ").matcher(Files.readString(exported)).results().count();
		assertEquals(List.of("nodes " + argmap.size(), "edges " + edges), report.subList(0, 2));
		assertEquals(edges, report.stream().filter(line -> line.startsWith("edge ")).count());
		Map<String, double[]> gephi = new HashMap<>();
		for (String line : report) {
			if (line.startsWith("node ")) {
				String[] fields = line.split(" ");
				gephi.put(fields[1], new double[] { Double.parseDouble(fields[2]), Double.parseDouble(fields[3]),
						Double.parseDouble(fields[4]), Double.parseDouble(fields[5]), Double.parseDouble(fields[6]) });
			}
		}
		assertEquals(argmap.keySet(), gephi.keySet());
		assertSameLayoutAndColours(argmap, gephi);
	}

	@Test
	void argmapReadsGephisExportAsTheSameMapWithoutTheGraphsOwnData() throws Exception {
		ArgumentMap original = withoutDocuments(ExampleMaps.everyKind());
		Path exported = folder.resolve("exported.graphml");
		Interchange.export(original, InterchangeFormat.GRAPHML, exported);
		Path rewritten = folder.resolve("gephi.graphml");
		runGephi(exported, rewritten);

		ImportedMap imported = Interchange.importFile(rewritten, ImportOptions.DEFAULTS);

		// Gephi gives every node a label, the node's id where it had none.
		for (Node node : imported.map().getNodes()) {
			Node before = original.getNodes().stream().filter(n -> n.getId().equals(node.getId())).findFirst()
					.orElseThrow();
			if (before.getLabel() == null) {
				assertEquals(node.getId(), node.getLabel());
				node.setLabel(null);
			}
		}
		assertEquals(MapText.of(withoutGraphDataLayoutOrOrder(original)),
				MapText.of(withoutGraphDataLayoutOrOrder(imported.map())), Files.readString(rewritten));
		assertEquals(1, imported.notices().size(), imported.notices().toString());
		assertTrue(imported.notices().get(0).contains("format marker"), imported.notices().get(0));
	}

	@Test
	void gephiDropsTheDocumentsAndTheSamplesAnchorsRebuildThem() throws Exception {
		ArgumentMap sample = Exports.sample(folder.resolve("sample"));
		Path exported = folder.resolve("exported.graphml");
		Interchange.export(sample, InterchangeFormat.GRAPHML, exported);
		Path rewritten = folder.resolve("gephi.graphml");
		runGephi(exported, rewritten);

		ImportedMap imported = Interchange.importFile(rewritten, ImportOptions.DEFAULTS);

		ArgumentMap back = imported.map();
		assertEquals(sample.getDocuments().size(), back.getDocuments().size(), "every annotated document rebuilt");
		for (SourceDocument document : sample.getDocuments()) {
			SourceDocument rebuilt = back.getDocuments().stream().filter(d -> d.getId().equals(document.getId()))
					.findFirst().orElseThrow(() -> new AssertionError("no document " + document.getId()));
			assertEquals(document.getTitle(), rebuilt.getTitle());
			assertEquals(document.getLocation(), rebuilt.getLocation());
		}
		for (Node node : sample.getNodes()) {
			Node after = back.getNodes().stream().filter(n -> n.getId().equals(node.getId())).findFirst().orElseThrow();
			assertEquals(anchors(node), anchors(after), node.getId());
		}
		assertTrue(imported.notices().stream().anyMatch(notice -> notice.contains("documents rebuilt")),
				imported.notices().toString());
	}

	private static List<String> anchors(Node node) {
		return node.getAnchors().stream().map(anchor -> anchor.getDocument().getId() + " " + anchor.getStart() + "-"
				+ anchor.getEnd() + " " + anchor.getExact()).toList();
	}

	/**
	 * Gephi's importer scales and centres a file's layout as a whole; Argmap's drawing survives if one scale,
	 * the same for x and y, maps every node onto Gephi's place for it.
	 */
	private static void assertSameLayoutAndColours(Map<String, double[]> argmap, Map<String, double[]> gephi) {
		// The scale from the two nodes furthest apart in x, where rounding matters least.
		List<String> ids = argmap.keySet().stream().sorted(Comparator.comparingDouble(id -> argmap.get(id)[0])).toList();
		String a = ids.get(0);
		String b = ids.get(ids.size() - 1);
		double scale = (gephi.get(b)[0] - gephi.get(a)[0]) / (argmap.get(b)[0] - argmap.get(a)[0]);
		for (String id : ids) {
			double[] mine = argmap.get(id);
			double[] theirs = gephi.get(id);
			for (int axis = 0; axis < 2; axis++) {
				double expected = gephi.get(a)[axis] + scale * (mine[axis] - argmap.get(a)[axis]);
				assertEquals(expected, theirs[axis], 0.01 * Math.abs(scale) + 1e-3 * Math.abs(expected),
						id + (axis == 0 ? " x" : " y"));
			}
			for (int channel = 2; channel < 5; channel++) {
				assertEquals(mine[channel], theirs[channel], id + " colour");
			}
		}
	}

	/** Each node's x, y, r, g, b as Argmap wrote them. */
	private static Map<String, double[]> drawing(String graphml) {
		Map<String, double[]> drawing = new HashMap<>();
		Matcher node = NODE.matcher(graphml);
		while (node.find()) {
			String data = node.group(2);
			drawing.put(node.group(1), new double[] { value(data, "x"), value(data, "y"), value(data, "r"),
					value(data, "g"), value(data, "b") });
		}
		return drawing;
	}

	private static double value(String data, String key) {
		Matcher value = Pattern.compile("<data key=\"n\\." + key + "\">([^<]*)</data>").matcher(data);
		assertTrue(value.find(), "no " + key + " in " + data);
		return Double.parseDouble(value.group(1));
	}

	/** Gephi opens {@code in} and exports {@code out}; returns what it printed about the graph it read. */
	private List<String> runGephi(Path in, Path out) throws Exception {
		assertTrue(Files.isRegularFile(GEPHI), "the Gephi toolkit is not at " + GEPHI
				+ "; get it as .ci/run does: JAVA_HOME=<a JDK 21 or newer> ./mvnw dependency:get -Dtransitive=false"
				+ " -Dartifact=org.gephi:gephi-toolkit:0.10.1:jar:all");
		Path source = folder.resolve("GephiRoundTrip.java");
		if (!Files.exists(source)) {
			try (InputStream script = GephiRoundTripTest.class.getResourceAsStream("/resources/GephiRoundTrip.java")) {
				Files.copy(script, source);
			}
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-cp", GEPHI.toString(), source.toString(),
				in.toString(), out.toString()).redirectError(folder.resolve("gephi.log").toFile()).start();
		String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), Files.readString(folder.resolve("gephi.log")));
		return printed.lines().toList();
	}

	/** The map with its nodes' anchors and its documents removed: what fits in node and edge columns. */
	private static ArgumentMap withoutDocuments(ArgumentMap map) {
		for (Node node : map.getNodes()) {
			node.getAnchors().clear();
		}
		map.getDocuments().clear();
		return map;
	}

	/** Gephi keeps no graph data (title, description, dates), reorders nodes and relations; layout is compared apart. */
	private static ArgumentMap withoutGraphDataLayoutOrOrder(ArgumentMap map) {
		ArgumentMap copy = EcoreUtil.copy(map);
		copy.setTitle(null);
		copy.setDescription(null);
		copy.setCreated(null);
		copy.setModified(null);
		for (Node node : copy.getNodes()) {
			node.setPosition(null);
		}
		ECollections.sort(copy.getNodes(), Comparator.comparing(Node::getId));
		ECollections.sort(copy.getRelations(), Comparator.comparing(Relation::getId));
		return copy;
	}
}

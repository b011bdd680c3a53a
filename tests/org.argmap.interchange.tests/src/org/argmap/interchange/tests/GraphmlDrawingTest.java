package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argmap.interchange.ExportLayout;
import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.RelationKind;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.argmap.tests.support.SyntheticMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a drawing tool gets from either GraphML flavour, as networkx reads it: every node laid out by ELK
 * (x, y), sized and coloured under the names Gephi maps to node size and colour, every edge labelled with its
 * kind and coloured; the yEd flavour's graphics do not hide Argmap's label, x and y.
 */
class GraphmlDrawingTest {

	private static final String RED = "192 57 43";
	private static final String BLUE = "59 111 182";

	@TempDir
	Path folder;

	/** One node as networkx gives it to a drawing: numbers as Python reprs. */
	private record Drawn(String x, String y, String size, String rgb, String label) {
	}

	@Test
	void portableFlavourPlacesColoursAndLabelsEverything() throws Exception {
		ArgumentMap map = Exports.sample(folder.resolve("sample"));
		List<String[]> edges = new ArrayList<>();
		Map<String, Drawn> nodes = seenByNetworkx(map, InterchangeFormat.GRAPHML, edges);

		Set<String> places = new HashSet<>();
		for (Node node : map.getNodes()) {
			Drawn drawn = nodes.get(node.getId());
			assertTrue(drawn.x().matches("-?[0-9.]+") && drawn.y().matches("-?[0-9.]+"), "numbers: " + drawn);
			assertTrue(Double.parseDouble(drawn.size()) >= 16, drawn.toString());
			assertTrue(places.add(drawn.x() + "," + drawn.y()), "two nodes on one point, as Gephi stacked them: " + drawn);
			String expected = node instanceof Rebuttal ? RED : node instanceof Claim ? BLUE : drawn.rgb();
			assertEquals(expected, drawn.rgb(), node.getId());
		}
		int edgeCount = map.getRelations().stream().mapToInt(relation -> relation.getSources().size()).sum();
		assertEquals(edgeCount, edges.size());
		for (String[] edge : edges) {
			RelationKind kind = RelationKind.get(edge[3]);
			assertEquals(kind.getLiteral(), edge[4], "Cytoscape's interaction column");
			assertEquals(switch (kind) {
			case SUPPORT -> "46 139 87";
			case ATTACK -> RED;
			case UNDERCUT -> "142 68 173";
			case ANALOGY -> "184 134 11";
			case EQUIVALENCE -> "85 85 85";
			}, edge[5] + " " + edge[6] + " " + edge[7]);
		}
	}

	@Test
	void yedFlavourGivesNetworkxTheSameLabelsAndPlacesAsThePortableOne() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		List<String[]> portableEdges = new ArrayList<>();
		List<String[]> yedEdges = new ArrayList<>();
		Map<String, Drawn> portable = seenByNetworkx(map, InterchangeFormat.GRAPHML, portableEdges);
		Map<String, Drawn> yed = seenByNetworkx(map, InterchangeFormat.GRAPHML_YED, yedEdges);

		for (Node node : map.getNodes()) {
			Drawn fromPortable = portable.get(node.getId());
			Drawn fromYed = yed.get(node.getId());
			assertEquals(fromPortable.x(), fromYed.x(), node.getId());
			assertEquals(fromPortable.y(), fromYed.y(), node.getId());
			if (node.getLabel() != null) {
				assertEquals(node.getLabel(), fromYed.label());
			}
		}
		assertEquals("Wall", yed.get(map.getNodes().get(0).getId()).label());
		for (int i = 0; i < portableEdges.size(); i++) {
			assertEquals(List.of(portableEdges.get(i)), List.of(yedEdges.get(i)));
		}
	}

	@Test
	void elkPlacesAreNotReadBackAsPositionsButUserPlacesAre() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		ArgumentMap imported = Exports.readGraphml(Exports.export(map, InterchangeFormat.GRAPHML), ImportOptions.DEFAULTS)
				.map();
		assertEquals(MapText.of(map), MapText.of(imported));
		assertEquals(1, imported.getNodes().stream().filter(node -> node.getPosition() != null).count());
	}

	@Test
	void aMapTooLargeForLayeredLayoutIsSetOutInAGridWithoutOverlaps() throws Exception {
		ArgumentMap map = SyntheticMaps.generate(5, ExportLayout.MAX_LAID_OUT + 1, 6_000, 0, 1, 200);
		String graphml = Exports.exportText(map, InterchangeFormat.GRAPHML);
		Matcher places = Pattern.compile("<data key=\"n.x\">([^<]*)</data><data key=\"n.y\">([^<]*)</data>")
				.matcher(graphml);
		Set<String> distinct = new HashSet<>();
		while (places.find()) {
			distinct.add(places.group(1) + "," + places.group(2));
		}
		assertEquals(map.getNodes().size(), distinct.size(), "every node has a place of its own");
	}

	@Test
	void filesFromBeforeElkPlacesKeepEveryXAndYAsPosition() throws Exception {
		Node node = Exports.readGraphml("""
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="g.argmapFormat" for="graph" attr.name="argmapFormat" attr.type="string"/>
				  <key id="n.kind" for="node" attr.name="kind" attr.type="string"/>
				  <key id="n.x" for="node" attr.name="x" attr.type="double"/>
				  <key id="n.y" for="node" attr.name="y" attr.type="double"/>
				  <graph edgedefault="directed"><data key="g.argmapFormat">argmap-graphml-1</data>
				    <node id="c-a"><data key="n.kind">claim</data><data key="n.x">10.5</data><data key="n.y">-3</data></node>
				  </graph>
				</graphml>
				""").map().getNodes().get(0);
		assertEquals(10.5, node.getPosition().getX());
		assertEquals(-3, node.getPosition().getY());
	}

	private Map<String, Drawn> seenByNetworkx(ArgumentMap map, InterchangeFormat format, List<String[]> edges)
			throws Exception {
		Path graphml = folder.resolve(format.formatName() + ".graphml");
		Files.write(graphml, Exports.export(map, format));
		Map<String, Drawn> nodes = new HashMap<>();
		for (String line : Python.run("networkx", folder, "drawing_seen_by_networkx.py", graphml.toString()).split("\n")) {
			String[] fields = line.split("\t", -1);
			if (fields[0].equals("node")) {
				nodes.put(fields[1], new Drawn(fields[2], fields[3], fields[4], fields[5] + " " + fields[6] + " " + fields[7],
						fields[8]));
			} else if (fields[0].equals("edge")) {
				edges.add(fields);
			}
		}
		return nodes;
	}
}

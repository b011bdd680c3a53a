package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.tests.support.ExampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cytoscape.js JSON as networkx's {@code cytoscape_graph} reads it: every node with its kind, text, an ELK
 * position and classes a stylesheet can select; one directed edge per premise, with the relation's kind and
 * id, and the undercut naming the inference it attacks.
 */
class CytoscapeExportTest {

	@TempDir
	Path folder;

	@Test
	void networkxReadsEveryNodeAndEdgeWithKindsPlacesAndClasses() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		List<String[]> lines = readWithNetworkx(map);

		String[] graph = lines.get(0);
		assertEquals(List.of("graph", "True", map.getTitle()), List.of(graph));
		Map<String, String[]> nodes = new HashMap<>();
		List<String[]> edges = new ArrayList<>();
		for (String[] line : lines) {
			if (line[0].equals("node")) {
				nodes.put(line[1], line);
			} else if (line[0].equals("edge")) {
				edges.add(line);
			}
		}
		assertEquals(map.getNodes().size(), nodes.size());
		Set<String> places = new HashSet<>();
		for (Node node : map.getNodes()) {
			String[] seen = nodes.get(node.getId());
			assertEquals(node.getText(), seen[3]);
			assertTrue(places.add(seen[4] + "," + seen[5]), "one node per place: " + List.of(seen));
			assertTrue(seen[6].startsWith(seen[2] + " "), "classes start with the kind: " + seen[6]);
			assertTrue(seen[6].matches(".* grounded-(in|out|undec)"), seen[6]);
		}
		assertTrue(nodes.get(map.getNodes().get(3).getId())[6].contains(" implicit "), "the implicit claim");
		assertEquals(map.getRelations().stream().mapToInt(relation -> relation.getSources().size()).sum(),
				edges.size());
		Relation undercut = map.getRelations().stream().filter(r -> r.getKind() == RelationKind.UNDERCUT).findFirst()
				.orElseThrow();
		Relation attacked = (Relation) undercut.getTarget();
		assertTrue(edges.stream().anyMatch(edge -> edge[3].equals("undercut") && edge[4].equals(undercut.getId())
				&& edge[5].equals(attacked.getId()) && edge[2].equals(((Node) attacked.getTarget()).getId())),
				"the undercut lands on the attacked inference's conclusion and names it");
		Relation linked = map.getRelations().get(0);
		assertEquals(2, edges.stream().filter(edge -> edge[4].equals(linked.getId())).count(), "one edge per premise");
	}

	@Test
	void positionsAreBoxCentresOfTheElkLayoutAndUserPlacesAreKept() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		String json = Exports.exportText(map, InterchangeFormat.CYTOSCAPE);
		// the placed node's box has its corner at the user's position; Cytoscape.js places centres
		Node placed = map.getNodes().get(0);
		double centreX = placed.getPosition().getX() + 120;
		assertTrue(json.contains("\"x\" : " + centreX), json);
		assertFalse(json.contains("\"position\" : { }"), json);
	}

	@Test
	void cyjsFilesAreCytoscapeAndIncompleteRelationsAreRefused() {
		assertEquals(InterchangeFormat.CYTOSCAPE, InterchangeFormat.forFileName("map.cyjs"));
		assertEquals(InterchangeFormat.CYTOSCAPE, InterchangeFormat.named("cytoscape"));
		ArgumentMap map = ExampleMaps.everyKind();
		Relation broken = map.getRelations().get(1);
		broken.setTarget(null);
		IOException failure = assertThrows(IOException.class, () -> Exports.export(map, InterchangeFormat.CYTOSCAPE));
		assertTrue(failure.getMessage().contains(broken.getId()), failure.getMessage());
	}

	private List<String[]> readWithNetworkx(ArgumentMap map) throws Exception {
		Path file = folder.resolve("map.cyjs");
		Files.write(file, Exports.export(map, InterchangeFormat.CYTOSCAPE));
		List<String[]> lines = new ArrayList<>();
		for (String line : Python.run("networkx", folder, "read_cytoscape_with_networkx.py", file.toString()).split("\n")) {
			lines.add(line.split("\t", -1));
		}
		return lines;
	}
}

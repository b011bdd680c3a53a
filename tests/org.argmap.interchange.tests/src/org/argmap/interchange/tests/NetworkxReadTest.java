package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.tests.support.ExampleMaps;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The acid test of "every graph tool reads it": networkx (the Python package CI installs) reads both
 * flavours and sees every node with its kind, text and grounded label, every edge with its kind, typed
 * anchor offsets, and the undercut's target.
 */
class NetworkxReadTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(names = { "GRAPHML", "GRAPHML_YED" })
	void networkxSeesTheWholeArgument(InterchangeFormat format) throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		Path graphml = folder.resolve("map.graphml");
		Files.write(graphml, Exports.export(map, format));
		String seen = python(graphml);
		assertTrue(seen.contains("\"nodes\": 7, \"edges\": 7"), seen);
		assertTrue(seen.contains("\"title\": \"Is AI progress hitting a wall? <\\\"&\\\">\""), seen);
		assertTrue(seen.contains("\"node_kinds\": [\"analogy\", \"claim\", \"rebuttal\"]"), seen);
		assertTrue(seen.contains("\"edge_kinds\": [\"analogy\", \"attack\", \"equivalence\", \"support\", \"undercut\"]"),
				seen);
		Relation undercut = map.getRelations().stream().filter(r -> r.getKind() == RelationKind.UNDERCUT).findFirst()
				.orElseThrow();
		assertTrue(seen.contains("\"undercuts\": [\"" + ((Relation) undercut.getTarget()).getId() + "\"]"), seen);
		int firstStart = map.getNodes().stream().filter(node -> !node.getAnchors().isEmpty())
				.mapToInt(node -> node.getAnchors().get(0).getStart()).min().orElseThrow();
		assertTrue(seen.contains("\"anchor_starts\": [" + firstStart + ","), "offsets read as numbers: " + seen);
		for (Node node : map.getNodes()) {
			assertTrue(seen.contains(node.getText()), node.getText() + " in " + seen);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "GRAPHML", "GRAPHML_YED" })
	void networkxReadsTheSampleMap(InterchangeFormat format) throws Exception {
		ArgumentMap map = Exports.sample(folder.resolve("sample"));
		Path graphml = folder.resolve("sample.graphml");
		Files.write(graphml, Exports.export(map, format));
		String seen = python(graphml);
		int edges = map.getRelations().stream().mapToInt(relation -> relation.getSources().size()).sum();
		assertTrue(seen.contains("\"nodes\": " + map.getNodes().size() + ", \"edges\": " + edges), seen);
		assertTrue(seen.contains("\"title\": \"Is AI progress hitting a wall?\""), seen);
		// labels as SampleMapEvaluationTest works them out: the wall falls to an unopposed rebuttal, the
		// winter claim stands because the attack on it is undercut
		assertTrue(seen.contains("\"c-1-wall\": \"out\""), seen);
		assertTrue(seen.contains("\"c-67-winter\": \"in\""), seen);
	}

	private String python(Path graphml) throws Exception {
		return Python.run("networkx", folder, "read_with_networkx.py", graphml.toString());
	}
}

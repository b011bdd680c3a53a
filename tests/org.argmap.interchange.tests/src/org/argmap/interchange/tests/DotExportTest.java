package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Relation;
import org.argmap.tests.support.ExampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOT for Graphviz: Graphviz itself must accept it and draw one box per node. */
class DotExportTest {

	@TempDir
	Path folder;

	@Test
	void graphvizDrawsEveryNode() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		Path dot = folder.resolve("map.dot");
		Files.write(dot, Exports.export(map, InterchangeFormat.DOT));
		Path svg = folder.resolve("map.svg");
		Process process = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), dot.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), output);
		assertEquals("", output.strip(), "Graphviz warnings");
		String drawing = Files.readString(svg);
		long boxes = Pattern.compile("<g id=\"node\\d+\" class=\"node\">").matcher(drawing).results().count();
		long junctions = map.getRelations().stream()
				.filter(relation -> relation.getSources().size() > 1 || isUndercut(map, relation)).count();
		assertEquals(map.getNodes().size() + junctions, boxes);
	}

	@Test
	void quotesInTextsAreEscaped() throws Exception {
		String dot = Exports.exportText(ExampleMaps.everyKind(), InterchangeFormat.DOT);
		assertTrue(dot.contains("digraph \"Is AI progress hitting a wall? <\\\"&\\\">\""), dot);
	}

	private static boolean isUndercut(ArgumentMap map, Relation relation) {
		return map.getRelations().stream().anyMatch(other -> other.getTarget() == relation);
	}
}

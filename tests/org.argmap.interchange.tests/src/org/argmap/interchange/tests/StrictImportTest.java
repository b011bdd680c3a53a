package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.RelationKind;
import org.argmap.tests.support.ExampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values a map cannot hold are refused where they stand in the file, never rounded, clamped, coerced or
 * dropped: offsets that are no int, positions that are no finite number, Argmap details of the wrong JSON type, text that no XML file can hold,
 * and bytes that are not UTF-8.
 */
class StrictImportTest {

	/** Two claims, a support, and Argmap's details with an anchor; START and RELATIONS are filled in. */
	private static final String AIF = """
			{
			  "nodes": [
			    {"nodeID": "c-1", "text": "TEXT", "type": "I"},
			    {"nodeID": "c-2", "text": "Two", "type": "I"},
			    {"nodeID": "rel-1", "text": "Default Inference", "type": "RA"}
			  ],
			  "edges": [
			    {"edgeID": "e1", "fromID": "c-2", "toID": "rel-1"},
			    {"edgeID": "e2", "fromID": "rel-1", "toID": "c-1"}
			  ],
			  "argmap": {
			    "format": "argmap-aif-1",
			    "documents": [{"id": "doc-1", "title": "Doc"}],
			    "nodes": {"c-1": {"kind": "claim", "implicit": IMPLICIT,
			      "anchors": [{"document": "doc-1", "start": START, "end": 3, "exact": "One"}]}},
			    "relations": RELATIONS
			  }
			}
			""";

	@TempDir
	Path folder;

	private static String aif(String text, String start, String implicit, String relations) {
		return AIF.replace("TEXT", text).replace("START", start).replace("IMPLICIT", implicit).replace("RELATIONS",
				relations);
	}

	/** "LINE:COLUMN" of {@code marker}'s first character in {@code text}, both from 1. */
	private static String placeOf(String text, String marker) {
		int at = text.indexOf(marker);
		String before = text.substring(0, at);
		int line = before.split("\n", -1).length;
		return line + ":" + (at - before.lastIndexOf('\n'));
	}

	private ImportException importFails(String name, byte[] content) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, content);
		return assertThrows(ImportException.class, () -> Interchange.importFile(file, ImportOptions.DEFAULTS));
	}

	private void assertRefused(String text, String marker, String problem) throws IOException {
		ImportException failure = importFails("strange.json", text.getBytes(StandardCharsets.UTF_8));
		assertEquals(folder.resolve("strange.json") + ":" + placeOf(text, marker) + ": " + problem,
				failure.getMessage());
	}

	@Test
	void wellFormedDetailsAreRead() throws IOException {
		Path file = folder.resolve("fine.json");
		Files.writeString(file, aif("One", "0", "false", "{\"rel-1\": {\"kind\": \"support\"}}"));
		assertEquals(RelationKind.SUPPORT,
				Interchange.importFile(file, ImportOptions.DEFAULTS).map().getRelations().get(0).getKind());
		Files.writeString(file, aif("One", "0.0", "false", "{}"));
		assertEquals(0, Interchange.importFile(file, ImportOptions.DEFAULTS).map().getNodes().get(0).getAnchors()
				.get(0).getStart(), "a whole number written with a fraction of zero is that number");
	}

	@Test
	void offsetsThatAreNoWholeIntAreRefusedNotClamped() throws IOException {
		for (String start : new String[] { "1e400", "1.5", "-3", "1e10", "2147483648" }) {
			String text = aif("One", start, "false", "{}");
			assertRefused(text, start + ", \"end\"", "\"start\" must be a whole number from 0 to 2147483647, not "
					+ new java.math.BigDecimal(start));
		}
	}

	@Test
	void argmapDetailsOfTheWrongTypeAreRefusedNotIgnored() throws IOException {
		String relations = aif("One", "0", "false", "[\"rel-1\"]");
		assertRefused(relations, "[\"rel-1\"]", "\"relations\" must be an object, not an array");

		String kind = aif("One", "0", "false", "{\"rel-1\": {\"kind\": \"analogie\"}}");
		assertRefused(kind, "{\"nodeID\": \"rel-1\"", "Argmap details of 'rel-1' are damaged: kind analogie");

		String implicit = aif("One", "0", "\"yes\"", "{}");
		assertRefused(implicit, "\"yes\"", "\"implicit\" must be true or false, not a string");

		String extension = aif("One", "0", "false", "{}").replace("\"argmap\": {", "\"argmap\": 7, \"x\": {");
		assertRefused(extension, "7, \"x\"", "\"argmap\" must be an object, not 7");
	}

	@Test
	void anAifPositionWithoutOneOfItsCoordinatesIsRefusedNotPutAtZero() throws IOException {
		String text = aif("One", "0", "false", "{}").replace("\"implicit\": false,",
				"\"implicit\": false, \"position\": {\"x\": 12.5},");
		assertRefused(text, "{\"x\": 12.5}", "missing or empty \"position.y\"");
	}

	@Test
	void graphmlPositionsThatAreNoFiniteNumberAreRefusedAsInAifNamingTheNode() throws IOException {
		ArgumentMap map = ExampleMaps.everyKind();
		String placed = map.getNodes().get(0).getId();
		String graphml = Exports.exportText(map, InterchangeFormat.GRAPHML);
		String x = "<data key=\"n.x\">120.5</data>";
		String y = "<data key=\"n.y\">-40.0</data>";
		assertTrue(graphml.contains(x) && graphml.contains(y), "the placed node's coordinates are written");
		for (String[] strange : new String[][] { { x, "<data key=\"n.x\">NaN</data>", "x", "NaN" },
				{ y, "<data key=\"n.y\">-Infinity</data>", "y", "-Infinity" } }) {
			ImportException failure = importFails("strange.graphml",
					graphml.replace(strange[0], strange[1]).getBytes(StandardCharsets.UTF_8));
			assertTrue(failure.getMessage().startsWith(folder.resolve("strange.graphml") + ":"), failure.getMessage());
			assertTrue(failure.getMessage().endsWith(": node '" + placed + "' cannot be placed: its " + strange[2]
					+ " must be a finite number, not '" + strange[3] + "'"), failure.getMessage());
		}
		String confidence = graphml.replace("<data key=\"n.anchor1.status\">anchored</data>",
				"<data key=\"n.anchor1.status\">relocated</data><data key=\"n.anchor1.confidence\">NaN</data>");
		assertTrue(importFails("confidence.graphml", confidence.getBytes(StandardCharsets.UTF_8)).getMessage()
				.endsWith("'NaN' is not a valid value for anchor1.confidence"));
	}

	@Test
	void graphmlIdsThatAMapFileCannotCarryAreRefusedNamingThem() throws IOException {
		ArgumentMap map = ExampleMaps.everyKind();
		String id = map.getNodes().get(0).getId();
		String graphml = Exports.exportText(map, InterchangeFormat.GRAPHML);
		for (String unusable : new String[] { "c#1", "c 1" }) {
			ImportException failure = importFails("ids.graphml",
					graphml.replace("\"" + id + "\"", "\"" + unusable + "\"").getBytes(StandardCharsets.UTF_8));
			assertTrue(failure.getMessage().startsWith(folder.resolve("ids.graphml") + ":"), failure.getMessage());
			assertTrue(failure.getMessage().endsWith(": '" + unusable + "' cannot be an Argmap id: an id starts with a "
					+ "letter or _ and holds only letters, digits, _, . and -, at most 128 characters"),
					failure.getMessage());
		}
	}

	@Test
	void anAnchorsDocumentThatTheDetailsDoNotNameIsRefusedWhereTheAnchorNamesIt() throws IOException {
		String text = aif("One", "0", "false", "{}").replace("{\"id\": \"doc-1\", \"title\": \"Doc\"}",
				"{\"title\": \"Doc\"}");
		assertRefused(text, "\"doc-1\", \"start\"", "Argmap details of 'c-1' are damaged: document doc-1");
	}

	@Test
	void textThatNoXmlFileCanHoldIsRefusedAtImportNotAtTheSave() throws IOException {
		String[][] cases = { { "\\u0000", "U+0000" }, { "\\ufffe", "U+FFFE" }, { "\\ud800 lone", "U+D800" },
				{ "lone \\udc00", "U+DC00" } };
		for (String[] strange : cases) {
			String text = aif("One " + strange[0], "0", "false", "{}");
			assertRefused(text, "\"One ", "text with the character " + strange[1]
					+ ", which no XML file can hold, so no map either");
		}
	}

	@Test
	void bytesThatAreNotUtf8AreNamedByLineAndColumnInAif() throws IOException {
		byte[] bad = aif("One \u00e9", "0", "false", "{}").getBytes(StandardCharsets.ISO_8859_1);
		ImportException failure = importFails("latin.json", bad);
		assertEquals(folder.resolve("latin.json") + ":3:38: not well-formed JSON: Invalid UTF-8 middle byte 0x22",
				failure.getMessage());
	}

	@Test
	void bytesThatAreNotUtf8AreNamedInGraphmlAndNothingIsPrinted() throws IOException {
		String graphml = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
				+ "  <graph edgedefault=\"directed\">\n    <node id=\"caf\u00e9\"/>\n  </graph>\n</graphml>\n";
		PrintStream standardError = System.err;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		ImportException failure;
		try {
			System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
			failure = importFails("latin.graphml", graphml.getBytes(StandardCharsets.ISO_8859_1));
		} finally {
			System.setErr(standardError);
		}
		assertEquals(folder.resolve("latin.graphml") + ":4:18: not UTF-8 here, and the file declares no other encoding",
				failure.getMessage());
		assertEquals("", printed.toString(StandardCharsets.UTF_8), "the JDK's parser printed on standard error");
	}

	@Test
	void graphmlDeclaredInAnotherEncodingIsReadInIt() throws IOException {
		String graphml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
				+ "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
				+ "  <graph edgedefault=\"directed\">\n    <node id=\"caf\u00e9\"/>\n  </graph>\n</graphml>\n";
		Path file = folder.resolve("latin1.graphml");
		Files.write(file, graphml.getBytes(StandardCharsets.ISO_8859_1));
		assertEquals("caf\u00e9", Interchange.importFile(file, ImportOptions.DEFAULTS).map().getNodes().get(0).getText());
	}
}

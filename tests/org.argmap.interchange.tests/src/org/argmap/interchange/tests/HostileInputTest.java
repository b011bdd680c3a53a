package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.tests.support.ExampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files meant to hurt: external entities, entity expansion, absurd nesting, huge sizes, and plain damage.
 * Each fails with the file and the place named, never reads what it points at, and never returns a map.
 */
class HostileInputTest {

	private static final Duration FAST = Duration.ofSeconds(10);

	@TempDir
	Path folder;

	@Test
	void externalEntityIsNotRead() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		Path file = write("xxe.graphml", """
				<?xml version="1.0"?>
				<!DOCTYPE graphml [<!ENTITY secret SYSTEM "%s">]>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="d0" for="node" attr.name="label" attr.type="string"/>
				  <graph edgedefault="directed"><node id="n0"><data key="d0">&secret;</data></node></graph>
				</graphml>
				""".formatted(secret.toUri()));
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertTrue(failure.getMessage().startsWith(file + ":2:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("DOCTYPE"), failure.getMessage());
		assertFalse(failure.getMessage().contains("TOP-SECRET"));
	}

	@Test
	void billionLaughsFailsFast() throws IOException {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"")
					.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		Path file = write("laughs.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [" + entities
				+ "]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"n\"><data key=\"d\">&lol9;</data></node></graph></graphml>\n");
		ImportException failure = assertTimeoutPreemptively(FAST,
				() -> assertThrows(ImportException.class, () -> Interchange.importFile(file, ImportOptions.DEFAULTS)));
		assertTrue(failure.getMessage().contains("DOCTYPE"), failure.getMessage());
	}

	@Test
	void deepNestingIsRefused() throws IOException {
		Path file = write("deep.graphml", "<graphml><graph><node id=\"n\"><data key=\"d\">" + "<x>".repeat(100_000)
				+ "</x>".repeat(100_000) + "</data></node></graph></graphml>");
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertTrue(failure.getMessage().contains("deeper than 64"), failure.getMessage());
	}

	@Test
	void deepJsonIsRefused() throws IOException {
		Path file = write("deep.json", "{\"nodes\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertTrue(failure.getMessage().contains("limits"), failure.getMessage());
		assertEquals(1, failure.getLine());
	}

	/** Nesting before the field that would make it Argmap's JSON, which the format sniffing has to skip. */
	@Test
	void deepJsonBeforeArgdownsFieldsIsRefusedWhileTellingTheFormat() throws IOException {
		Path file = write("deep-argdown.json",
				"{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + ", \"statements\": {}}");
		ImportException failure = assertTimeoutPreemptively(FAST,
				() -> assertThrows(ImportException.class, () -> Interchange.importFile(file, ImportOptions.DEFAULTS)));
		assertTrue(failure.getMessage().startsWith(file + ":1:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("nesting depth"), failure.getMessage());
	}

	@Test
	void hugeFileIsRefusedFromItsSizeBeforeReading() throws IOException {
		Path file = folder.resolve("huge.graphml");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(600L * 1024 * 1024); // sparse: takes no disk space
		}
		ImportException failure = assertTimeoutPreemptively(FAST,
				() -> assertThrows(ImportException.class, () -> Interchange.importFile(file, ImportOptions.DEFAULTS)));
		assertTrue(failure.getMessage().contains("600 MB"), failure.getMessage());
	}

	@Test
	void truncatedGraphmlNamesTheEnd() throws IOException {
		String whole = Exports.exportText(ExampleMaps.everyKind(), InterchangeFormat.GRAPHML);
		Path file = write("cut.graphml", whole.substring(0, whole.length() / 2));
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertTrue(failure.getLine() > 1, failure.getMessage());
		assertTrue(failure.getMessage().startsWith(file + ":"), failure.getMessage());
	}

	@Test
	void mismatchedTagNamesLineAndColumn() throws IOException {
		Path file = write("bad.graphml", "<graphml>\n  <graph>\n    <node id=\"a\"></nod>\n</graph></graphml>\n");
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertEquals(3, failure.getLine(), failure.getMessage());
		assertTrue(failure.getColumn() > 0, failure.getMessage());
	}

	@Test
	void otherXmlIsNotGraphml() throws IOException {
		Path file = write("svg.graphml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertTrue(failure.getMessage().contains("<svg>"), failure.getMessage());
	}

	@Test
	void malformedJsonNamesLineAndColumn() throws IOException {
		Path file = write("bad.json", "{\n  \"nodes\": [\n    {\"nodeID\": \"1\" \"type\": \"I\"}\n  ],\n  \"edges\": []\n}\n");
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertEquals(3, failure.getLine(), failure.getMessage());
		assertTrue(failure.getColumn() > 0);
	}

	@Test
	void duplicateJsonFieldsAreAnError() throws IOException {
		Path file = write("twice.json", "{\"nodes\": [], \"nodes\": [], \"edges\": []}");
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertTrue(failure.getMessage().contains("nodes"), failure.getMessage());
	}

	@Test
	void emptyBinaryAndUnknownFilesAreNamed() throws IOException {
		Path empty = write("empty.graphml", "");
		assertTrue(assertThrows(ImportException.class, () -> Interchange.importFile(empty, ImportOptions.DEFAULTS))
				.getMessage().contains("empty"));
		Path binary = folder.resolve("image.png");
		Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0 });
		assertTrue(assertThrows(ImportException.class, () -> Interchange.importFile(binary, ImportOptions.DEFAULTS))
				.getMessage().contains("neither GraphML"));
		Path missing = folder.resolve("nowhere.graphml");
		assertTrue(assertThrows(ImportException.class, () -> Interchange.importFile(missing, ImportOptions.DEFAULTS))
				.getMessage().contains("no such file"));
	}

	@Test
	void failedExportLeavesThePreviousFileAsItWas() throws IOException {
		Path out = folder.resolve("map.graphml");
		Interchange.export(ExampleMaps.everyKind(), InterchangeFormat.GRAPHML, out);
		byte[] before = Files.readAllBytes(out);
		ArgumentMap broken = ExampleMaps.everyKind();
		broken.getRelations().get(0).setTarget(null);
		assertThrows(IOException.class, () -> Interchange.export(broken, InterchangeFormat.GRAPHML, out));
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(out));
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary file left behind");
		}
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}

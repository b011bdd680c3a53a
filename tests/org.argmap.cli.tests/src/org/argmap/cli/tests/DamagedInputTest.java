package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.argmap.cli.ArgmapCommandLine;
import org.argmap.cli.CommandContext;
import org.argmap.cli.ExitCode;
import org.argmap.cli.Subcommand;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Relation;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged maps and imports from strangers on the command line: exit code 2, one message naming the file and
 * the place without Java objects or a second place, and no file written or changed.
 */
class DamagedInputTest {

	@TempDir
	Path folder;

	private MapOnDisk disk;
	private Relation support;

	@BeforeEach
	void mapOnDisk() throws IOException {
		disk = new MapOnDisk(folder);
		ArgumentMap map = MapStore.load(disk.mapFile);
		support = map.getRelations().get(0);
	}

	/** Replaces {@code from} by {@code to} in the map file and answers the line and column of the change. */
	private String damage(String from, String to) throws IOException {
		String text = Files.readString(disk.mapFile, StandardCharsets.UTF_8);
		int at = text.indexOf(from);
		Files.writeString(disk.mapFile, text.replace(from, to), StandardCharsets.UTF_8);
		String before = text.substring(0, at);
		return String.valueOf(before.split("\n", -1).length);
	}

	@Test
	void oneIdReferenceWithTwoIdsIsAnErrorNamingTheRelationAndTheAttribute() throws IOException {
		String target = support.getTarget().getId();
		String source = support.getSources().get(0).getId();
		String line = damage("target=\"" + target + "\"", "target=\"" + target + " " + source + "\"");
		byte[] damaged = Files.readAllBytes(disk.mapFile);

		assertEquals(ExitCode.USAGE, disk.run("validate", disk.mapFile.toString()));

		String expected = "argmap validate: " + disk.mapFile + ":" + line + ":\\d+: invalid content: support relation \\("
				+ support.getId() + "\\): 'target' holds 2 ids \\('" + target + " " + source
				+ "'\\), but it takes exactly one" + System.lineSeparator();
		assertTrue(disk.err().matches(expected), disk.err());
		assertEquals("", disk.out());
		assertArrayEquals(damaged, Files.readAllBytes(disk.mapFile), "validate changes nothing");
		assertEquals(List.of("debate.argmap", "obsolete.txt"), filesInFolder());
	}

	@Test
	void referenceToTheWrongKindNamesElementsWithoutJavaObjectsOrASecondPlace() throws IOException {
		String document = ((ArgumentMap) support.eContainer()).getDocuments().get(0).getId();
		String line = damage("target=\"" + support.getTarget().getId() + "\"", "target=\"" + document + "\"");

		assertEquals(ExitCode.USAGE, disk.run("delete", disk.mapFile.toString(), support.getId()));

		String expected = "argmap delete: " + disk.mapFile + ":" + line + ":\\d+: invalid content: support relation \\("
				+ support.getId() + "\\): 'target' names document \u201cObsolete\u201d \\(" + document
				+ "\\), which it cannot refer to" + System.lineSeparator();
		assertTrue(disk.err().matches(expected), disk.err());
		assertFalse(disk.err().contains("Impl@"), disk.err());
		assertFalse(disk.err().contains("file:/"), disk.err());
		assertEquals(List.of("debate.argmap", "obsolete.txt"), filesInFolder(), "no backup, no temporary file");
	}

	@Test
	void mapThatIsNotUtf8NamesLineAndColumn() throws IOException {
		String text = Files.readString(disk.mapFile, StandardCharsets.UTF_8);
		Files.write(disk.mapFile, text.replace("Wall", "W\u00e4ll").getBytes(StandardCharsets.ISO_8859_1));
		String before = text.substring(0, text.indexOf("Wall"));
		String place = before.split("\n", -1).length + ":" + (before.length() - before.lastIndexOf('\n') + 1);

		assertEquals(ExitCode.USAGE, disk.run("stats", disk.mapFile.toString()));

		assertEquals("argmap stats: " + disk.mapFile + ":" + place
				+ ": the file is not UTF-8 here; an Argmap map is always written in UTF-8" + System.lineSeparator(),
				disk.err());
	}

	@Test
	void aifOffsetBeyondAnIntIsRefusedAndNoMapIsWritten() throws IOException {
		Path aif = folder.resolve("debate.json");
		assertEquals(ExitCode.SUCCESS, disk.run("export", disk.mapFile.toString(), aif.toString()));
		String text = Files.readString(aif);
		String start = "\"start\" : ";
		int at = text.indexOf(start) + start.length();
		int end = text.indexOf(',', at);
		Files.writeString(aif, text.substring(0, at) + "1e400" + text.substring(end));
		String before = text.substring(0, at);
		String place = before.split("\n", -1).length + ":" + (before.length() - before.lastIndexOf('\n'));
		Path imported = folder.resolve("imported.argmap");

		assertEquals(ExitCode.USAGE, disk.run("import", aif.toString(), imported.toString()));

		assertEquals("argmap import: " + aif + ":" + place
				+ ": \"start\" must be a whole number from 0 to 2147483647, not 1E+400" + System.lineSeparator(),
				disk.err());
		assertFalse(Files.exists(imported));
	}

	@Test
	void aifTextWithANulIsRefusedAtImportNotAtTheSave() throws IOException {
		Path aif = folder.resolve("debate.json");
		assertEquals(ExitCode.SUCCESS, disk.run("export", disk.mapFile.toString(), aif.toString()));
		String text = Files.readString(aif);
		String quoted = "\"" + MapOnDisk.WALL + "\"";
		Files.writeString(aif, text.replace(quoted, "\"\\u0000" + quoted.substring(1)));
		String before = text.substring(0, text.indexOf(quoted));
		String place = before.split("\n", -1).length + ":" + (before.length() - before.lastIndexOf('\n'));
		Path imported = folder.resolve("imported.argmap");

		assertEquals(ExitCode.USAGE, disk.run("import", aif.toString(), imported.toString()));

		assertEquals("argmap import: " + aif + ":" + place
				+ ": text with the character U+0000, which no XML file can hold, so no map either"
				+ System.lineSeparator(), disk.err());
		assertFalse(Files.exists(imported));
	}

	@Test
	void errorsThatAreNoExceptionsStillExitWithADocumentedCode() {
		for (Error error : new Error[] { new OutOfMemoryError("Java heap space"), new StackOverflowError() }) {
			ArgmapCommandLine commandLine = new ArgmapCommandLine();
			commandLine.register(new Failing(error));
			java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
			CommandContext context = new CommandContext(System.out,
					new java.io.PrintStream(err, true, StandardCharsets.UTF_8), "Argmap test");

			assertEquals(ExitCode.USAGE, commandLine.execute(new String[] { "failing" }, context));
			assertEquals("argmap failing: internal error: " + error + System.lineSeparator(),
					err.toString(StandardCharsets.UTF_8));
		}
	}

	private record Failing(Error error) implements Subcommand {
		@Override
		public String name() {
			return "failing";
		}

		@Override
		public String summary() {
			return "fails";
		}

		@Override
		public String usage() {
			return "fails";
		}

		@Override
		public int run(List<String> arguments, CommandContext context) {
			throw error;
		}
	}

	private List<String> filesInFolder() throws IOException {
		try (var files = Files.list(folder)) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}
}

package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** {@code import-corpus} and {@code search} as a user types them, on a small brat corpus written here. */
class CorpusCommandsTest {

	private static final String ESSAY = "Uniforms help. School uniforms reduce bullying, because nobody compares brands.\n";

	@TempDir
	Path folder;

	private final CommandLine argmap = new CommandLine();

	@Test
	void importedCorpusValidatesAndIsSearchable() throws Exception {
		Path brat = Files.createDirectories(folder.resolve("brat"));
		Files.writeString(brat.resolve("essay001.txt"), ESSAY);
		Files.writeString(brat.resolve("essay001.ann"), span("T1", "MajorClaim", "School uniforms reduce bullying")
				+ span("T2", "Premise", "nobody compares brands") + "R1\tsupports Arg1:T2 Arg2:T1\n");
		Path corpus = folder.resolve("corpus");

		assertEquals(0, argmap.run("import-corpus", brat.toString(), corpus.toString()), argmap.err());
		assertEquals("wrote 1 maps into " + corpus + ": 2 nodes, 1 relations, 2 anchors\n", argmap.out());
		assertEquals(0, argmap.run("validate", corpus.resolve("essay001.argmap").toString()), argmap.err());
		assertEquals(2, argmap.run("import-corpus", brat.toString(), corpus.toString()));
		assertTrue(argmap.err().contains("add --force"), argmap.err());

		assertEquals(0, argmap.run("search", corpus.toString(), "brands"), argmap.err());
		String[] lines = argmap.out().split("\n");
		assertEquals(2, lines.length, argmap.out());
		int start = ESSAY.indexOf("brands");
		assertTrue(argmap.out().contains("essay001.txt:" + start + "-" + (start + 6) + ": "), argmap.out());
		assertTrue(argmap.out().contains("essay001.argmap#"), argmap.out());

		assertEquals(0, argmap.run("search", "--json", corpus.toString(), "bullying"), argmap.err());
		try (JsonParser json = new JsonFactory().createParser(argmap.out())) {
			assertEquals(JsonToken.START_ARRAY, json.nextToken());
			int files = 0;
			while (json.nextToken() != null) {
				if (json.currentToken() == JsonToken.FIELD_NAME && "file".equals(json.currentName())) {
					files++;
				}
			}
			assertEquals(2, files, argmap.out());
		}
		assertEquals(1, argmap.run("search", corpus.toString(), "nowhere"));
		assertEquals(2, argmap.run("search", corpus.toString(), "(bullying AND"));
		assertTrue(argmap.err().startsWith("argmap search: \u201c(bullying AND\u201d: "), argmap.err());
		assertEquals(0, argmap.run("search", "--claim", corpus.toString(), "school uniforms reduce bullying!"));
		assertTrue(argmap.out().startsWith("essay001.argmap#"), argmap.out());
	}

	@Test
	void archiveLeavingItsFolderWritesNothing() throws Exception {
		Path zip = folder.resolve("essays.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("../essay001.txt"));
			out.write(ESSAY.getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("essay001.ann"));
			out.write(span("T1", "Claim", "Uniforms help").getBytes(StandardCharsets.UTF_8));
		}
		Path corpus = folder.resolve("corpus");
		assertEquals(2, argmap.run("import-corpus", zip.toString(), corpus.toString()));
		assertTrue(argmap.err().startsWith("argmap import-corpus: " + zip + ": entry '../essay001.txt' would lie outside"),
				argmap.err());
		assertTrue(Files.notExists(corpus));
		assertEquals(2, argmap.run("import-corpus", "--format", "csv", zip.toString(), corpus.toString()));
	}

	private static String span(String id, String type, String quote) {
		int start = ESSAY.indexOf(quote);
		return id + "\t" + type + " " + start + " " + (start + quote.length()) + "\t" + quote + "\n";
	}
}

package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.argmap.cli.ExitCode;
import org.argmap.tests.support.AnnotatedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** {@code argmap agree}: the report in text, JSON and HTML, and what it says about maps it cannot compare. */
class AgreeCommandTest {

	/** The hand-computed example of MapAgreementTest: [5,10) against [7,12) in 20 characters. */
	private static final String SHIFTED_ALPHA = "0.629"; //$NON-NLS-1$
	private static final String TWENTY = "abcdefghijklmnopqrst"; //$NON-NLS-1$

	@TempDir
	Path folder;

	private final CommandLine commandLine = new CommandLine();

	private Path shifted(String name, int start) throws IOException {
		AnnotatedMaps maps = AnnotatedMaps.on(name, TWENTY);
		maps.rebuttal(start, start + 5);
		return maps.saveAs(folder.resolve(name + ".argmap")); //$NON-NLS-1$
	}

	@Test
	void textReportGivesTheCoefficientsAndTheDisagreement() throws IOException {
		Path first = shifted("ann", 5); //$NON-NLS-1$
		Path second = shifted("bob", 7); //$NON-NLS-1$

		assertEquals(ExitCode.SUCCESS, commandLine.run("agree", first.toString(), second.toString())); //$NON-NLS-1$
		String out = commandLine.out();
		assertTrue(Pattern.compile("all documents +" + SHIFTED_ALPHA).matcher(out).find(), out); //$NON-NLS-1$
		assertTrue(Pattern.compile("kind rebuttal +" + SHIFTED_ALPHA).matcher(out).find(), out); //$NON-NLS-1$
		assertFalse(out.contains("kind claim"), "no claims were marked: " + out); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(out.contains(first.toString()) && out.contains(second.toString()), out);
	}

	@Test
	void documentsAreMatchedByTheirTextNotTheirPath() throws IOException {
		Path elsewhere = Files.createDirectories(folder.resolve("elsewhere")); //$NON-NLS-1$
		MapOnDisk one = new MapOnDisk(folder);
		MapOnDisk other = new MapOnDisk(elsewhere);
		Files.move(other.source, elsewhere.resolve("renamed.txt")); //$NON-NLS-1$

		assertEquals(ExitCode.SUCCESS, commandLine.run("agree", "--json", one.mapFile.toString(), //$NON-NLS-1$ //$NON-NLS-2$
				other.mapFile.toString()));
		assertEquals(1.0, number(commandLine.out(), "alphaU"), 1e-9); //$NON-NLS-1$
	}

	@Test
	void jsonAndHtmlCarryTheSameFigures() throws IOException {
		Path first = shifted("ann", 5); //$NON-NLS-1$
		Path second = shifted("bob", 7); //$NON-NLS-1$
		Path html = folder.resolve("report.html"); //$NON-NLS-1$

		assertEquals(ExitCode.SUCCESS, commandLine.run("agree", first.toString(), second.toString(), "--json", //$NON-NLS-1$ //$NON-NLS-2$
				"--html", html.toString())); //$NON-NLS-1$
		assertEquals(51.6 / 82, number(commandLine.out(), "alphaU"), 1e-9); //$NON-NLS-1$
		String page = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(page.startsWith("<!DOCTYPE html>"), page); //$NON-NLS-1$
		assertTrue(page.contains("<td>" + SHIFTED_ALPHA + "</td>"), page); //$NON-NLS-1$ //$NON-NLS-2$
		// self-contained: nothing for a browser to fetch
		assertFalse(page.contains("src=") || page.contains("href=") || page.contains("@import"), page); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (var files = Files.list(folder)) {
			assertEquals(3, files.count(), "no temporary file left beside the report"); //$NON-NLS-1$
		}
	}

	@Test
	void aDamagedMapIsNamedAndNothingIsWritten() throws IOException {
		Path good = shifted("ann", 5); //$NON-NLS-1$
		Path damaged = folder.resolve("damaged.argmap"); //$NON-NLS-1$
		Files.writeString(damaged, "<?xml version=\"1.0\"?>\n<argmap:ArgumentMap", StandardCharsets.UTF_8); //$NON-NLS-1$
		Path html = folder.resolve("report.html"); //$NON-NLS-1$

		assertEquals(ExitCode.USAGE, commandLine.run("agree", good.toString(), damaged.toString(), "--html", //$NON-NLS-1$ //$NON-NLS-2$
				html.toString()));
		assertTrue(commandLine.err().contains(damaged.toString()), commandLine.err());
		assertTrue(commandLine.err().contains(damaged + ":2:"), commandLine.err()); //$NON-NLS-1$
		assertFalse(Files.exists(html));
	}

	@Test
	void mapsOnDifferentTextsAreRefused() throws IOException {
		Path first = shifted("ann", 5); //$NON-NLS-1$
		AnnotatedMaps other = AnnotatedMaps.on("bob", "another text entirely"); //$NON-NLS-1$ //$NON-NLS-2$
		other.claim(0, 7);
		Path second = other.saveAs(folder.resolve("bob.argmap")); //$NON-NLS-1$

		assertEquals(ExitCode.USAGE, commandLine.run("agree", first.toString(), second.toString())); //$NON-NLS-1$
		assertTrue(commandLine.err().contains("share no document"), commandLine.err()); //$NON-NLS-1$
	}

	@Test
	void theReportIsNeverWrittenOntoAMap() throws IOException {
		Path first = shifted("ann", 5); //$NON-NLS-1$
		Path second = shifted("bob", 7); //$NON-NLS-1$
		byte[] before = Files.readAllBytes(second);

		assertEquals(ExitCode.USAGE, commandLine.run("agree", first.toString(), second.toString(), "--html", //$NON-NLS-1$ //$NON-NLS-2$
				second.toString()));
		assertTrue(commandLine.err().contains("would replace the map"), commandLine.err()); //$NON-NLS-1$
		assertArrayEquals(before, Files.readAllBytes(second));
	}

	@Test
	void oneMapIsAUsageError() throws IOException {
		assertEquals(ExitCode.USAGE, commandLine.run("agree", shifted("ann", 5).toString())); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(commandLine.err().contains("expected at least 2 file arguments, got 1"), commandLine.err()); //$NON-NLS-1$
	}

	/** A top-level number field of a JSON object. */
	private static double number(String json, String field) throws IOException {
		try (JsonParser parser = new JsonFactory().createParser(json)) {
			parser.nextToken();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals(field) && value.isNumeric()) {
					return parser.getDoubleValue();
				}
				parser.skipChildren();
			}
		}
		throw new AssertionError(field + " not in " + json); //$NON-NLS-1$
	}
}

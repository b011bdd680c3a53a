package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argmap.cli.ExitCode;
import org.argmap.model.AnchorStatus;
import org.argmap.model.Node;
import org.argmap.model.TextAnchor;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap reanchor MAP [--write]} on a real map file beside a source that was edited. */
class ReanchorCommandTest {

	@TempDir
	Path folder;

	private MapOnDisk disk;
	private Path mapFile;
	private Path source;

	@BeforeEach
	void mapWithTwoAnchoredClaims() throws IOException {
		disk = new MapOnDisk(folder);
		mapFile = disk.mapFile;
		source = disk.source;
	}

	private int run(String... arguments) {
		return disk.run(arguments);
	}

	private String out() {
		return disk.out();
	}

	@Test
	void unchangedSourceNeedsNothing() {
		assertEquals(ExitCode.SUCCESS, run("reanchor", mapFile.toString()));
		assertEquals("2 anchored, 0 relocated, 0 orphaned" + System.lineSeparator(), out());
	}

	@Test
	void movedPassagesAreReportedButTheMapIsOnlyWrittenWithWrite() throws IOException {
		String inserted = "Editor's note: updated on 22 November.\n";
		Files.writeString(source, inserted + MapOnDisk.ORIGINAL, StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(mapFile);

		assertEquals(ExitCode.SUCCESS, run("reanchor", mapFile.toString()));
		int wallStart = MapOnDisk.ORIGINAL.indexOf(MapOnDisk.WALL);
		assertTrue(out().contains("relocated  claim \u201cReturns to pre-training scaling are plateauing, several l...\u201d ("),
				out());
		assertTrue(out().contains(": " + wallStart + "-" + (wallStart + MapOnDisk.WALL.length()) + " -> "
				+ (wallStart + inserted.length()) + "-" + (wallStart + inserted.length() + MapOnDisk.WALL.length())
				+ " (moved by +" + inserted.length() + " characters; confidence 1.00)"), out());
		assertTrue(out().endsWith("0 anchored, 2 relocated, 0 orphaned" + System.lineSeparator()), out());
		assertArrayEquals(before, Files.readAllBytes(mapFile), "without --write the map is untouched");

		assertEquals(ExitCode.SUCCESS, run("reanchor", mapFile.toString(), "--write"));
		assertTrue(out().endsWith("wrote " + mapFile + System.lineSeparator()), out());
		TextAnchor anchor = MapStore.load(mapFile).getNodes().get(0).getAnchors().get(0);
		assertEquals(wallStart + inserted.length(), anchor.getStart());
		assertEquals(AnchorStatus.RELOCATED, anchor.getStatus());

		assertEquals(ExitCode.SUCCESS, run("reanchor", mapFile.toString()));
		assertEquals("2 anchored, 0 relocated, 0 orphaned" + System.lineSeparator(), out(), "the new hash is stored");
	}

	@Test
	void writeKeepsTheConfidenceItPrintedForEachRelocatedAnchor() throws IOException {
		String inserted = "Editor's note: updated on 22 November.\n";
		disk.editSource(inserted + MapOnDisk.ORIGINAL.replace("plateauing", "plateuing"));

		assertEquals(ExitCode.SUCCESS, run("reanchor", mapFile.toString(), "--write"));
		Matcher printed = Pattern.compile("confidence (\\d\\.\\d\\d)\\)").matcher(out());
		assertTrue(printed.find(), out());
		String typo = printed.group(1);
		assertTrue(printed.find(), out());
		assertEquals("1.00", printed.group(1), "the untouched passage only moved");

		List<Node> nodes = MapStore.load(mapFile).getNodes();
		TextAnchor wall = nodes.get(0).getAnchors().get(0);
		assertEquals(AnchorStatus.RELOCATED, wall.getStatus());
		assertTrue(wall.getConfidence() < 1, "a quote with a typo is less sure than a moved one: " + typo);
		assertEquals(typo, String.format(Locale.ROOT, "%.2f", wall.getConfidence()));
		assertEquals(1.0, nodes.get(1).getAnchors().get(0).getConfidence());
	}

	@Test
	void deletedPassageIsOrphanedAndExitsOne() throws IOException {
		Files.writeString(source, MapOnDisk.ORIGINAL.replace("Meanwhile, " + MapOnDisk.REASONING, "That sentence was retracted."),
				StandardCharsets.UTF_8);

		assertEquals(ExitCode.FINDINGS, run("reanchor", mapFile.toString()));
		assertTrue(out().contains("orphaned   claim \u201cReasoning models open a new dimension of scaling at infer...\u201d"),
				out());
		assertTrue(out().contains("the passage is no longer in the document"), out());
		assertTrue(out().endsWith("1 anchored, 0 relocated, 1 orphaned" + System.lineSeparator()), out());
	}

	@Test
	void missingSourceIsReportedAndItsAnchorsLeftAlone() throws IOException {
		Files.delete(source);
		assertEquals(ExitCode.SUCCESS, run("reanchor", mapFile.toString()));
		assertTrue(disk.err().contains(source + ": the document does not exist; its anchors were left as they are"),
				disk.err());
	}

	@Test
	void unreadableMapExitsTwoNamingTheFile() throws IOException {
		Path broken = folder.resolve("broken.argmap");
		Files.writeString(broken, "<argmap:ArgumentMap", StandardCharsets.UTF_8);
		assertEquals(ExitCode.USAGE, run("reanchor", broken.toString()));
		assertTrue(disk.err().startsWith("argmap reanchor: " + broken + ":1:"),
				disk.err());
	}

	@Test
	void withoutAMapItIsAUsageError() {
		assertEquals(ExitCode.USAGE, run("reanchor"));
		assertTrue(disk.err().startsWith("argmap reanchor: expected one file argument, got 0"), disk.err());
	}
}

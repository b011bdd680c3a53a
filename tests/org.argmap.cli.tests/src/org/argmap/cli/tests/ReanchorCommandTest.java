package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.cli.ArgmapCommandLine;
import org.argmap.cli.CommandContext;
import org.argmap.cli.ExitCode;
import org.argmap.core.anchoring.TextAnchors;
import org.argmap.core.text.DocumentText;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap reanchor MAP [--write]} on a real map file beside a source that was edited. */
class ReanchorCommandTest {

	private static final String WALL = "Returns to pre-training scaling are plateauing, several labs report.";
	private static final String REASONING = "Reasoning models open a new dimension of scaling at inference time.";
	private static final String ORIGINAL = "Is AI progress hitting a wall?\n" + WALL + "\nMeanwhile, " + REASONING + "\n";

	@TempDir
	Path folder;

	private Path mapFile;
	private Path source;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void mapWithTwoAnchoredClaims() throws IOException {
		source = folder.resolve("obsolete.txt");
		Files.writeString(source, ORIGINAL, StandardCharsets.UTF_8);
		mapFile = folder.resolve("debate.argmap");
		ArgumentMap map = MapElements.newMap("Wall");
		SourceDocument document = MapElements.newDocument("Obsolete", "obsolete.txt");
		document.setSha256(DocumentText.sha256(ORIGINAL));
		map.getDocuments().add(document);
		map.getNodes().add(claimOn(document, WALL));
		map.getNodes().add(claimOn(document, REASONING));
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(map);
		MapStore.save(resource, mapFile);
	}

	private static Claim claimOn(SourceDocument document, String passage) {
		Claim claim = MapElements.newClaim(passage);
		int start = ORIGINAL.indexOf(passage);
		claim.getAnchors().add(TextAnchors.create(document, ORIGINAL, start, start + passage.length()));
		return claim;
	}

	private int run(String... arguments) {
		out.reset();
		err.reset();
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), "Argmap test");
		return new ArgmapCommandLine().execute(arguments, context);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void unchangedSourceNeedsNothing() {
		assertEquals(ExitCode.SUCCESS, run("reanchor", mapFile.toString()));
		assertEquals("2 anchored, 0 relocated, 0 orphaned" + System.lineSeparator(), out());
	}

	@Test
	void movedPassagesAreReportedButTheMapIsOnlyWrittenWithWrite() throws IOException {
		String inserted = "Editor's note: updated on 22 November.\n";
		Files.writeString(source, inserted + ORIGINAL, StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(mapFile);

		assertEquals(ExitCode.SUCCESS, run("reanchor", mapFile.toString()));
		int wallStart = ORIGINAL.indexOf(WALL);
		assertTrue(out().contains("relocated  claim \u201cReturns to pre-training scaling are plateauing, several l...\u201d ("),
				out());
		assertTrue(out().contains(": " + wallStart + "-" + (wallStart + WALL.length()) + " -> "
				+ (wallStart + inserted.length()) + "-" + (wallStart + inserted.length() + WALL.length())
				+ " (moved by +" + inserted.length() + " characters)"), out());
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
	void deletedPassageIsOrphanedAndExitsOne() throws IOException {
		Files.writeString(source, ORIGINAL.replace("Meanwhile, " + REASONING, "That sentence was retracted."),
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
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(source + ": the document does not exist; its anchors were left as they are"),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void unreadableMapExitsTwoNamingTheFile() throws IOException {
		Path broken = folder.resolve("broken.argmap");
		Files.writeString(broken, "<argmap:ArgumentMap", StandardCharsets.UTF_8);
		assertEquals(ExitCode.USAGE, run("reanchor", broken.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("argmap reanchor: " + broken + ":1:"),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void withoutAMapItIsAUsageError() {
		assertEquals(ExitCode.USAGE, run("reanchor"));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("argmap reanchor: expected one map file"));
	}
}

package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.cli.ExitCode;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap validate MAP} on a real map file beside its source. */
class ValidateCommandTest {

	@TempDir
	Path folder;

	private MapOnDisk disk;

	@BeforeEach
	void mapWithTwoAnchoredClaims() throws IOException {
		disk = new MapOnDisk(folder);
	}

	@Test
	void validMapHasNoFindings() {
		assertEquals(ExitCode.SUCCESS, disk.run("validate", disk.mapFile.toString()));
		assertEquals(disk.mapFile + ": 0 errors, 0 warnings" + System.lineSeparator(), disk.out());
	}

	@Test
	void quoteThatNoLongerMatchesTheSourceIsAnError() throws IOException {
		disk.editSource(MapOnDisk.ORIGINAL.replace("plateauing", "plateuing!"));

		assertEquals(ExitCode.FINDINGS, disk.run("validate", disk.mapFile.toString()));
		assertTrue(disk.err().startsWith(disk.mapFile + ": error: Anchor 1 of claim \u201cReturns to pre-training"),
				disk.err());
		assertTrue(disk.err().contains("no longer matches document \u201cObsolete\u201d"), disk.err());
		assertEquals(1, disk.err().lines().count(), "one finding on stderr");
		assertEquals(disk.mapFile + ": 1 errors, 0 warnings" + System.lineSeparator(), disk.out(),
				"the summary alone on stdout");
	}

	@Test
	void unreadableSourceIsAWarningBecauseItsAnchorsWentUnchecked() throws IOException {
		Files.delete(disk.source);

		assertEquals(ExitCode.FINDINGS, disk.run("validate", disk.mapFile.toString()));
		assertTrue(disk.err().startsWith(disk.mapFile + ": warning: document \u201cObsolete\u201d ("), disk.err());
		assertTrue(disk.err().contains("the document does not exist); its anchors were not checked"), disk.err());
	}

	@Test
	void selfSupportIsAnError() throws IOException {
		ArgumentMap map = MapStore.load(disk.mapFile);
		Relation support = map.getRelations().get(0);
		support.getSources().add((Node) support.getTarget());
		MapStore.save(map.eResource(), disk.mapFile);

		assertEquals(ExitCode.FINDINGS, disk.run("validate", disk.mapFile.toString()));
		assertTrue(disk.err().contains("supports itself through support relation"), disk.err());
	}

	@Test
	void unreadableMapExitsTwo() throws IOException {
		Path empty = folder.resolve("empty.argmap");
		Files.createFile(empty);
		assertEquals(ExitCode.USAGE, disk.run("validate", empty.toString()));
		assertEquals("argmap validate: " + empty + ": the file is empty; it holds no map" + System.lineSeparator(),
				disk.err());
	}
}

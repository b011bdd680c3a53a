package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.argmap.cli.ExitCode;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that must not destroy the user's work: no export or import onto the map being read, no rewrite of a
 * map that did not change, links stay links, and temporary files left by a killed write do not pile up.
 */
class WriteSafetyTest {

	@TempDir
	Path folder;

	private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

	private MapOnDisk disk;

	@BeforeEach
	void map() throws IOException {
		disk = new MapOnDisk(folder);
	}

	@Test
	void exportOntoTheMapItselfIsRefusedAndTheMapStays() throws IOException {
		byte[] before = Files.readAllBytes(disk.mapFile);
		Path link = folder.resolve("same.dot");
		Files.createSymbolicLink(link, disk.mapFile.getFileName());

		for (Path out : new Path[] { disk.mapFile, link }) {
			assertEquals(ExitCode.USAGE, disk.run("export", "--format", "dot", disk.mapFile.toString(), out.toString()));
			assertTrue(disk.err().contains("is the map " + disk.mapFile + " itself"), disk.err());
			assertArrayEquals(before, Files.readAllBytes(disk.mapFile), "the map is untouched: " + out);
		}
		assertFalse(Files.exists(MapStore.backupOf(disk.mapFile)));
	}

	@Test
	void importOntoItsOwnInputIsRefusedEvenWithForce() throws IOException {
		Path graphml = folder.resolve("debate.graphml");
		assertEquals(ExitCode.SUCCESS, disk.run("export", disk.mapFile.toString(), graphml.toString()));
		byte[] before = Files.readAllBytes(graphml);

		assertEquals(ExitCode.USAGE, disk.run("import", "--force", graphml.toString(), graphml.toString()));
		assertTrue(disk.err().contains(graphml + " would be read and replaced at once"), disk.err());
		assertArrayEquals(before, Files.readAllBytes(graphml));
	}

	@Test
	void reanchorWithNothingChangedLeavesTheMapAndItsBackupAlone() throws IOException {
		Path backup = MapStore.backupOf(disk.mapFile);
		Files.writeString(backup, "the last real backup", StandardCharsets.UTF_8);
		// as a checkout with Windows line ends has it: the same map in other bytes than Argmap writes
		Files.writeString(disk.mapFile, Files.readString(disk.mapFile).replace("\n", "\r\n"));
		byte[] before = Files.readAllBytes(disk.mapFile);

		assertEquals(ExitCode.SUCCESS, disk.run("reanchor", disk.mapFile.toString(), "--write"));
		assertTrue(disk.out().endsWith("nothing changed: " + disk.mapFile + " left as it was" + System.lineSeparator()),
				disk.out());
		assertArrayEquals(before, Files.readAllBytes(disk.mapFile));
		assertEquals("the last real backup", Files.readString(backup));
	}

	@Test
	void reanchorWritesAChangeOnceAndTheNextRunNothing() throws IOException {
		disk.editSource("Editor's note.\n" + MapOnDisk.ORIGINAL);
		byte[] original = Files.readAllBytes(disk.mapFile);
		assertEquals(ExitCode.SUCCESS, disk.run("reanchor", disk.mapFile.toString(), "--write"));
		assertTrue(disk.out().contains("wrote " + disk.mapFile), disk.out());
		byte[] reanchored = Files.readAllBytes(disk.mapFile);
		Files.setLastModifiedTime(disk.mapFile, LONG_AGO);

		assertEquals(ExitCode.SUCCESS, disk.run("reanchor", disk.mapFile.toString(), "--write"));

		assertTrue(disk.out().contains("nothing changed: " + disk.mapFile), disk.out());
		assertArrayEquals(reanchored, Files.readAllBytes(disk.mapFile));
		assertEquals(LONG_AGO, Files.getLastModifiedTime(disk.mapFile));
		assertArrayEquals(original, Files.readAllBytes(MapStore.backupOf(disk.mapFile)),
				"the backup still holds the version before the real change");
	}

	@Test
	void importingTheSameFileAgainLeavesTheMapAndItsBackupAlone() throws IOException {
		Path graphml = folder.resolve("debate.graphml");
		assertEquals(ExitCode.SUCCESS, disk.run("export", disk.mapFile.toString(), graphml.toString()));
		Path imported = folder.resolve("imported.argmap");
		assertEquals(ExitCode.SUCCESS, disk.run("import", graphml.toString(), imported.toString()));
		Path backup = MapStore.backupOf(imported);
		Files.writeString(backup, "the last real backup", StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(imported);
		Files.setLastModifiedTime(imported, LONG_AGO);

		assertEquals(ExitCode.SUCCESS, disk.run("import", "--force", graphml.toString(), imported.toString()));

		assertTrue(disk.err().contains("nothing changed: " + imported + " already holds"), disk.err());
		assertArrayEquals(before, Files.readAllBytes(imported));
		assertEquals(LONG_AGO, Files.getLastModifiedTime(imported));
		assertEquals("the last real backup", Files.readString(backup));
	}

	@Test
	void writingThroughALinkReplacesTheFileItLeadsToAndKeepsTheLink() throws IOException {
		// beside the map, so the document's location means the same through the link
		Path link = folder.resolve("debate-link.argmap");
		Files.createSymbolicLink(link, disk.mapFile);
		byte[] before = Files.readAllBytes(disk.mapFile);
		disk.editSource("Editor's note.\n" + MapOnDisk.ORIGINAL);

		assertEquals(ExitCode.SUCCESS, disk.run("reanchor", link.toString(), "--write"));
		assertTrue(Files.isSymbolicLink(link), "the link is still a link");
		assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(disk.mapFile)), "the map it leads to was written");
		assertArrayEquals(before, Files.readAllBytes(MapStore.backupOf(disk.mapFile)),
				"the backup of the real map holds its previous version");
		assertFalse(Files.exists(MapStore.backupOf(link)), "no stray backup beside the link");
	}

	@Test
	void temporaryFilesOfAKilledWriteAreRemovedByTheNextOne() throws IOException {
		Path killed = folder.resolve(".debate.argmap.1234567.tmp");
		Files.writeString(killed, "half a map");
		Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
		Path writing = folder.resolve(".debate.argmap.7654321.tmp");
		Files.writeString(writing, "another write in progress");
		disk.editSource("Editor's note.\n" + MapOnDisk.ORIGINAL);

		assertEquals(ExitCode.SUCCESS, disk.run("reanchor", disk.mapFile.toString(), "--write"));
		assertFalse(Files.exists(killed), "a leftover from a killed write is removed");
		assertTrue(Files.exists(writing), "a fresh temporary file may belong to a write in progress");
	}

	@Test
	void aMapWhoseElementsShareAnIdIsNotExported() throws Exception {
		org.argmap.model.ArgumentMap map = MapStore.load(disk.mapFile);
		map.getNodes().get(1).setId(map.getNodes().get(0).getId());
		MapStore.save(map.eResource(), disk.mapFile);
		Path graphml = folder.resolve("twins.graphml");

		assertEquals(ExitCode.FINDINGS, disk.run("export", disk.mapFile.toString(), graphml.toString()));
		assertTrue(disk.err().contains("share the id " + map.getNodes().get(0).getId()), disk.err());
		assertFalse(Files.exists(graphml), "no file that Argmap's own import would refuse");
	}
}

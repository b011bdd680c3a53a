package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.cli.ExitCode;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap delete MAP ID [ID...]} on a map file of two anchored claims, one supporting the other. */
class DeleteCommandTest {

	private static final String NL = System.lineSeparator();

	@TempDir
	Path folder;

	private MapOnDisk disk;
	private ArgumentMap map;

	@BeforeEach
	void mapWithTwoAnchoredClaims() throws IOException, MapFileException {
		disk = new MapOnDisk(folder);
		map = MapStore.load(disk.mapFile);
	}

	@Test
	void deletingAConclusionDeletesTheSupportForItAndKeepsTheOldFile() throws Exception {
		Node wall = map.getNodes().get(0);
		Node reasoning = map.getNodes().get(1);
		byte[] before = Files.readAllBytes(disk.mapFile);

		assertEquals(ExitCode.SUCCESS, disk.run("delete", disk.mapFile.toString(), wall.getId()), disk.err());
		assertEquals("deleted claim \u201c" + MapOnDisk.WALL + "\u201d (" + wall.getId() + ")" + NL
				+ "deleted relation \u201c" + MapOnDisk.REASONING + " supports " + MapOnDisk.WALL + "\u201d ("
				+ map.getRelations().get(0).getId() + ")" + NL
				+ "wrote " + disk.mapFile + NL, disk.out());

		ArgumentMap written = MapStore.load(disk.mapFile);
		assertEquals(1, written.getNodes().size());
		assertEquals(reasoning.getId(), written.getNodes().get(0).getId());
		assertTrue(written.getRelations().isEmpty());
		assertArrayEquals(before, Files.readAllBytes(MapStore.backupOf(disk.mapFile)));
	}

	@Test
	void deletingADocumentNamesTheAnchorsThatWentWithIt() throws Exception {
		Node wall = map.getNodes().get(0);
		assertEquals(ExitCode.SUCCESS, disk.run("delete", disk.mapFile.toString(), map.getDocuments().get(0).getId()));
		assertTrue(disk.out().startsWith("deleted source document \u201cObsolete\u201d ("), disk.out());
		assertTrue(disk.out().contains("deleted anchor \u201c" + MapOnDisk.WALL + "\u201d (anchored) of claim \u201c"
				+ MapOnDisk.WALL + "\u201d (" + wall.getId() + ")" + NL), disk.out());
		ArgumentMap written = MapStore.load(disk.mapFile);
		assertTrue(written.getDocuments().isEmpty());
		assertEquals(2, written.getNodes().size());
		assertTrue(written.getNodes().stream().allMatch(node -> node.getAnchors().isEmpty()));
		assertEquals(1, written.getRelations().size());
	}

	@Test
	void anUnknownIdDeletesNothing() throws IOException {
		byte[] before = Files.readAllBytes(disk.mapFile);
		assertEquals(ExitCode.FINDINGS,
				disk.run("delete", disk.mapFile.toString(), map.getNodes().get(1).getId(), "no-such-id"));
		assertTrue(disk.err().contains("'no-such-id'"), disk.err());
		assertEquals("", disk.out());
		assertArrayEquals(before, Files.readAllBytes(disk.mapFile));
		assertTrue(Files.notExists(MapStore.backupOf(disk.mapFile)));
	}

	@Test
	void withoutIdsItIsAUsageError() {
		assertEquals(ExitCode.USAGE, disk.run("delete", disk.mapFile.toString()));
		assertTrue(disk.err().contains("Usage: argmap delete MAP ID [ID...]"), disk.err());
	}
}

package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.cli.ExitCode;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** {@code argmap diff} and {@code argmap merge} on copies of one map file. */
class DiffMergeCommandsTest {

	@TempDir
	Path folder;

	private MapOnDisk disk;
	private Path ours;
	private Path theirs;

	@BeforeEach
	void twoCopies() throws Exception {
		disk = new MapOnDisk(folder);
		ours = Files.copy(disk.mapFile, folder.resolve("ours.argmap"));
		theirs = Files.copy(disk.mapFile, folder.resolve("theirs.argmap"));
	}

	private static void edit(Path file, java.util.function.Consumer<ArgumentMap> edit) throws Exception {
		ArgumentMap map = MapStore.load(file);
		edit.accept(map);
		MapStore.save(map.eResource(), file);
	}

	@Test
	void sameMapsHaveNoDifferenceAndExitZero() {
		assertEquals(ExitCode.SUCCESS, disk.run("diff", disk.mapFile.toString(), ours.toString()), disk.err());
		assertEquals("", disk.out());
	}

	@Test
	void jsonNamesTheAddedClaimAndTheChangedText() throws Exception {
		Node[] added = new Node[1];
		edit(theirs, map -> {
			map.getNodes().get(0).setText("Returns are plateauing.");
			added[0] = MapElements.newClaim("Costs \"keep\" rising.");
			map.getNodes().add(added[0]);
		});

		assertEquals(ExitCode.FINDINGS, disk.run("diff", disk.mapFile.toString(), theirs.toString(), "--json"));

		StringBuilder seen = new StringBuilder();
		try (JsonParser json = new JsonFactory().createParser(disk.out())) {
			for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
				if (token == JsonToken.VALUE_STRING) {
					seen.append(json.getCurrentName()).append('=').append(json.getText()).append('\n');
				}
			}
		}
		assertTrue(seen.toString().contains("change=added\nid=" + added[0].getId() + "\ntype=claim\n"), seen.toString());
		assertTrue(seen.toString().contains("feature=text\nbefore=" + MapOnDisk.WALL + "\nafter=Returns are plateauing.\n"),
				seen.toString());
	}

	@Test
	void mergeWritesTheUnionToTheOutputAndLeavesTheInputsAlone() throws Exception {
		edit(ours, map -> map.getNodes().get(0).setLabel("Wall"));
		edit(theirs, map -> map.getNodes().get(1).setLabel("Reasoning"));
		byte[] oursBefore = Files.readAllBytes(ours);
		Path out = folder.resolve("merged.argmap");

		assertEquals(ExitCode.SUCCESS,
				disk.run("merge", disk.mapFile.toString(), ours.toString(), theirs.toString(), "-o", out.toString()),
				disk.err());

		ArgumentMap merged = MapStore.load(out);
		assertEquals("Wall", merged.getNodes().get(0).getLabel());
		assertEquals("Reasoning", merged.getNodes().get(1).getLabel());
		assertArrayEquals(oursBefore, Files.readAllBytes(ours));
		assertTrue(Files.notExists(MapStore.backupOf(out)), "no backup beside a merge result");
	}

	@Test
	void aDamagedInputIsNamedAndNothingIsWritten() throws Exception {
		Files.writeString(theirs, "<argmap:ArgumentMap");
		byte[] oursBefore = Files.readAllBytes(ours);

		assertEquals(ExitCode.USAGE, disk.run("merge", disk.mapFile.toString(), ours.toString(), theirs.toString()));

		assertTrue(disk.err().contains(theirs.toString()), disk.err());
		assertArrayEquals(oursBefore, Files.readAllBytes(ours), "OURS is left as it was");
	}

	@Test
	void anEmptyBaseFromAnAddAddMergesAgainstAnEmptyMap() throws Exception {
		Path emptyBase = Files.createFile(folder.resolve("base.argmap"));
		edit(theirs, map -> map.getNodes().add(MapElements.newClaim("Added by them.")));

		assertEquals(ExitCode.SUCCESS, disk.run("merge", emptyBase.toString(), ours.toString(), theirs.toString()),
				disk.err());

		ArgumentMap merged = MapStore.load(ours);
		assertTrue(merged.getNodes().stream().anyMatch(node -> "Added by them.".equals(node.getText())));
		assertEquals(MapStore.load(disk.mapFile).getNodes().size() + 1, merged.getNodes().size());
	}

	@Test
	void aRepeatedIdIsNamedWithItsFileAndNothingIsWritten() throws Exception {
		edit(theirs, map -> map.getNodes().get(1).setId(map.getNodes().get(0).getId()));
		byte[] oursBefore = Files.readAllBytes(ours);

		assertEquals(ExitCode.USAGE, disk.run("merge", disk.mapFile.toString(), ours.toString(), theirs.toString()));

		assertTrue(disk.err().contains(theirs.toString()), disk.err());
		assertTrue(disk.err().contains(MapStore.load(ours).getNodes().get(0).getId()), disk.err());
		assertArrayEquals(oursBefore, Files.readAllBytes(ours), "OURS is left as it was");
	}
}

package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.argmap.cli.ExitCode;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Rebuttal;
import org.argmap.model.RelationKind;
import org.argmap.model.edit.MapLabels;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map on disk (the wall, supported by reasoning models) with two rebuttals of the reasoning claim that
 * attack each other: grounded leaves all four undecided; preferred has one extension per rebuttal.
 */
class EvaluateCommandTest {

	@TempDir
	Path folder;

	private MapOnDisk disk;
	private String wall;
	private String reasoning;
	private String first;
	private String second;

	@BeforeEach
	void mapWithMutualRebuttals() throws IOException {
		disk = new MapOnDisk(folder);
		ArgumentMap map = MapStore.load(disk.mapFile);
		Claim wallClaim = (Claim) map.getNodes().get(0);
		Claim reasoningClaim = (Claim) map.getNodes().get(1);
		Rebuttal costly = MapElements.newRebuttal("Thinking longer costs too much");
		Rebuttal cheap = MapElements.newRebuttal("Inference keeps getting cheaper");
		map.getNodes().add(costly);
		map.getNodes().add(cheap);
		map.getRelations().add(MapElements.newRelation(RelationKind.ATTACK, reasoningClaim, costly));
		map.getRelations().add(MapElements.newRelation(RelationKind.ATTACK, costly, cheap));
		map.getRelations().add(MapElements.newRelation(RelationKind.ATTACK, cheap, costly));
		MapStore.save(map.eResource(), disk.mapFile);
		wall = wallClaim.getId();
		reasoning = reasoningClaim.getId();
		first = costly.getId();
		second = cheap.getId();
	}

	@Test
	void groundedIsTheDefault() {
		assertEquals(ExitCode.SUCCESS, disk.run("evaluate", disk.mapFile.toString()));
		String nl = System.lineSeparator();
		assertEquals("semantics grounded" + nl
				+ "undec  " + wall + "  " + shortened(MapOnDisk.WALL) + nl
				+ "undec  " + reasoning + "  " + shortened(MapOnDisk.REASONING) + nl
				+ "undec  " + first + "  Thinking longer costs too much" + nl
				+ "undec  " + second + "  Inference keeps getting cheaper" + nl, disk.out());
	}

	@Test
	void preferredListsBothExtensions() {
		assertEquals(ExitCode.SUCCESS, disk.run("evaluate", "--semantics", "preferred", disk.mapFile.toString()));
		String out = disk.out();
		assertTrue(out.contains("extensions 2"), out);
		// the cheap-inference side reinstates the reasoning claim, and through it the wall
		assertTrue(out.contains(": " + wall + " " + reasoning + " " + second + System.lineSeparator()), out);
		assertTrue(out.contains(": " + first + System.lineSeparator()), out);
	}

	@Test
	void jsonCarriesAcceptanceAndExplanation() {
		assertEquals(ExitCode.SUCCESS, disk.run("evaluate", "--semantics=stable", "--json", disk.mapFile.toString()));
		String out = disk.out();
		assertTrue(out.startsWith("{\"semantics\":\"stable\",\"nodes\":[{\"id\":\"" + wall + "\""), out);
		assertTrue(out.contains("\"id\":\"" + second + "\",\"name\":\"Inference keeps getting cheaper\",\"label\":\"undec\","
				+ "\"credulous\":true,\"sceptical\":false"), out);
		assertTrue(out.contains("\"extensions\":[["), out);
	}

	@Test
	void wrongSemanticsOrMapIsAUsageError() {
		assertEquals(ExitCode.USAGE, disk.run("evaluate", "--semantics", "ideal", disk.mapFile.toString()));
		assertTrue(disk.err().contains("unknown semantics 'ideal'"), disk.err());
		Path missing = folder.resolve("none.argmap");
		assertEquals(ExitCode.USAGE, disk.run("evaluate", missing.toString()));
		assertTrue(disk.err().contains("none.argmap"), disk.err());
	}

	/** The item provider's name of a node without label: the start of its text. */
	private static String shortened(String text) {
		return MapLabels.text(MapElements.newClaim(text));
	}
}

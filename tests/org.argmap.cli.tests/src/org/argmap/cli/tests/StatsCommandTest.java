package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.argmap.cli.ExitCode;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Rebuttal;
import org.argmap.model.RelationKind;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

	@TempDir
	Path folder;

	private MapOnDisk disk;

	@BeforeEach
	void mapWithEveryNodeKind() throws IOException {
		disk = new MapOnDisk(folder);
		ArgumentMap map = MapStore.load(disk.mapFile);
		Claim wall = (Claim) map.getNodes().get(0);
		Claim premise = MapElements.newClaim("Benchmarks are saturating");
		premise.setImplicit(true);
		Rebuttal rebuttal = MapElements.newRebuttal("Post-training keeps paying off");
		map.getNodes().add(premise);
		map.getNodes().add(rebuttal);
		map.getNodes().add(MapElements.newAnalogy("Cars moving to EVs", "cars", "AI progress"));
		map.getRelations().add(MapElements.newRelation(RelationKind.ATTACK, wall, rebuttal));
		MapStore.save(map.eResource(), disk.mapFile);
	}

	@Test
	void textCountsEveryKind() {
		assertEquals(ExitCode.SUCCESS, disk.run("stats", disk.mapFile.toString()));
		String nl = System.lineSeparator();
		assertEquals("documents   1\n"
				+ "nodes       5 (claims 3, of which implicit 1; rebuttals 1; analogies 1)\n"
				+ "relations   2 (support 1, attack 1, undercut 0, analogy 0, equivalence 0)\n"
				+ "anchors     2 (anchored 2, relocated 0, orphaned 0)\n"
				+ "unanchored  2 nodes (implicit premises not counted)" + nl, disk.out());
	}

	@Test
	void jsonForMachines() {
		assertEquals(ExitCode.SUCCESS, disk.run("stats", "--json", disk.mapFile.toString()));
		assertEquals("{\"documents\":1,\"nodes\":{\"total\":5,\"claim\":3,\"implicitClaim\":1,\"rebuttal\":1,"
				+ "\"analogy\":1,\"unanchored\":2},\"relations\":{\"total\":2,\"support\":1,\"attack\":1,\"undercut\":0,"
				+ "\"analogy\":0,\"equivalence\":0},\"anchors\":{\"total\":2,\"anchored\":2,\"relocated\":0,\"orphaned\":0}}"
				+ System.lineSeparator(), disk.out());
	}

	@Test
	void missingMapIsAUsageError() {
		assertEquals(ExitCode.USAGE, disk.run("stats"));
		assertEquals(ExitCode.USAGE, disk.run("stats", folder.resolve("none.argmap").toString()));
	}
}

package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.argmap.cli.ExitCode;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's git merging branches that both changed a map, with the driver that {@code argmap git-setup}
 * installs. The driver git runs is a small script that hands its three files to this test, which runs
 * {@code argmap merge} in process as the launcher would and hands back the exit code: the product need not be
 * built, and everything git does (choosing the files, reading the exit code, marking the path) is real.
 */
class GitMergeDriverTest {

	@TempDir
	Path repository;
	@TempDir
	Path exchange;

	private MapOnDisk disk;
	private Thread driver;

	@BeforeEach
	void repositoryWithAMapOnMain() throws Exception {
		git("init", "-q", "-b", "main");
		git("config", "user.email", "test@argmap.org");
		git("config", "user.name", "Argmap test");
		disk = new MapOnDisk(repository);
		assertEquals(ExitCode.SUCCESS, disk.run("git-setup", repository.toString()), disk.err());
		assertEquals("*.argmap merge=argmap\n", Files.readString(repository.resolve(".gitattributes")));
		assertTrue(git("config", "merge.argmap.driver").endsWith("merge %O %A %B"));
		git("config", "merge.argmap.driver", bridge() + " %O %A %B");
		git("add", ".");
		git("commit", "-q", "-m", "A map of two claims");
	}

	@AfterEach
	void stopDriver() {
		if (driver != null) {
			driver.interrupt();
		}
	}

	@Test
	void editsToDifferentNodesOnTwoBranchesMergeCleanly() throws Exception {
		git("checkout", "-q", "-b", "theirs");
		edit(map -> map.getNodes().get(1).setLabel("Inference scaling"));
		git("commit", "-q", "-am", "Label the reasoning claim");
		git("checkout", "-q", "main");
		edit(map -> map.getNodes().get(0).setText("Pre-training returns are plateauing."));
		git("commit", "-q", "-am", "Shorter wall claim");

		Git.Run merge = gitRun("merge", "--no-edit", "theirs");

		assertEquals(0, merge.exitCode(), merge.output());
		ArgumentMap merged = MapStore.load(disk.mapFile);
		assertEquals("Pre-training returns are plateauing.", merged.getNodes().get(0).getText());
		assertEquals("Inference scaling", merged.getNodes().get(1).getLabel());
		assertTrue(merged.getConflicts().isEmpty());
		assertEquals(ExitCode.SUCCESS, disk.run("validate", disk.mapFile.toString()), disk.err());
		assertEquals("", git("status", "--porcelain"), "nothing left behind in the work tree");
	}

	@Test
	void bothChangingOneNodesTextIsAConflictGitMarksAndValidateReports() throws Exception {
		git("checkout", "-q", "-b", "theirs");
		edit(map -> map.getNodes().get(0).setText("Theirs: returns are plateauing."));
		git("commit", "-q", "-am", "Their wording");
		git("checkout", "-q", "main");
		edit(map -> map.getNodes().get(0).setText("Ours: returns keep coming."));
		git("commit", "-q", "-am", "Our wording");

		Git.Run merge = gitRun("merge", "--no-edit", "theirs");

		assertNotEquals(0, merge.exitCode(), merge.output());
		assertTrue(git("status", "--porcelain").contains("UU debate.argmap"), "git marks the map as conflicted");
		ArgumentMap merged = MapStore.load(disk.mapFile);
		assertEquals("Ours: returns keep coming.", merged.getNodes().get(0).getText());
		Conflict conflict = merged.getConflicts().get(0);
		assertEquals("Theirs: returns are plateauing.", conflict.getTheirs());
		assertEquals(ExitCode.FINDINGS, disk.run("validate", disk.mapFile.toString()));
		assertTrue(disk.err().contains("both sides changed its text"), disk.err());

		// resolved by taking their text and deleting the conflict, then committed as usual
		assertEquals(ExitCode.SUCCESS, disk.run("delete", disk.mapFile.toString(), conflict.getId()), disk.err());
		edit(map -> map.getNodes().get(0).setText(conflict.getTheirs()));
		assertEquals(ExitCode.SUCCESS, disk.run("validate", disk.mapFile.toString()), disk.err());
		git("commit", "-q", "-am", "Merge their wording");
		assertEquals(ExitCode.FINDINGS, disk.run("diff", show("HEAD~1"), disk.mapFile.toString()));
		assertEquals("changed claim \u201cTheirs: returns are plateauing.\u201d (" + conflict.getElement()
				+ "): text \u201cOurs: returns keep coming.\u201d \u2192 \u201cTheirs: returns are plateauing.\u201d"
				+ System.lineSeparator(), disk.out());
	}

	@Test
	void deletingAClaimTheOtherBranchRelatedKeepsBothAndIsAConflict() throws Exception {
		String reasoningId = MapStore.load(disk.mapFile).getNodes().get(1).getId();
		git("checkout", "-q", "-b", "theirs");
		String[] added = new String[1];
		edit(map -> {
			Node rebuttal = MapElements.newRebuttal("Benchmarks saturate, not progress.");
			map.getNodes().add(rebuttal);
			Relation attack = MapElements.newRelation(RelationKind.ATTACK, map.getNodes().get(1), rebuttal);
			map.getRelations().add(attack);
			added[0] = attack.getId();
		});
		git("commit", "-q", "-am", "Attack the reasoning claim");
		git("checkout", "-q", "main");
		assertEquals(ExitCode.SUCCESS, disk.run("delete", disk.mapFile.toString(), reasoningId), disk.err());
		Files.deleteIfExists(MapStore.backupOf(disk.mapFile));
		git("commit", "-q", "-am", "Drop the reasoning claim");

		Git.Run merge = gitRun("merge", "--no-edit", "theirs");

		assertNotEquals(0, merge.exitCode(), merge.output());
		ArgumentMap merged = MapStore.load(disk.mapFile);
		assertTrue(merged.getNodes().stream().anyMatch(node -> node.getId().equals(reasoningId)), "the claim is back");
		assertTrue(merged.getRelations().stream().anyMatch(relation -> relation.getId().equals(added[0])));
		assertEquals(reasoningId, merged.getConflicts().get(0).getElement());
	}

	@Test
	void aSmallEditIsASmallDiff() throws Exception {
		edit(map -> map.getNodes().get(1).setNote("Seen in o1 and R1."));

		String diff = git("diff", "-U0", "--", "debate.argmap");

		List<String> changed = diff.lines().filter(line -> (line.startsWith("+") || line.startsWith("-"))
				&& !line.startsWith("+++") && !line.startsWith("---")).toList();
		assertEquals(3, changed.size(), diff); // the date out, the date in, the note in
		assertTrue(changed.contains("+      note=\"Seen in o1 and R1.\""), diff);
	}

	private String show(String revision) throws Exception {
		Path old = exchange.resolve("old.argmap");
		Files.writeString(old, git("show", revision + ":debate.argmap") + "\n", StandardCharsets.UTF_8);
		return old.toString();
	}

	interface MapEdit {
		void apply(ArgumentMap map);
	}

	private void edit(MapEdit edit) throws Exception {
		ArgumentMap map = MapStore.load(disk.mapFile);
		edit.apply(map);
		MapStore.save(map.eResource(), disk.mapFile);
		Files.deleteIfExists(MapStore.backupOf(disk.mapFile));
	}

	/**
	 * The merge driver: a script that writes its arguments to a request file, waits for this test to merge
	 * and write the exit code, and exits with it.
	 */
	private String bridge() throws IOException {
		Path script = exchange.resolve("argmap-driver");
		Path request = exchange.resolve("request");
		Path exit = exchange.resolve("exit");
		Files.writeString(script, "#!/bin/sh\n"
				+ "printf '%s\\n%s\\n%s\\n' \"$1\" \"$2\" \"$3\" > '" + request + ".tmp'\n"
				+ "mv '" + request + ".tmp' '" + request + "'\n"
				+ "while [ ! -f '" + exit + "' ]; do sleep 0.05; done\n"
				+ "code=$(cat '" + exit + "'); rm '" + exit + "'; exit \"$code\"\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
		driver = new Thread(() -> serve(request, exit), "merge driver");
		driver.setDaemon(true);
		driver.start();
		return script.toString();
	}

	private void serve(Path request, Path exit) {
		CommandLine commandLine = new CommandLine();
		try {
			while (!Thread.currentThread().isInterrupted()) {
				if (Files.exists(request)) {
					List<String> files = Files.readAllLines(request);
					Files.delete(request);
					List<String> arguments = new ArrayList<>(List.of("merge"));
					for (String file : files) {
						// git names its temporary files relative to the top of the work tree
						arguments.add(repository.resolve(file).toString());
					}
					int code = commandLine.run(arguments.toArray(String[]::new));
					Files.writeString(exit.resolveSibling("exit.tmp"), Integer.toString(code));
					Files.move(exit.resolveSibling("exit.tmp"), exit);
				}
				Thread.sleep(20);
			}
		} catch (IOException | InterruptedException e) {
			// the test is over
		}
	}

	private Git.Run gitRun(String... arguments) throws Exception {
		return Git.attempt(repository, arguments);
	}

	private String git(String... arguments) throws Exception {
		return Git.run(repository, arguments);
	}
}

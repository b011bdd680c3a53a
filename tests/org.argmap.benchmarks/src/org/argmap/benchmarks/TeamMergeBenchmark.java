package org.argmap.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.RelationKind;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.merge.MapDifference;
import org.argmap.model.merge.MapMerge;
import org.argmap.model.merge.MergeResult;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.Git;
import org.argmap.tests.support.SyntheticMaps;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team on one map in git: 20 clones of a bare repository (file://, Debian's git) each apply 50 random edit
 * commands, commit, then pull (with the semantic merge) and push in random order until all agree. Prints the
 * merges, the conflicts and the edits lost, which must be 0: an element only one clone changed, and that no
 * conflict names, is in the final map as that clone left it. Then the time to merge two versions of a
 * 10,000-node map with 500 edits each (goal <= 1 s of processor time).
 */
class TeamMergeBenchmark {

	private static final String NAME = "team-merge";
	private static final String MAP = "debate.argmap";
	private static final int CLONES = 20;
	private static final int EDITS = 50;
	private static final int MAP_NODES = 300;
	private static final int LARGE_NODES = 10_000;
	private static final int LARGE_EDITS = 500;
	private static final int RUNS = 5;

	@TempDir
	Path folder;

	private int merges;
	private int conflicts;
	private final Set<String> conflicted = new HashSet<>();

	@Test
	void twentyClonesEditPullAndPushUntilTheyAgree() throws Exception {
		Path origin = folder.resolve("origin.git");
		git(folder, "init", "-q", "--bare", "-b", "main", origin.toString());
		Path seed = folder.resolve("seed");
		git(folder, "clone", "-q", "file://" + origin, seed.toString());
		ArgumentMap base = SyntheticMaps.debate(19, MAP_NODES);
		save(base, seed.resolve(MAP));
		commitAll(seed, "The debate so far");
		git(seed, "push", "-q", "origin", "HEAD:main");

		Random random = new Random(19);
		List<Path> clones = new ArrayList<>();
		Map<Path, ArgumentMap> edited = new HashMap<>();
		int commands = 0;
		for (int i = 0; i < CLONES; i++) {
			Path clone = folder.resolve("clone-" + i);
			git(folder, "clone", "-q", "file://" + origin, clone.toString());
			clones.add(clone);
			commands += editRandomly(clone.resolve(MAP), random);
			commitAll(clone, "Edits of member " + i);
			edited.put(clone, MapStore.load(clone.resolve(MAP)));
		}

		long start = System.nanoTime();
		int rounds = 0;
		String agreed;
		do {
			rounds++;
			Collections.shuffle(clones, random);
			for (Path clone : clones) {
				pull(clone);
				git(clone, "push", "-q", "origin", "HEAD:main");
			}
			agreed = git(folder, "--git-dir=" + origin, "rev-parse", "main");
		} while (!allAt(clones, agreed));
		double syncSeconds = (System.nanoTime() - start) / 1e9;

		ArgumentMap result = MapStore.load(clones.get(0).resolve(MAP));
		int[] lost = lostEdits(base, edited, result);
		Figures.print(NAME, "clones x edit commands", CLONES + " x " + EDITS + " = " + commands);
		Figures.print(NAME, "rounds of pull and push until all agree", Integer.toString(rounds));
		Figures.print(NAME, "merges", Integer.toString(merges));
		Figures.print(NAME, "conflicts", Integer.toString(conflicts));
		Figures.print(NAME, "elements changed by one clone only", Integer.toString(lost[1]));
		Figures.print(NAME, "edits lost", Integer.toString(lost[0]));
		Figures.print(NAME, "sync time", String.format("%.1f s", syncSeconds));
		assertEquals(0, lost[0], "edits lost");
		assertTrue(result.getConflicts().isEmpty(), "every conflict was resolved");
	}

	@Test
	void mergingTwoTenThousandNodeMapsWithFiveHundredEditsEach() throws Exception {
		ArgumentMap base = SyntheticMaps.debate(23, LARGE_NODES);
		Path baseFile = folder.resolve("base.argmap");
		Path oursFile = folder.resolve("ours.argmap");
		Path theirsFile = folder.resolve("theirs.argmap");
		save(EcoreUtil.copy(base), baseFile);
		save(EcoreUtil.copy(base), oursFile);
		save(EcoreUtil.copy(base), theirsFile);
		Random random = new Random(23);
		editRandomly(oursFile, random, LARGE_EDITS);
		editRandomly(theirsFile, random, LARGE_EDITS);
		ArgumentMap original = MapStore.load(baseFile);
		ArgumentMap ours = MapStore.load(oursFile);
		ArgumentMap theirs = MapStore.load(theirsFile);
		MergeResult[] last = new MergeResult[1];

		long collecting = Figures.garbageCollectionMillis();
		double[] inMemory = Figures.time(RUNS, () -> last[0] = MapMerge.merge(original, ours, theirs));
		collecting = Figures.garbageCollectionMillis() - collecting;
		double[] processor = Figures.processorTime(RUNS, () -> MapMerge.merge(original, ours, theirs));
		double[] withFiles = Figures.time(RUNS, () -> {
			MergeResult merged = MapMerge.merge(MapStore.load(baseFile), MapStore.load(oursFile),
					MapStore.load(theirsFile));
			save(merged.map(), folder.resolve("merged.argmap"));
		});

		Figures.print(NAME, "10,000-node maps, 500 edits each", "conflicts " + last[0].conflicts().size());
		Figures.print(NAME, "merge, median", String.format("%.0f ms", Figures.median(inMemory)));
		Figures.print(NAME, "merge, 95th percentile", String.format("%.0f ms", inMemory[inMemory.length - 1]));
		Figures.print(NAME, "merge, processor time, median", String.format("%.0f ms", Figures.median(processor)));
		Figures.print(NAME, "merge, garbage collection per merge", String.format("%.0f ms", collecting / (RUNS + 1.0)));
		Figures.print(NAME, "load 3 files, merge, save, median", String.format("%.0f ms", Figures.median(withFiles)));
		// The goal is checked on the merging thread's processor time: six builds share this machine's two cores,
		// and the wall-clock figures above count the waiting for a core too.
		assertTrue(Figures.median(processor) <= 1000, "merge within 1 s");
	}

	/** Applies {@link #EDITS} random edits as commands to the map in {@code file} and saves it. */
	private static int editRandomly(Path file, Random random) throws Exception {
		return editRandomly(file, random, EDITS);
	}

	private static int editRandomly(Path file, Random random, int edits) throws Exception {
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		try {
			ArgumentMap map = MapStore.load(domain.getResourceSet(), file);
			int done = 0;
			while (done < edits) {
				List<Node> nodes = map.getNodes();
				Node node = nodes.get(random.nextInt(nodes.size()));
				Command command = switch (random.nextInt(5)) {
				case 0 -> MapEdits.setText(domain, node, "Reworded " + random.nextInt(1_000_000));
				case 1 -> MapEdits.createNode(domain, map, MapElements.newClaim("New claim " + random.nextInt(1_000_000)));
				case 2 -> MapEdits.relate(domain, map, RelationKind.ATTACK, node,
						List.of(nodes.get(random.nextInt(nodes.size()))));
				case 3 -> MapEdits.move(domain, node, random.nextInt(5000), random.nextInt(5000));
				default -> MapEdits.delete(domain, List.of(node));
				};
				if (command.canExecute()) {
					domain.getCommandStack().execute(command);
					done++;
				}
			}
			MapStore.save(map.eResource(), file);
			Files.deleteIfExists(MapStore.backupOf(file));
			return done;
		} finally {
			MapEditingDomains.dispose(domain);
		}
	}

	/**
	 * git pull with the semantic merge, as the workbench's Pull does it: fast-forward when possible, else merge
	 * base, ours and theirs by id, resolve every conflict by keeping our version, and commit the merge.
	 */
	private void pull(Path clone) throws Exception {
		git(clone, "fetch", "-q", "origin");
		String ours = git(clone, "rev-parse", "HEAD");
		String theirs = git(clone, "rev-parse", "origin/main");
		String base = git(clone, "merge-base", "HEAD", "origin/main");
		if (base.equals(theirs)) {
			return;
		}
		if (base.equals(ours)) {
			git(clone, "merge", "-q", "--ff-only", "origin/main");
			return;
		}
		Path baseFile = folder.resolve("base.argmap");
		Path theirsFile = folder.resolve("theirs.argmap");
		Files.writeString(baseFile, git(clone, "show", base + ":" + MAP) + "\n", StandardCharsets.UTF_8);
		Files.writeString(theirsFile, git(clone, "show", "origin/main:" + MAP) + "\n", StandardCharsets.UTF_8);
		git(clone, "merge", "-q", "--no-commit", "-s", "ours", "origin/main");
		MergeResult merged = MapMerge.merge(MapStore.load(baseFile), MapStore.load(clone.resolve(MAP)),
				MapStore.load(theirsFile));
		merges++;
		conflicts += merged.conflicts().size();
		for (Conflict conflict : merged.conflicts()) {
			conflicted.add(conflict.getElement());
		}
		ArgumentMap map = merged.map();
		map.getConflicts().clear(); // resolved: our version stays
		save(map, clone.resolve(MAP));
		commitAll(clone, "Merge");
	}

	private boolean allAt(List<Path> clones, String commit) throws Exception {
		for (Path clone : clones) {
			if (!git(clone, "rev-parse", "HEAD").equals(commit)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Answers {lost, checked}: of the elements exactly one clone changed, added or removed and no conflict
	 * names, how many the final map does not hold as that clone left them.
	 */
	private int[] lostEdits(ArgumentMap base, Map<Path, ArgumentMap> edited, ArgumentMap result) {
		Map<String, Integer> changedBy = new HashMap<>();
		Map<Path, List<String>> changes = new HashMap<>();
		edited.forEach((clone, map) -> {
			List<String> ids = MapDifference.between(base, map).stream().map(MapDifference.Change::id).toList();
			changes.put(clone, ids);
			ids.forEach(id -> changedBy.merge(id, 1, Integer::sum));
		});
		int lost = 0;
		int checked = 0;
		for (Map.Entry<Path, List<String>> entry : changes.entrySet()) {
			Set<String> different = new HashSet<>(MapDifference.between(edited.get(entry.getKey()), result).stream()
					.map(MapDifference.Change::id).toList());
			for (String id : entry.getValue()) {
				if (changedBy.get(id) == 1 && !conflicted.contains(id)) {
					checked++;
					if (different.contains(id)) {
						lost++;
					}
				}
			}
		}
		return new int[] { lost, checked };
	}

	private static void save(ArgumentMap map, Path file) throws Exception {
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		MapStore.save(resource, file);
		Files.deleteIfExists(MapStore.backupOf(file));
	}

	private static void commitAll(Path clone, String message) throws Exception {
		git(clone, "add", "-A");
		git(clone, "-c", "user.name=Member", "-c", "user.email=member@argmap.org", "commit", "-q", "-m", message);
	}

	private static String git(Path directory, String... arguments) throws Exception {
		return Git.run(directory, arguments);
	}
}

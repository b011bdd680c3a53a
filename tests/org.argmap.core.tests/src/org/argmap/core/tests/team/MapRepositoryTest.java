package org.argmap.core.tests.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.argmap.core.team.MapRepository;
import org.argmap.core.team.PullOutcome;
import org.argmap.core.team.TeamException;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.Git;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two team members, Ann and Ben, each with a JGit clone of one bare repository ({@code file://}, no network),
 * editing one map and syncing through {@link MapRepository}. Edits go through the edit layer's commands, as
 * in the workbench.
 */
class MapRepositoryTest {

	private static final String MAP = "debate.argmap";
	private static final NullProgressMonitor QUIET = NullProgressMonitor.INSTANCE;

	@TempDir
	Path directory;

	private MapRepository ann;
	private MapRepository ben;
	private String wallId;
	private String reasoningId;
	/** The editing domain of each map an edit has loaded, for the commands the edit makes. */
	private final Map<ArgumentMap, AdapterFactoryEditingDomain> domains = new HashMap<>();

	@BeforeEach
	void twoClonesOfARepositoryWithAMap() throws Exception {
		Path seed = Files.createDirectories(directory.resolve("seed"));
		Git.run(seed, "init", "-q", "-b", "main");
		ArgumentMap map = MapElements.newMap("Is AI progress hitting a wall?");
		Node wall = MapElements.newClaim("Pre-training returns are plateauing.");
		Node reasoning = MapElements.newClaim("Reasoning models keep improving.");
		map.getNodes().add(wall);
		map.getNodes().add(reasoning);
		wallId = wall.getId();
		reasoningId = reasoning.getId();
		Resource resource = MapStore.createResource(new ResourceSetImpl(), seed.resolve(MAP));
		resource.getContents().add(map);
		MapStore.save(resource, seed.resolve(MAP));
		Git.run(seed, "add", MAP);
		Git.run(seed, "-c", "user.name=Seed", "-c", "user.email=seed@argmap.org", "commit", "-q", "-m",
				"A map of two claims");
		Git.run(directory, "clone", "-q", "--bare", seed.toString(), "team.git");
		String remote = directory.resolve("team.git").toUri().toString();
		ann = member(remote, "ann", "Ann");
		ben = member(remote, "ben", "Ben");
	}

	@AfterEach
	void closeClones() {
		ann.close();
		ben.close();
	}

	@Test
	void editsToDifferentNodesMergeCleanlyAndTheSourcesTravelWithTheMap() throws Exception {
		Files.createDirectories(ann.workTree().resolve("sources"));
		Files.writeString(ann.workTree().resolve("sources/labs.txt"), "Several labs report diminishing returns.");
		edit(ann, map -> MapEdits.addDocuments(domain(map), map,
				List.of(MapElements.newDocument("Lab reports", "sources/labs.txt"))));
		committed(ann, "Shorter wall claim, with its source",
				map -> MapEdits.setText(domain(map), node(map, wallId), "Pre-training has plateaued."));
		ann.push(QUIET);
		committed(ben, "Shorter reasoning claim",
				map -> MapEdits.setText(domain(map), node(map, reasoningId), "Reasoning models improve."));

		PullOutcome pulled = ben.pull(QUIET);

		assertEquals(PullOutcome.Kind.MERGED, pulled.kind());
		ArgumentMap merged = MapStore.load(ben.workTree().resolve(MAP));
		assertEquals("Pre-training has plateaued.", node(merged, wallId).getText());
		assertEquals("Reasoning models improve.", node(merged, reasoningId).getText());
		assertTrue(merged.getConflicts().isEmpty());
		assertEquals("Several labs report diminishing returns.",
				Files.readString(ben.workTree().resolve("sources/labs.txt")));
		assertEquals("", Git.run(ben.workTree(), "status", "--porcelain"), "the merge is committed");
		assertEquals("1", Git.run(ben.workTree(), "rev-list", "--count", "--merges", "HEAD"), "one merge commit");

		ben.push(QUIET);
		assertEquals(PullOutcome.Kind.FAST_FORWARD, ann.pull(QUIET).kind());
		assertEquals("Reasoning models improve.",
				node(MapStore.load(ann.workTree().resolve(MAP)), reasoningId).getText());
		assertEquals(List.of("Merge refs/remotes/origin/main into main, maps merged by id", "Shorter reasoning claim",
				"Shorter wall claim, with its source", "A map of two claims"),
				ann.history(ann.workTree().resolve(MAP)).stream().map(version -> version.summary()).toList());
	}

	@Test
	void bothChangingOneTextIsAConflictResolvedByTakingTheirsThenPushed() throws Exception {
		committed(ann, "Ann's wording",
				map -> MapEdits.setText(domain(map), node(map, wallId), "Ann: returns are plateauing."));
		ann.push(QUIET);
		committed(ben, "Ben's wording",
				map -> MapEdits.setText(domain(map), node(map, wallId), "Ben: returns keep coming."));

		PullOutcome pulled = ben.pull(QUIET);

		Path map = ben.workTree().resolve(MAP);
		assertEquals(PullOutcome.Kind.CONFLICTS, pulled.kind());
		assertEquals(1, pulled.mapConflicts().get(map).size(), pulled.toString());
		assertTrue(pulled.mapConflicts().get(map).get(0).contains("both sides changed its text"));
		TeamException early = assertThrows(TeamException.class, () -> ben.commit(map, "Too early"));
		assertTrue(early.getMessage().contains("still holds 1 merge conflicts"), early.getMessage());

		edit(ben, merged -> {
			assertEquals("Ben: returns keep coming.", node(merged, wallId).getText());
			return MapEdits.takeAlternative(domain(merged), merged.getConflicts().get(0));
		});
		RevCommit resolution = ben.commit(map, "Take Ann's wording");
		ben.push(QUIET);

		assertEquals(2, resolution.getParentCount(), "the resolution concludes the merge");
		assertEquals(PullOutcome.Kind.FAST_FORWARD, ann.pull(QUIET).kind());
		ArgumentMap agreed = MapStore.load(ann.workTree().resolve(MAP));
		assertEquals("Ann: returns are plateauing.", node(agreed, wallId).getText());
		assertTrue(agreed.getConflicts().isEmpty());
	}

	@Test
	void deletingAClaimTheOtherRelatedIsAConflictAndNothingIsLost() throws Exception {
		String[] attack = new String[1];
		committed(ann, "Attack the reasoning claim", map -> {
			Node rebuttal = MapElements.newRebuttal("Benchmarks saturate, not progress.");
			Command add = MapEdits.createNode(domain(map), map, rebuttal);
			domain(map).getCommandStack().execute(add);
			Command relate = MapEdits.relate(domain(map), map, RelationKind.ATTACK, node(map, reasoningId),
					List.of(rebuttal));
			domain(map).getCommandStack().execute(relate);
			attack[0] = map.getRelations().get(0).getId();
			return null;
		});
		ann.push(QUIET);
		committed(ben, "Drop the reasoning claim",
				map -> MapEdits.delete(domain(map), List.of(node(map, reasoningId))));

		PullOutcome pulled = ben.pull(QUIET);

		assertEquals(PullOutcome.Kind.CONFLICTS, pulled.kind());
		ArgumentMap merged = MapStore.load(ben.workTree().resolve(MAP));
		assertEquals("Reasoning models keep improving.", node(merged, reasoningId).getText(), "the claim is back");
		Relation relation = merged.getRelations().get(0);
		assertEquals(attack[0], relation.getId());
		assertEquals(reasoningId, merged.getConflicts().get(0).getElement());

		committed(ben, "Keep the claim Ann attacks", map -> MapEdits.keepAsMerged(domain(map), map.getConflicts().get(0)));
		ben.push(QUIET);
		ann.pull(QUIET);
		ArgumentMap agreed = MapStore.load(ann.workTree().resolve(MAP));
		assertEquals(3, agreed.getNodes().size());
		assertEquals(attack[0], agreed.getRelations().get(0).getId());
		assertTrue(agreed.getConflicts().isEmpty());
	}

	@Test
	void aPulledMapWithARepeatedIdIsNamedAndTheWorkTreeIsLeftAsItWas() throws Exception {
		Path annMap = ann.workTree().resolve(MAP);
		// a map damaged outside Argmap: its second claim got the first one's id
		Files.writeString(annMap, Files.readString(annMap).replace(reasoningId, wallId));
		Git.run(ann.workTree(), "commit", "-q", "-am", "Damaged by hand");
		Git.run(ann.workTree(), "push", "-q");
		committed(ben, "Ben's wording", map -> MapEdits.setText(domain(map), node(map, wallId), "Ben's claim."));
		Path map = ben.workTree().resolve(MAP);
		String before = Files.readString(map);
		String head = Git.run(ben.workTree(), "rev-parse", "HEAD");

		TeamException refused = assertThrows(TeamException.class, () -> ben.pull(QUIET));

		assertTrue(refused.getMessage().contains(MAP), refused.getMessage());
		assertTrue(refused.getMessage().contains(wallId), "names the element: " + refused.getMessage());
		assertTrue(refused.getMessage().contains(Git.run(ann.workTree(), "rev-parse", "--short=7", "HEAD")),
				"names the commit: " + refused.getMessage());
		assertEquals(before, Files.readString(map), "the map is as it was");
		assertEquals("", Git.run(ben.workTree(), "status", "--porcelain"), "no merge is left half done");
		assertEquals(head, Git.run(ben.workTree(), "rev-parse", "HEAD"));
		assertTrue(Files.notExists(ben.workTree().resolve(".git/MERGE_HEAD")));
	}

	@Test
	void pushingBehindTheRemoteIsRefusedWithAdvice() throws Exception {
		committed(ann, "Ann's wording", map -> MapEdits.setText(domain(map), node(map, wallId), "Ann's claim."));
		ann.push(QUIET);
		committed(ben, "Ben's wording", map -> MapEdits.setText(domain(map), node(map, reasoningId), "Ben's claim."));

		TeamException refused = assertThrows(TeamException.class, () -> ben.push(QUIET));

		assertTrue(refused.getMessage().contains("pull first"), refused.getMessage());
	}

	@Test
	void aPullOverUncommittedChangesNamesThemAndLeavesThemAlone() throws Exception {
		committed(ann, "Ann's wording", map -> MapEdits.setText(domain(map), node(map, wallId), "Ann's claim."));
		ann.push(QUIET);
		edit(ben, map -> MapEdits.setText(domain(map), node(map, reasoningId), "Ben's claim."));
		Git.run(ben.workTree(), "commit", "-q", "--allow-empty", "-m", "Something else");
		edit(ben, map -> MapEdits.setText(domain(map), node(map, reasoningId), "Ben's unsaved thought."));

		TeamException refused = assertThrows(TeamException.class, () -> ben.pull(QUIET));

		assertTrue(refused.getMessage().contains(MAP), refused.getMessage());
		assertEquals("Ben's unsaved thought.",
				node(MapStore.load(ben.workTree().resolve(MAP)), reasoningId).getText());
	}

	@Test
	void committingAnUnchangedMapIsRefusedAndMakesNoCommit() throws Exception {
		String before = Git.run(ann.workTree(), "rev-parse", "HEAD");
		Files.writeString(ann.workTree().resolve("notes.txt"), "not part of the map");

		TeamException refused = assertThrows(TeamException.class,
				() -> ann.commit(ann.workTree().resolve(MAP), "Nothing"));

		assertTrue(refused.getMessage().contains("has no changes to commit"), refused.getMessage());
		assertEquals(before, Git.run(ann.workTree(), "rev-parse", "HEAD"));
	}

	private MapRepository member(String remote, String folder, String name) throws Exception {
		MapRepository clone = MapRepository.cloneFrom(remote, directory.resolve(folder), QUIET);
		Git.run(clone.workTree(), "config", "user.name", name);
		Git.run(clone.workTree(), "config", "user.email", folder + "@argmap.org");
		return clone;
	}

	private AdapterFactoryEditingDomain domain(ArgumentMap map) {
		return domains.get(map);
	}

	/** A member's edit of the map, saved and committed. */
	private void committed(MapRepository member, String message, Function<ArgumentMap, Command> change)
			throws Exception {
		edit(member, change);
		member.commit(member.workTree().resolve(MAP), message);
	}

	/** Loads a member's map into an editing domain, runs the command the edit makes (if any), saves. */
	private void edit(MapRepository member, Function<ArgumentMap, Command> edit) throws Exception {
		Path file = member.workTree().resolve(MAP);
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		try {
			ArgumentMap map = MapStore.load(domain.getResourceSet(), file);
			domains.put(map, domain);
			Command command = edit.apply(map);
			if (command != null) {
				assertTrue(command.canExecute());
				domain.getCommandStack().execute(command);
			}
			MapStore.save(map.eResource(), file);
			Files.deleteIfExists(MapStore.backupOf(file));
			domains.remove(map);
		} finally {
			MapEditingDomains.dispose(domain);
		}
	}

	private static Node node(ArgumentMap map, String id) {
		return map.getNodes().stream().filter(node -> node.getId().equals(id)).findFirst().orElseThrow();
	}
}

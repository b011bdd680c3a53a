package org.argmap.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;
import org.argmap.model.Node;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.merge.MapMerge;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resolving what a merge could not decide, one undoable command per conflict. */
class ConflictResolutionTest {

	private final AdapterFactoryEditingDomain domain = MapEditingDomains.create();
	private ArgumentMap map;
	private Node wall;
	private Conflict conflict;

	@BeforeEach
	void mergeOfTwoRewordings() {
		ArgumentMap base = ExampleMaps.everyKind();
		ArgumentMap ours = EcoreUtil.copy(base);
		ArgumentMap theirs = EcoreUtil.copy(base);
		ours.getNodes().get(0).setText("Ours: progress has stalled.");
		theirs.getNodes().get(0).setText("Theirs: progress goes on.");
		theirs.getNodes().get(1).setNote("their note, no conflict");
		map = MapMerge.merge(base, ours, theirs).map();
		MapStore.createResource(domain.getResourceSet(), Path.of("merged.argmap")).getContents().add(map);
		wall = map.getNodes().get(0);
		conflict = map.getConflicts().get(0);
	}

	@AfterEach
	void dispose() {
		MapEditingDomains.dispose(domain);
	}

	@Test
	void takingTheirsSetsTheirTextAndRemovesTheConflictAndUndoBringsBothBack() throws Exception {
		String merged = MapText.of(map);
		Command take = MapEdits.takeAlternative(domain, conflict);
		assertEquals("Take Their Version", take.getLabel());

		domain.getCommandStack().execute(take);

		assertEquals("Theirs: progress goes on.", wall.getText());
		assertTrue(map.getConflicts().isEmpty());
		assertEquals("their note, no conflict", map.getNodes().get(1).getNote());
		domain.getCommandStack().undo();
		assertEquals("Ours: progress has stalled.", wall.getText());
		assertEquals(merged, MapText.of(map), "undo gives back the merged map to the byte");
	}

	@Test
	void anAnchorWeRemovedAndTheyChangedIsKeptOrRemovedByActionsThatSaySo() throws Exception {
		ArgumentMap base = ExampleMaps.everyKind();
		int anchored = base.getNodes().indexOf(base.getNodes().stream().filter(node -> !node.getAnchors().isEmpty())
				.findFirst().orElseThrow());
		ArgumentMap ours = EcoreUtil.copy(base);
		ArgumentMap theirs = EcoreUtil.copy(base);
		ours.getNodes().get(anchored).getAnchors().remove(0);
		theirs.getNodes().get(anchored).getAnchors().get(0).setStatus(AnchorStatus.ORPHANED);
		ArgumentMap merged = MapMerge.merge(base, ours, theirs).map();
		MapStore.createResource(domain.getResourceSet(), Path.of("items.argmap")).getContents().add(merged);
		Conflict removed = merged.getConflicts().get(0);
		Node node = merged.getNodes().get(anchored);
		int anchors = node.getAnchors().size();

		assertEquals("Keep Their Change", MapEdits.keepAsMerged(domain, removed).getLabel());
		Command removal = MapEdits.takeAlternative(domain, removed);
		assertEquals("Keep Our Removal", removal.getLabel());
		domain.getCommandStack().execute(removal);
		assertEquals(anchors - 1, node.getAnchors().size(), "our removal of the anchor stands");
		assertTrue(merged.getConflicts().isEmpty());
		domain.getCommandStack().undo();
		assertEquals(anchors, node.getAnchors().size());
	}

	@Test
	void keepingOursRemovesOnlyTheConflict() throws Exception {
		domain.getCommandStack().execute(MapEdits.keepAsMerged(domain, conflict));

		assertEquals("Ours: progress has stalled.", wall.getText());
		assertTrue(map.getConflicts().isEmpty());
		assertEquals("Keep Our Version", domain.getCommandStack().getUndoCommand().getLabel());
	}

	@Test
	void aChangeOfAnElementWeDeletedIsKeptOrDeletedByActionsThatSaySo() throws Exception {
		ArgumentMap base = ExampleMaps.everyKind();
		ArgumentMap ours = EcoreUtil.copy(base);
		ArgumentMap theirs = EcoreUtil.copy(base);
		Node restated = ours.getNodes().stream().filter(n -> n.getText().startsWith("Scaling has hit")).findFirst()
				.orElseThrow();
		ours.getRelations().removeIf(r -> r.getSources().contains(restated) || r.getTarget() == restated);
		EcoreUtil.delete(restated);
		theirs.getNodes().stream().filter(n -> n.getId().equals(restated.getId())).findFirst().orElseThrow()
				.setText("Theirs: scaling still pays.");
		ArgumentMap deletedByUs = MapMerge.merge(base, ours, theirs).map();
		Resource resource = MapStore.createResource(domain.getResourceSet(), Path.of("deleted.argmap"));
		resource.getContents().add(deletedByUs);
		Conflict weDeleted = deletedByUs.getConflicts().get(0);
		String merged = MapText.of(deletedByUs);

		Command keep = MapEdits.keepAsMerged(domain, weDeleted);
		Command take = MapEdits.takeAlternative(domain, weDeleted);

		assertEquals("Keep Their Change", keep.getLabel(), "the map holds their changed node, not ours");
		assertEquals("Keep Our Deletion", take.getLabel());
		domain.getCommandStack().execute(take);
		assertTrue(deletedByUs.getNodes().stream().noneMatch(n -> n.getId().equals(restated.getId())), "deleted");
		assertTrue(deletedByUs.getConflicts().isEmpty());
		domain.getCommandStack().undo();
		assertEquals(merged, MapText.of(deletedByUs), "undo gives back the merged map to the byte");
		domain.getCommandStack().execute(MapEdits.keepAsMerged(domain, deletedByUs.getConflicts().get(0)));
		assertEquals("Theirs: scaling still pays.", deletedByUs.getNodes().stream()
				.filter(n -> n.getId().equals(restated.getId())).findFirst().orElseThrow().getText());
		assertTrue(deletedByUs.getConflicts().isEmpty());
	}

	@Test
	void theActionsForAnElementTheyDeletedOrOneSideStillUsesSayWhatTheyKeep() {
		conflict.setFeature(null);
		conflict.setTheirs(null);
		assertEquals(List.of("Keep Our Change", "Take Their Deletion"), labels(conflict));
		conflict.setOurs(null);
		assertEquals(List.of("Keep It Where It Is Used", "Delete It and What Uses It"), labels(conflict));
	}

	@Test
	void elementsOfDifferentKindsOnEachSideCannotBeResolvedByTakingAValue() {
		conflict.setFeature(null);

		assertEquals("Keep Our Version", MapEdits.keepAsMerged(domain, conflict).getLabel());
		assertFalse(MapEdits.takeAlternative(domain, conflict).canExecute());
		assertTrue(MapEdits.keepAsMerged(domain, conflict).canExecute());
	}

	private List<String> labels(Conflict shaped) {
		return List.of(MapEdits.keepAsMerged(domain, shaped).getLabel(), MapEdits.takeAlternative(domain, shaped).getLabel());
	}
}

package org.argmap.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

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
		Command take = MapEdits.takeTheirs(domain, conflict);
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
	void keepingOursRemovesOnlyTheConflict() throws Exception {
		domain.getCommandStack().execute(MapEdits.keepOurs(domain, conflict));

		assertEquals("Ours: progress has stalled.", wall.getText());
		assertTrue(map.getConflicts().isEmpty());
		assertEquals("Keep Our Version", domain.getCommandStack().getUndoCommand().getLabel());
	}

	@Test
	void aDeletedElementCannotBeResolvedByTakingAValue() {
		conflict.setFeature(null);

		assertFalse(MapEdits.takeTheirs(domain, conflict).canExecute());
		assertTrue(MapEdits.keepOurs(domain, conflict).canExecute());
	}
}

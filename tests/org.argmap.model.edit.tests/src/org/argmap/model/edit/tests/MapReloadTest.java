package org.argmap.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
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
import org.junit.jupiter.api.Test;

/** An open map taking in the merged version of its file in place, as Team > Pull does, with one undoable command. */
class MapReloadTest {

	private final AdapterFactoryEditingDomain domain = MapEditingDomains.create();
	private final ArgumentMap open = ExampleMaps.everyKind();

	@AfterEach
	void dispose() {
		MapEditingDomains.dispose(domain);
	}

	private static Node node(ArgumentMap map, String textStart) {
		return map.getNodes().stream().filter(node -> node.getText().startsWith(textStart)).findFirst().orElse(null);
	}

	@Test
	void theOpenMapBecomesTheMergedOneKeepingTheObjectsOfWhatStayedAndUndoGivesItBack() throws Exception {
		MapStore.createResource(domain.getResourceSet(), Path.of("open.argmap")).getContents().add(open);
		ArgumentMap ours = EcoreUtil.copy(open);
		ArgumentMap theirs = EcoreUtil.copy(open);
		ours.getNodes().get(0).setText("Ours: progress has stalled.");
		theirs.getNodes().get(0).setText("Theirs: progress goes on.");
		Node theirRestated = node(theirs, "Scaling has hit");
		theirs.getRelations().removeIf(r -> r.getSources().contains(theirRestated) || r.getTarget() == theirRestated);
		EcoreUtil.delete(theirRestated);
		Claim compute = MapElements.newClaim("Compute keeps getting cheaper.");
		theirs.getNodes().add(compute);
		theirs.getRelations().add(MapElements.newRelation(RelationKind.ATTACK, node(theirs, "Bigger models"), compute));
		theirs.getNodes().get(0).getAnchors().add(MapElements.newAnchor(theirs.getDocuments().get(0), 10, 16, "theirs", "", ""));
		ArgumentMap merged = MapMerge.merge(EcoreUtil.copy(open), ours, theirs).map();
		Node untouched = node(open, "Bigger models");
		Node changed = node(open, "AI progress");
		String before = MapText.of(open);

		Command reload = MapEdits.reload(domain, open, merged);
		domain.getCommandStack().execute(reload);

		assertEquals(MapText.of(merged), MapText.of(open), "the open map holds what the merged file holds");
		assertEquals("Reload Map", reload.getLabel());
		assertSame(untouched, node(open, "Bigger models"), "an element that stayed is the same object");
		assertSame(changed, node(open, "Ours: progress has stalled."), "so is one that changed");
		assertEquals(1, open.getConflicts().size());
		Relation attack = open.getRelations().stream().filter(r -> r.getId().equals(theirs.getRelations()
				.get(theirs.getRelations().size() - 1).getId())).findFirst().orElseThrow();
		assertSame(untouched, attack.getTarget(), "a new relation points at the open map's node");
		assertSame(open.getDocuments().get(0), changed.getAnchors().get(changed.getAnchors().size() - 1).getDocument());
		domain.getCommandStack().undo();
		assertEquals(before, MapText.of(open), "undo gives back the map as it was, to the byte");
		domain.getCommandStack().redo();
		assertEquals(MapText.of(merged), MapText.of(open));
	}

	@Test
	void reloadingAnUnchangedMapIsNoCommand() throws Exception {
		MapStore.createResource(domain.getResourceSet(), Path.of("open.argmap")).getContents().add(open);
		ArgumentMap same = EcoreUtil.copy(open);
		assertNotEquals(same, open);

		assertFalse(MapEdits.reload(domain, open, same).canExecute());
		assertTrue(domain.getCommandStack().getUndoCommand() == null);
	}
}

package org.argmap.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.merge.MapMerge;
import org.argmap.model.merge.MergeResult;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.ExampleMaps;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Merging a change of a node's kind on one side with edits to the same node on the other. */
class KindChangeMergeTest {

	private final AdapterFactoryEditingDomain domain = MapEditingDomains.create();
	private final ArgumentMap base = ExampleMaps.everyKind();
	private final ArgumentMap ours = EcoreUtil.copy(base);
	private final ArgumentMap theirs = EcoreUtil.copy(base);

	@AfterEach
	void dispose() {
		MapEditingDomains.dispose(domain);
	}

	private static Node claim(ArgumentMap map) {
		return map.getNodes().stream().filter(node -> node.getText().startsWith("AI progress")).findFirst()
				.orElseThrow();
	}

	@Test
	void aKindChangedByThemIsTakenWithOurEditsToTheSameNode() {
		MapStore.createResource(domain.getResourceSet(), Path.of("theirs.argmap")).getContents().add(theirs);
		domain.getCommandStack()
				.execute(MapEdits.changeKind(domain, claim(theirs), ArgmapPackage.Literals.REBUTTAL));
		claim(theirs).getTags().add("theirs");
		claim(ours).setNote("our note");
		claim(ours).getTags().add("ours");

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertTrue(merged.clean(), merged.conflicts().toString());
		Node node = claim(merged.map());
		assertTrue(node instanceof Rebuttal, node.eClass().getName());
		assertEquals(claim(base).getId(), node.getId());
		assertEquals("our note", node.getNote());
		assertTrue(node.getTags().containsAll(List.of("ours", "theirs")), node.getTags().toString());
		assertEquals(claim(base).getAnchors().size(), node.getAnchors().size());
		for (Relation relation : merged.map().getRelations()) {
			relation.getSources().forEach(source -> assertSame(merged.map(), source.eContainer()));
			assertSame(merged.map(), relation.getTarget().eContainer(), "relations point at the retyped node");
		}
	}

	@Test
	void aKindChangedByUsKeepsTheirEdits() {
		MapStore.createResource(domain.getResourceSet(), Path.of("ours.argmap")).getContents().add(ours);
		domain.getCommandStack().execute(MapEdits.changeKind(domain, claim(ours), ArgmapPackage.Literals.REBUTTAL));
		claim(theirs).setLabel("their label");

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertTrue(merged.clean(), merged.conflicts().toString());
		assertTrue(claim(merged.map()) instanceof Rebuttal);
		assertEquals("their label", claim(merged.map()).getLabel());
	}
}

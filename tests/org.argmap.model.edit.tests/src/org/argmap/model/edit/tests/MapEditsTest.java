package org.argmap.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.argmap.model.Analogy;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.argmap.tests.support.SyntheticMaps;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edits as a user makes them: what is gone or changed afterwards, what the Undo menu says, and that undo
 * gives back the map file exactly as it was and redo exactly as the edit left it.
 */
class MapEditsTest {

	private final AdapterFactoryEditingDomain domain = MapEditingDomains.create();
	private ArgumentMap map;

	@AfterEach
	void dispose() {
		MapEditingDomains.dispose(domain);
	}

	private ArgumentMap open(ArgumentMap content) {
		map = content;
		MapStore.createResource(domain.getResourceSet(), Path.of("edited.argmap")).getContents().add(map);
		return map;
	}

	private CommandStack stack() {
		return domain.getCommandStack();
	}

	/** Executes, undoes and redoes {@code command}, checking the map file after each; answers the edited text. */
	private String executeUndoRedo(Command command) throws IOException {
		assertTrue(command.canExecute(), command.getLabel());
		String before = MapText.of(map);
		stack().execute(command);
		String after = MapText.of(map);
		assertNotEquals(before, after, "the edit changed nothing");
		stack().undo();
		assertEquals(before, MapText.of(map), "undo of " + command.getLabel());
		stack().redo();
		assertEquals(after, MapText.of(map), "redo of " + command.getLabel());
		return after;
	}

	private Node node(String label) {
		return map.getNodes().stream().filter(node -> label.equals(node.getLabel())
				|| node.getText().startsWith(label)).findFirst().orElseThrow();
	}

	private Set<String> relationTexts() {
		return map.getRelations().stream().map(relation -> relation.getSources().stream().map(Node::getText)
				.collect(Collectors.joining(" + ")) + " " + relation.getKind().getLiteral() + " " + name(relation.getTarget()))
				.collect(Collectors.toSet());
	}

	private static String name(ArgumentElement element) {
		return element instanceof Node node ? node.getText() : "relation " + element.getId();
	}

	@Test
	void linkingAClaimToItsEquivalentInAnotherMapIsOneUndoableEditSavedWithTheMap() throws IOException {
		open(ExampleMaps.everyKind());
		Node wall = node("AI progress");
		Command link = MapEdits.linkEquivalent(domain, wall, "../2019/essay.argmap#c-7");
		assertEquals("Link Equivalent Claim", link.getLabel());
		String linked = executeUndoRedo(link);
		assertTrue(linked.contains("equivalents=\"../2019/essay.argmap#c-7\"") || linked.contains("<equivalents>../2019/essay.argmap#c-7</equivalents>"),
				linked);
		assertEquals(List.of(wall), List.copyOf(stack().getMostRecentCommand().getAffectedObjects()));

		assertFalse(MapEdits.linkEquivalent(domain, wall, "../2019/essay.argmap#c-7").canExecute(), "linked already");
		for (String noLink : new String[] { "/etc/passwd.argmap#c-1", "essay.argmap", "https://example.org/x.argmap#c-1" }) {
			assertFalse(MapEdits.linkEquivalent(domain, wall, noLink).canExecute(), noLink);
		}
		assertFalse(MapEdits.unlinkEquivalent(domain, wall, "other.argmap#c-1").canExecute(), "not linked");
		Command unlink = MapEdits.unlinkEquivalent(domain, wall, "../2019/essay.argmap#c-7");
		assertEquals("Unlink Equivalent Claim", unlink.getLabel());
		executeUndoRedo(unlink);
		assertEquals(List.of(), wall.getEquivalents());
	}

	@Test
	void deletingAPremiseTakesItsRelationAndTheUndercutOnThatRelationAlong() throws IOException {
		open(ExampleMaps.everyKind());
		Node labs = node("Bigger models");
		Relation evidence = map.getRelations().get(1);
		Relation undercut = map.getRelations().get(3);
		assertSame(evidence, undercut.getTarget());

		Command delete = MapEdits.delete(domain, List.of(labs));
		assertEquals("Delete", delete.getLabel());
		executeUndoRedo(delete);

		assertFalse(map.getNodes().contains(labs));
		assertFalse(map.getRelations().contains(evidence));
		assertFalse(map.getRelations().contains(undercut));
		assertEquals(4, map.getRelations().size());
		assertEquals(List.of(map), List.copyOf(stack().getMostRecentCommand().getAffectedObjects()));
		stack().undo();
		assertEquals(List.of(labs), List.copyOf(stack().getMostRecentCommand().getAffectedObjects()));
		assertSame(evidence, undercut.getTarget());
		assertEquals(List.of(labs), evidence.getSources());
	}

	@Test
	void deletingARelationTakesOnlyTheUndercutsOnItAlong() throws IOException {
		open(ExampleMaps.everyKind());
		Relation evidence = map.getRelations().get(1);
		executeUndoRedo(MapEdits.delete(domain, List.of(evidence)));
		assertEquals(4, map.getRelations().size());
		assertEquals(7, map.getNodes().size());
	}

	@Test
	void deletingANodeTogetherWithOneOfItsRelationsRemovesEachOnce() throws IOException {
		open(ExampleMaps.everyKind());
		Node reasoning = node("Reasoning models");
		Relation attack = map.getRelations().get(2);
		executeUndoRedo(MapEdits.delete(domain, List.of(attack, reasoning)));
		// the attack, the undercut and the analogy came from or went to the rebuttal
		assertEquals(Set.of(
				"Pre-training returns are plateauing. + Gains per model size are what progress means. support AI progress is hitting a wall.",
				"Bigger models give smaller gains. support Pre-training returns are plateauing.",
				"Scaling has hit diminishing returns. equivalence Pre-training returns are plateauing."), relationTexts());
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 3, 7, 12, 20, 29 })
	void deletingNodesOfALargerMapLeavesNoRelationWithAMissingEnd(int index) throws IOException {
		open(SyntheticMaps.small(index));
		Node doomed = map.getNodes().get(index);
		Node neighbour = map.getNodes().get((index + 11) % map.getNodes().size());
		executeUndoRedo(MapEdits.delete(domain, List.of(doomed, neighbour)));
		assertFalse(map.getNodes().contains(doomed));
		for (Relation relation : map.getRelations()) {
			assertTrue(map.getNodes().containsAll(relation.getSources()), relation.getId());
			ArgumentElement target = relation.getTarget();
			assertTrue(map.getNodes().contains(target) || map.getRelations().contains(target), relation.getId());
		}
	}

	@Test
	void deletingADocumentRemovesTheAnchorsOnItButKeepsTheirNodes() throws IOException {
		open(SyntheticMaps.small(5));
		SourceDocument document = map.getDocuments().get(1);
		long anchorsOnIt = anchors().stream().filter(anchor -> anchor.getDocument() == document).count();
		long others = anchors().size() - anchorsOnIt;
		assertTrue(anchorsOnIt > 0);
		executeUndoRedo(MapEdits.delete(domain, List.of(document)));
		assertEquals(2, map.getDocuments().size());
		assertEquals(others, anchors().size());
		assertTrue(anchors().stream().allMatch(anchor -> map.getDocuments().contains(anchor.getDocument())));
		assertEquals(30, map.getNodes().size());
	}

	@Test
	void deletingADocumentAndAnAnchorOnItRemovesTheAnchorOnce() throws IOException {
		open(ExampleMaps.everyKind());
		SourceDocument document = map.getDocuments().get(0);
		TextAnchor anchor = node("Wall").getAnchors().get(0);
		executeUndoRedo(MapEdits.delete(domain, List.of(anchor, document)));
		assertTrue(anchors().isEmpty());
	}

	@Test
	void deletingAnAnchorOrACorrespondenceRemovesJustThat() throws IOException {
		open(ExampleMaps.everyKind());
		Analogy nephew = (Analogy) node("Models are like");
		executeUndoRedo(MapEdits.delete(domain, List.of(nephew.getCorrespondences().get(0), node("Wall").getAnchors().get(0))));
		assertEquals(1, nephew.getCorrespondences().size());
		assertTrue(node("Wall").getAnchors().isEmpty());
		assertEquals(7, map.getNodes().size());
		assertEquals(6, map.getRelations().size());
	}

	@Test
	void nothingDeletableIsUnexecutable() {
		open(ExampleMaps.everyKind());
		Analogy nephew = (Analogy) node("Models are like");
		assertFalse(MapEdits.delete(domain, List.of()).canExecute());
		assertFalse(MapEdits.delete(domain, List.of(nephew.getCriticalQuestions().get(0), map)).canExecute());
	}

	private List<TextAnchor> anchors() {
		return map.getNodes().stream().flatMap(node -> node.getAnchors().stream()).toList();
	}

	@Test
	void aSupportWithASecondPremiseHasLinkedPremises() throws IOException {
		open(ExampleMaps.everyKind());
		Node wall = node("Wall");
		Node labs = node("Bigger models");
		Node restated = node("Scaling has hit");
		Command relate = MapEdits.relate(domain, map, RelationKind.SUPPORT, wall, List.of(labs));
		assertEquals("Add Support", relate.getLabel());
		executeUndoRedo(relate);
		Relation support = (Relation) stack().getMostRecentCommand().getAffectedObjects().iterator().next();
		assertSame(map.getRelations().get(6), support);

		Command link = MapEdits.addLinkedPremise(domain, support, restated);
		assertEquals("Add Linked Premise", link.getLabel());
		executeUndoRedo(link);
		assertEquals(List.of(labs, restated), support.getSources());
		assertEquals(List.of(support), List.copyOf(stack().getMostRecentCommand().getAffectedObjects()));

		assertFalse(MapEdits.addLinkedPremise(domain, support, labs).canExecute(), "already a premise");
		assertFalse(MapEdits.addLinkedPremise(domain, support, wall).canExecute(), "the conclusion");
		Relation attack = map.getRelations().get(2);
		assertFalse(MapEdits.addLinkedPremise(domain, attack, labs).canExecute(), "not a support");
	}

	@Test
	void relationsThatMakeNoSenseCannotBeMade() {
		open(ExampleMaps.everyKind());
		Node wall = node("Wall");
		Node labs = node("Bigger models");
		Node reasoning = node("Reasoning models");
		Node nephew = node("Models are like");
		Relation evidence = map.getRelations().get(1);
		assertFalse(MapEdits.relate(domain, map, RelationKind.SUPPORT, wall, List.of()).canExecute());
		assertFalse(MapEdits.relate(domain, map, RelationKind.SUPPORT, wall, List.of(labs, wall)).canExecute());
		assertFalse(MapEdits.relate(domain, map, RelationKind.UNDERCUT, wall, List.of(reasoning)).canExecute());
		assertFalse(MapEdits.relate(domain, map, RelationKind.UNDERCUT, evidence, List.of(labs)).canExecute(),
				"a premise cannot undercut its own inference");
		assertFalse(MapEdits.relate(domain, map, RelationKind.ATTACK, evidence, List.of(reasoning)).canExecute());
		assertFalse(MapEdits.relate(domain, map, RelationKind.ANALOGY, wall, List.of(labs)).canExecute());
		assertFalse(MapEdits.relate(domain, map, RelationKind.ANALOGY, wall, List.of(nephew, labs)).canExecute());

		assertTrue(MapEdits.relate(domain, map, RelationKind.UNDERCUT, evidence, List.of(wall)).canExecute());
		assertTrue(MapEdits.relate(domain, map, RelationKind.ANALOGY, wall, List.of(nephew)).canExecute());
		assertTrue(MapEdits.relate(domain, map, RelationKind.SUPPORT, wall, List.of(labs, reasoning)).canExecute());
	}

	@Test
	void aClaimTurnedRebuttalKeepsEverythingAndEveryRelation(@TempDir Path folder) throws Exception {
		open(ExampleMaps.everyKind());
		Claim plateau = (Claim) node("Pre-training returns");
		plateau.setPosition(MapElements.newPosition(3, 4));
		plateau.setNote("a note");
		plateau.getTags().add("scaling");
		Relation linked = map.getRelations().get(0);
		Relation evidence = map.getRelations().get(1);
		Relation undercut = map.getRelations().get(3);
		Relation equivalence = map.getRelations().get(5);
		int index = map.getNodes().indexOf(plateau);

		Command change = MapEdits.changeKind(domain, plateau, ArgmapPackage.Literals.REBUTTAL);
		assertEquals("Change Kind to Rebuttal", change.getLabel());
		String changed = executeUndoRedo(change);

		Node rebuttal = map.getNodes().get(index);
		assertInstanceOf(Rebuttal.class, rebuttal);
		assertEquals(List.of(rebuttal), List.copyOf(stack().getMostRecentCommand().getAffectedObjects()));
		assertEquals(plateau.getId(), rebuttal.getId());
		assertEquals(plateau.getText(), rebuttal.getText());
		assertEquals("a note", rebuttal.getNote());
		assertEquals(List.of("scaling"), rebuttal.getTags());
		assertEquals(3, rebuttal.getPosition().getX());
		assertEquals(1, rebuttal.getAnchors().size());
		assertEquals("Pre-training returns are plateauing.", rebuttal.getAnchors().get(0).getExact());
		assertSame(map.getDocuments().get(0), rebuttal.getAnchors().get(0).getDocument());
		assertSame(rebuttal, linked.getSources().get(0), "as a premise, in its place among linked premises");
		assertSame(rebuttal, evidence.getTarget(), "as a conclusion");
		assertSame(evidence, undercut.getTarget(), "the undercut still attacks the inference to it");
		assertSame(rebuttal, equivalence.getTarget());
		assertEquals(changed, MapText.of(map));

		Path file = folder.resolve("changed.argmap");
		MapStore.save(map.eResource(), file);
		ArgumentMap reloaded = MapStore.load(file);
		assertInstanceOf(Rebuttal.class, reloaded.getNodes().get(index));
		assertSame(reloaded.getNodes().get(index), reloaded.getRelations().get(1).getTarget());
		assertTrue(Files.readString(file).contains(plateau.getId()));

		stack().undo();
		assertSame(plateau, map.getNodes().get(index));
		assertSame(plateau, evidence.getTarget());
		Command back = MapEdits.changeKind(domain, rebuttal, ArgmapPackage.Literals.CLAIM);
		assertFalse(back.canExecute(), "the rebuttal is no longer in the map");
	}

	@Test
	void aRebuttalTurnedClaimAndBackIsTheSameMap() throws IOException {
		open(ExampleMaps.everyKind());
		String original = MapText.of(map);
		Node reasoning = node("Reasoning models");
		executeUndoRedo(MapEdits.changeKind(domain, reasoning, ArgmapPackage.Literals.CLAIM));
		Node claim = (Node) stack().getMostRecentCommand().getAffectedObjects().iterator().next();
		assertEquals(Claim.class, claim.eClass().getInstanceClass());
		stack().execute(MapEdits.changeKind(domain, claim, ArgmapPackage.Literals.REBUTTAL));
		assertEquals(original, MapText.of(map));
	}

	@Test
	void onlyClaimsAndRebuttalsChangeKind() {
		open(ExampleMaps.everyKind());
		Node wall = node("Wall");
		Node nephew = node("Models are like");
		assertFalse(MapEdits.changeKind(domain, wall, ArgmapPackage.Literals.CLAIM).canExecute());
		assertFalse(MapEdits.changeKind(domain, wall, ArgmapPackage.Literals.ANALOGY).canExecute());
		assertFalse(MapEdits.changeKind(domain, nephew, ArgmapPackage.Literals.CLAIM).canExecute());
	}

	@Test
	void acceptingAndReanchoringAnchorsAreUndoable() throws IOException {
		open(ExampleMaps.everyKind());
		TextAnchor anchor = node("Wall").getAnchors().get(0);
		assertFalse(MapEdits.acceptAnchor(domain, anchor).canExecute(), "an anchored anchor has nothing to accept");
		anchor.setStatus(AnchorStatus.RELOCATED);
		Command accept = MapEdits.acceptAnchor(domain, anchor);
		assertEquals("Accept Anchor", accept.getLabel());
		executeUndoRedo(accept);
		assertEquals(AnchorStatus.ANCHORED, anchor.getStatus());

		anchor.setStatus(AnchorStatus.ORPHANED);
		String passage = "Labs report";
		int start = ExampleMaps.TEXT.indexOf(passage);
		executeUndoRedo(MapEdits.reanchor(domain, anchor, map.getDocuments().get(0), start, start + passage.length(),
				passage, "plateauing. ", " that bigger"));
		assertEquals(AnchorStatus.ANCHORED, anchor.getStatus());
		assertEquals(start, anchor.getStart());
		assertEquals(passage, anchor.getExact());
		assertEquals(" that bigger", anchor.getSuffix());
	}

	@Test
	void aRelocationCarriesItsConfidenceUntilTheAnchorIsAcceptedOrOrphanedAndUndoGivesItBack() throws IOException {
		open(ExampleMaps.everyKind());
		TextAnchor anchor = node("Wall").getAnchors().get(0);
		assertFalse(anchor.isSetConfidence(), "an anchor the user made has nothing to doubt");
		int start = anchor.getStart() + 1;
		int end = anchor.getEnd() + 1;
		Command relocate = MapEdits.relocate(domain, anchor, start, end, anchor.getExact(), anchor.getPrefix(),
				anchor.getSuffix(), 0.62);

		executeUndoRedo(relocate);
		assertEquals(AnchorStatus.RELOCATED, anchor.getStatus());
		assertEquals(0.62, anchor.getConfidence());
		stack().undo();
		assertEquals(AnchorStatus.ANCHORED, anchor.getStatus());
		assertFalse(anchor.isSetConfidence(), "undo takes the confidence back with the relocation");
		stack().redo();

		executeUndoRedo(MapEdits.acceptAnchor(domain, anchor));
		assertEquals(AnchorStatus.ANCHORED, anchor.getStatus());
		assertFalse(anchor.isSetConfidence(), "an accepted place has nothing left to doubt");
		stack().undo();
		assertEquals(0.62, anchor.getConfidence());

		executeUndoRedo(MapEdits.markAnchor(domain, anchor, AnchorStatus.ORPHANED));
		assertFalse(anchor.isSetConfidence(), "an orphaned anchor has no place to be sure of");
		stack().undo();
		assertEquals(AnchorStatus.RELOCATED, anchor.getStatus());
		assertEquals(0.62, anchor.getConfidence());

		assertFalse(MapEdits.markAnchor(domain, anchor, AnchorStatus.RELOCATED).canExecute(),
				"a relocation comes with its confidence, through relocate");
		for (double impossible : new double[] { -0.1, 1.5, Double.NaN }) {
			assertFalse(MapEdits.relocate(domain, anchor, start, end, anchor.getExact(), anchor.getPrefix(),
					anchor.getSuffix(), impossible).canExecute(), "confidence " + impossible);
		}
	}

	@Test
	void movingPinsANodeAndUnpinningReleasesIt() throws IOException {
		open(ExampleMaps.everyKind());
		Node labs = node("Bigger models");
		assertFalse(MapEdits.unpin(domain, labs).canExecute(), "not pinned");
		executeUndoRedo(MapEdits.move(domain, labs, 10.5, -3));
		assertEquals(10.5, labs.getPosition().getX());
		assertEquals(-3, labs.getPosition().getY());
		Command unpin = MapEdits.unpin(domain, labs);
		assertEquals("Unpin", unpin.getLabel());
		executeUndoRedo(unpin);
		assertNull(labs.getPosition());
	}

	@Test
	void creatingNodesAndEditingTheirTextAreUndoable() throws IOException {
		open(ExampleMaps.everyKind());
		Claim claim = MapElements.newClaim("Compute keeps getting cheaper.");
		SourceDocument document = map.getDocuments().get(0);
		claim.getAnchors().add(MapElements.newAnchor(document, 0, 2, "Is", "", " AI"));
		Command create = MapEdits.createNode(domain, map, claim);
		assertEquals("Create Claim", create.getLabel());
		executeUndoRedo(create);
		assertEquals(List.of(claim), List.copyOf(stack().getMostRecentCommand().getAffectedObjects()));
		assertEquals("Create Analogy", MapEdits.createNode(domain, map, MapElements.newAnalogy("a", "s", "t")).getLabel());

		executeUndoRedo(MapEdits.setText(domain, claim, "Compute is cheaper every year."));
		assertEquals("Compute is cheaper every year.", claim.getText());
		executeUndoRedo(MapEdits.addAnchor(domain, claim, MapElements.newAnchor(document, 3, 5, "AI", "Is ", " progress")));
		assertEquals(2, claim.getAnchors().size());
		SourceDocument second = MapElements.newDocument("Second", "second.txt");
		Command add = MapEdits.addDocuments(domain, map, List.of(second));
		assertEquals("Add Document", add.getLabel());
		executeUndoRedo(add);
		assertEquals(List.of(document, second), map.getDocuments());
	}
}

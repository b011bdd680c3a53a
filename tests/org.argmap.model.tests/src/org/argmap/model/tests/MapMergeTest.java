package org.argmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.argmap.model.Analogy;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Conflict;
import org.argmap.model.Correspondence;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.CriticalQuestionKind;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.merge.MapDifference;
import org.argmap.model.merge.MapDifference.Change;
import org.argmap.model.merge.MapDifference.Kind;
import org.argmap.model.merge.MapMerge;
import org.argmap.model.merge.MergeResult;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.argmap.tests.support.ExampleMaps;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Three-way merge and diff of two people's versions of one map. */
class MapMergeTest {

	private final ArgumentMap base = ExampleMaps.everyKind();
	private final ArgumentMap ours = EcoreUtil.copy(base);
	private final ArgumentMap theirs = EcoreUtil.copy(base);

	private static Node node(ArgumentMap map, String textStart) {
		return map.getNodes().stream().filter(node -> node.getText().startsWith(textStart)).findFirst().orElse(null);
	}

	@Test
	void twoAnnotatorsAnchoringOneClaimMergeCleanlyWithAllAnchors() {
		Node ourClaim = node(ours, "AI progress");
		Node theirClaim = node(theirs, "AI progress");
		ourClaim.getAnchors().add(MapElements.newAnchor(ours.getDocuments().get(0), 0, 5, "ours", "", ""));
		theirClaim.getAnchors().add(MapElements.newAnchor(theirs.getDocuments().get(0), 10, 16, "theirs", "", ""));
		theirClaim.getAnchors().get(0).setConfidence(0.5);

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertTrue(merged.clean(), merged.conflicts().toString());
		Node claim = node(merged.map(), "AI progress");
		assertEquals(node(base, "AI progress").getAnchors().size() + 2, claim.getAnchors().size());
		assertEquals(0.5, claim.getAnchors().get(0).getConfidence(), "their change to a shared anchor is taken");
		assertTrue(claim.getAnchors().stream().anyMatch(a -> "ours".equals(a.getExact())));
		assertTrue(claim.getAnchors().stream().anyMatch(a -> "theirs".equals(a.getExact())
				&& a.getDocument() == merged.map().getDocuments().get(0)), "their anchor points into the merged map");
	}

	@Test
	void bothChangingOneAnchorDifferentlyIsAConflict() {
		node(ours, "AI progress").getAnchors().get(0).setConfidence(0.2);
		node(theirs, "AI progress").getAnchors().get(0).setConfidence(0.9);
		node(theirs, "AI progress").getAnchors().add(MapElements.newAnchor(theirs.getDocuments().get(0), 10, 16, "theirs", "", ""));

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertEquals(1, merged.conflicts().size(), merged.conflicts().toString());
		assertEquals("anchors", merged.conflicts().get(0).getFeature());
		Node claim = node(merged.map(), "AI progress");
		assertEquals(0.2, claim.getAnchors().get(0).getConfidence());
		assertEquals(2, claim.getAnchors().size());
	}

	private static Analogy analogy(ArgumentMap map) {
		return (Analogy) node(map, "Models are like");
	}

	@Test
	void oneSideAnsweringAQuestionAndTheOtherConcedingItMergeIntoOneQuestion() {
		analogy(ours).getCriticalQuestions().get(1).setAnswer("Only for the base premise.");
		analogy(theirs).getCriticalQuestions().get(1).setStatus(QuestionStatus.CONCEDED);

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertTrue(merged.clean(), merged.conflicts().toString());
		List<CriticalQuestion> questions = analogy(merged.map()).getCriticalQuestions();
		assertEquals(3, questions.size(), "one question per kind, not a copy from each side");
		assertEquals(CriticalQuestionKind.BASE_PREMISE_TRUE, questions.get(1).getKind());
		assertEquals("Only for the base premise.", questions.get(1).getAnswer());
		assertEquals(QuestionStatus.CONCEDED, questions.get(1).getStatus());
	}

	@Test
	void bothAnsweringOneQuestionDifferentlyIsAConflictThatKeepsBothAnswers() {
		analogy(ours).getCriticalQuestions().get(2).setAnswer("Ours: no counter case.");
		analogy(theirs).getCriticalQuestions().get(2).setAnswer("Theirs: adults stop growing.");
		analogy(theirs).getCriticalQuestions().get(0).setStatus(QuestionStatus.CONCEDED);

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertEquals(1, merged.conflicts().size(), merged.conflicts().toString());
		Conflict conflict = merged.conflicts().get(0);
		assertEquals("criticalQuestions", conflict.getFeature());
		assertTrue(conflict.getOurs().contains("Ours: no counter case."), conflict.getOurs());
		assertTrue(conflict.getTheirs().contains("Theirs: adults stop growing."), conflict.getTheirs());
		List<CriticalQuestion> questions = analogy(merged.map()).getCriticalQuestions();
		assertEquals(3, questions.size());
		assertEquals("Ours: no counter case.", questions.get(2).getAnswer());
		assertEquals(QuestionStatus.CONCEDED, questions.get(0).getStatus(), "their change to another question is taken");
	}

	@Test
	void bothSidesEditingDifferentAspectsOfOneCorrespondenceMergeIntoOne() {
		analogy(ours).getCorrespondences().get(0).setTargetAspect("parameter count");
		analogy(theirs).getCorrespondences().get(0).setSourceAspect("growing up");
		analogy(theirs).getCorrespondences().add(MapElements.newCorrespondence("forgetting", "catastrophic forgetting"));

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertTrue(merged.clean(), merged.conflicts().toString());
		List<Correspondence> correspondences = analogy(merged.map()).getCorrespondences();
		assertEquals(List.of("growing up -> parameter count", "starting to talk -> reasoning",
				"forgetting -> catastrophic forgetting"),
				correspondences.stream().map(c -> c.getSourceAspect() + " -> " + c.getTargetAspect()).toList());
	}

	@Test
	void bothSidesChangingOneAspectDifferentlyIsAConflict() {
		analogy(ours).getCorrespondences().get(1).setTargetAspect("chain of thought");
		analogy(theirs).getCorrespondences().get(1).setTargetAspect("tool use");

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertEquals(1, merged.conflicts().size(), merged.conflicts().toString());
		assertEquals("correspondences", merged.conflicts().get(0).getFeature());
		assertTrue(merged.conflicts().get(0).getTheirs().contains("tool use"), merged.conflicts().get(0).getTheirs());
		assertEquals(List.of("pre-training scale", "chain of thought"),
				analogy(merged.map()).getCorrespondences().stream().map(Correspondence::getTargetAspect).toList());
	}

	@Test
	void editsToDifferentNodesAndAnAddedClaimMergeCleanly() {
		node(ours, "AI progress").setText("AI progress has hit a wall.");
		node(theirs, "Bigger models").setLabel("Smaller gains");
		Claim added = MapElements.newClaim("Compute keeps getting cheaper.");
		theirs.getNodes().add(added);
		theirs.getRelations().add(MapElements.newRelation(RelationKind.ATTACK, node(theirs, "AI progress"), added));

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertTrue(merged.clean(), merged.conflicts().toString());
		assertNotNull(node(merged.map(), "AI progress has hit a wall."));
		assertEquals("Smaller gains", node(merged.map(), "Bigger models").getLabel());
		Node compute = node(merged.map(), "Compute keeps");
		Relation attack = merged.map().getRelations().stream().filter(r -> r.getSources().contains(compute))
				.findFirst().orElseThrow();
		assertEquals(node(merged.map(), "AI progress has hit"), attack.getTarget(), "linked to the merged node");
		assertEquals(base.getNodes().size() + 1, merged.map().getNodes().size());
		assertTrue(MapDifference.between(ours, merged.map()).stream().anyMatch(c -> c.id().equals(added.getId())));
	}

	@Test
	void differentFeaturesOfOneNodeMergeCleanly() {
		node(ours, "AI progress").setText("AI progress has hit a wall.");
		node(theirs, "AI progress").setLabel("The wall");
		node(theirs, "AI progress").getTags().add("contested");
		node(ours, "AI progress").getTags().add("central");

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertTrue(merged.clean(), merged.conflicts().toString());
		Node wall = node(merged.map(), "AI progress has hit a wall.");
		assertEquals("The wall", wall.getLabel());
		assertEquals(List.of("thesis", "scaling, pre-training", "central", "contested"), wall.getTags());
	}

	@Test
	void linksToEquivalentClaimsAddedOnBothSidesAreAllKeptAndShownAsADifference() {
		node(ours, "AI progress").getEquivalents().add("essays/a.argmap#c-1");
		node(theirs, "AI progress").getEquivalents().add("essays/b.argmap#c-2");

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertTrue(merged.clean(), merged.conflicts().toString());
		assertEquals(List.of("essays/a.argmap#c-1", "essays/b.argmap#c-2"),
				node(merged.map(), "AI progress").getEquivalents());
		assertTrue(MapDifference.between(base, ours).stream().anyMatch(change -> change.toString().contains("equivalents")),
				MapDifference.between(base, ours).toString());
	}

	@Test
	void bothChangingOneTextIsAConflictThatKeepsBothAndThatValidateReports() {
		node(ours, "AI progress").setText("Ours: progress has stalled.");
		node(theirs, "AI progress").setText("Theirs: progress goes on.");

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertEquals(1, merged.conflicts().size());
		Conflict conflict = merged.map().getConflicts().get(0);
		assertEquals("text", conflict.getFeature());
		assertEquals("Ours: progress has stalled.", conflict.getOurs());
		assertEquals("Theirs: progress goes on.", conflict.getTheirs());
		assertEquals(node(base, "AI progress").getId(), conflict.getElement());
		assertNotNull(node(merged.map(), "Ours: progress has stalled."));
		Diagnostic findings = MapValidator.validate(merged.map(), DocumentTexts.SNAPSHOTS);
		assertTrue(findings.getChildren().stream().anyMatch(finding -> finding.getCode() == MapValidator.MERGE_CONFLICT
				&& finding.getSeverity() == Diagnostic.ERROR && finding.getMessage().contains("both sides changed its text")),
				findings.getChildren().toString());
	}

	@Test
	void aNewConflictNeverTakesTheIdOfOneTheyBroughtAlong() {
		String id = node(base, "AI progress").getId();
		Conflict older = ArgmapFactory.eINSTANCE.createConflict();
		older.setId("x-" + id + "-text");
		older.setElement(id);
		older.setFeature("label");
		older.setDescription("an earlier disagreement about its label");
		theirs.getConflicts().add(older);
		node(ours, "AI progress").setText("Ours: progress has stalled.");
		node(theirs, "AI progress").setText("Theirs: progress goes on.");

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertEquals(2, merged.map().getConflicts().size(), "theirs and the new one");
		assertEquals(2, merged.map().getConflicts().stream().map(Conflict::getId).distinct().count(),
				merged.map().getConflicts().stream().map(Conflict::getId).toList().toString());
	}

	@Test
	void aConflictTheyAlreadyRecordedIsNotListedTwice() {
		node(ours, "AI progress").setText("Ours: progress has stalled.");
		node(theirs, "AI progress").setText("Theirs: progress goes on.");
		Conflict earlier = MapMerge.merge(base, ours, theirs).conflicts().get(0);
		theirs.getConflicts().add(EcoreUtil.copy(earlier));

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertEquals(1, merged.map().getConflicts().size(), merged.map().getConflicts().toString());
	}

	@Test
	void anElementWithoutIdIsRefusedWithAMessageNamingIt() {
		node(theirs, "AI progress").setId(null);

		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> MapMerge.merge(base, ours, theirs));

		assertTrue(refused.getMessage().contains(MapElements.describe(node(theirs, "AI progress"))), refused.getMessage());
	}

	@Test
	void theDifferenceShowsAChangeOfAnAnchorsContextInFull() {
		node(theirs, "AI progress").getAnchors().get(0).setPrefix("a new prefix");

		Change change = MapDifference.between(base, theirs).get(0);

		assertEquals("anchors", change.features().get(0).feature());
		assertTrue(change.features().get(0).added().get(0).contains("prefix=a new prefix"), change.toString());
		assertEquals(1, change.features().get(0).removed().size(), change.toString());
	}

	@Test
	void deletingANodeTheOtherSideRelatedIsAConflictAndNothingIsLost() {
		Node restatedOurs = node(ours, "Scaling has hit");
		EcoreUtil.delete(ours.getRelations().stream().filter(r -> r.getSources().contains(restatedOurs)).findFirst()
				.orElseThrow());
		EcoreUtil.delete(restatedOurs);
		Relation support = MapElements.newRelation(RelationKind.SUPPORT, node(theirs, "AI progress"),
				node(theirs, "Scaling has hit"));
		theirs.getRelations().add(support);

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		Node restated = node(merged.map(), "Scaling has hit");
		assertNotNull(restated, "the related node is kept");
		Relation kept = merged.map().getRelations().stream().filter(r -> r.getId().equals(support.getId()))
				.findFirst().orElseThrow();
		assertEquals(List.of(restated), kept.getSources(), "the new relation uses the merged node");
		assertEquals(1, merged.conflicts().size(), merged.conflicts().toString());
		assertEquals(restated.getId(), merged.conflicts().get(0).getElement());
		assertTrue(merged.conflicts().get(0).getDescription().contains(support.getId()));
	}

	@Test
	void aNodeWeDeletedAndTheyChangedIsToldAsAReaderKnowsIt() {
		Node deleted = node(ours, "Scaling has hit");
		ours.getRelations().removeIf(r -> r.getSources().contains(deleted));
		EcoreUtil.delete(deleted);
		Node changed = node(theirs, "Scaling has hit");
		changed.setLabel("Scaling stalls");

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		Conflict conflict = merged.conflicts().get(0);
		assertNull(conflict.getOurs());
		assertEquals(MapElements.describe(changed), conflict.getTheirs());
		assertTrue(conflict.getTheirs().startsWith("claim \u201cScaling stalls\u201d"), conflict.getTheirs());
	}

	@Test
	void aDeletionOnOneSideOfWhatTheOtherLeftAloneIsTaken() {
		Node restated = node(theirs, "Scaling has hit");
		theirs.getRelations().removeIf(r -> r.getSources().contains(restated));
		EcoreUtil.delete(restated);
		node(ours, "AI progress").setText("AI progress has hit a wall.");

		MergeResult merged = MapMerge.merge(base, ours, theirs);

		assertTrue(merged.clean(), merged.conflicts().toString());
		assertEquals(null, node(merged.map(), "Scaling has hit"));
		assertEquals(base.getRelations().size() - 1, merged.map().getRelations().size());
	}

	@Test
	void theDifferenceNamesWhatWasAddedRemovedAndChanged() {
		node(theirs, "AI progress").setText("AI progress has hit a wall.");
		Node labs = node(theirs, "Bigger models");
		theirs.getRelations().removeIf(r -> r.getSources().contains(labs) || r.getTarget() == labs);
		EcoreUtil.delete(labs);
		node(theirs, "Pre-training").getAnchors().clear();

		List<Change> changes = MapDifference.between(base, theirs);

		Change text = changes.stream().filter(c -> c.id().equals(node(base, "AI progress").getId())).findFirst()
				.orElseThrow();
		assertEquals(Kind.CHANGED, text.kind());
		assertEquals("text", text.features().get(0).feature());
		assertEquals("AI progress is hitting a wall.", text.features().get(0).before());
		assertEquals("AI progress has hit a wall.", text.features().get(0).after());
		assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.REMOVED && c.id().equals(labs.getId())));
		Change anchors = changes.stream().filter(c -> c.id().equals(node(base, "Pre-training").getId())).findFirst()
				.orElseThrow();
		assertEquals(List.of(), anchors.features().get(0).added());
		assertTrue(anchors.features().get(0).removed().get(0).startsWith("\u201cPre-training returns are plateauing.\u201d"));
		assertEquals(List.of(), MapDifference.between(base, EcoreUtil.copy(base)));
	}
}

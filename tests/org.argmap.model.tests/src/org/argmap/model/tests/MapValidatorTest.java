package org.argmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.argmap.model.Analogy;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.argmap.tests.support.SyntheticMaps;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each rule is caught, with a message that names the element as the user sees it. */
class MapValidatorTest {

	private static final String TEXT = "Deep learning is hitting a wall. Pre-training returns are plateauing.";

	private ArgumentMap map;
	private SourceDocument document;
	private Claim wall;
	private Claim plateau;
	private Rebuttal notAWall;
	private Analogy nephew;

	@BeforeEach
	void buildValidMap() {
		map = MapElements.newMap("Wall debate");
		document = MapElements.newDocument("Obsolete", "obsolete.txt");
		document.setSnapshot(TEXT);
		map.getDocuments().add(document);
		wall = MapElements.newClaim("Deep learning is hitting a wall");
		wall.setLabel("Wall");
		wall.getAnchors().add(anchor(0, 31));
		plateau = MapElements.newClaim("Pre-training returns are plateauing");
		plateau.getAnchors().add(anchor(33, 68));
		notAWall = MapElements.newRebuttal("Progress continues through post-training");
		nephew = MapElements.newAnalogy("The nephew learns to say no", "a toddler nephew", "AI progress");
		map.getNodes().addAll(List.of(wall, plateau, notAWall, nephew));
		Relation support = MapElements.newRelation(RelationKind.SUPPORT, wall, plateau);
		map.getRelations().addAll(List.of(support, MapElements.newRelation(RelationKind.ATTACK, wall, notAWall),
				MapElements.newRelation(RelationKind.UNDERCUT, support, notAWall),
				MapElements.newRelation(RelationKind.ANALOGY, notAWall, nephew),
				MapElements.newRelation(RelationKind.EQUIVALENCE, wall, MapElements.newClaim("unused"))));
		map.getNodes().add(map.getRelations().get(4).getSources().get(0));
	}

	private TextAnchor anchor(int start, int end) {
		return MapElements.newAnchor(document, start, end, TEXT.substring(start, end), "", "");
	}

	private List<Diagnostic> findings() {
		return MapValidator.validate(map, DocumentTexts.SNAPSHOTS).getChildren();
	}

	private Diagnostic onlyFinding(int code) {
		List<Diagnostic> findings = findings();
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(code, findings.get(0).getCode(), findings.get(0).getMessage());
		return findings.get(0);
	}

	@Test
	void aWellFormedMapHasNoFindings() {
		assertEquals(List.of(), findings());
	}

	@Test
	void generatedMapsAreValid() {
		assertEquals(Diagnostic.OK, MapValidator.validate(SyntheticMaps.small(9), DocumentTexts.SNAPSHOTS).getSeverity());
	}

	@Test
	void missingId() {
		plateau.setId(null);
		assertTrue(onlyFinding(MapValidator.MISSING_ID).getMessage()
				.startsWith("claim \u201cPre-training returns are plateauing\u201d has no id"));
	}

	@Test
	void duplicateIds() {
		plateau.setId(wall.getId());
		Diagnostic finding = onlyFinding(MapValidator.DUPLICATE_ID);
		assertTrue(finding.getMessage().contains("claim \u201cWall\u201d"), finding.getMessage());
		assertSame(plateau, finding.getData().get(0));
	}

	@Test
	void anchorOutsideTheDocument() {
		wall.getAnchors().get(0).setEnd(500);
		Diagnostic finding = onlyFinding(MapValidator.ANCHOR_OUT_OF_RANGE);
		assertEquals("Anchor 1 of claim \u201cWall\u201d (" + wall.getId() + ") points at characters 0\u2013500, outside document "
				+ "\u201cObsolete\u201d (" + document.getId() + ") (it has 69 characters)", finding.getMessage());
	}

	@Test
	void aConfidenceOutsideZeroToOneFromAHandEditedFile() {
		wall.getAnchors().get(0).setConfidence(7);
		Diagnostic finding = onlyFinding(MapValidator.CONFIDENCE_OUT_OF_RANGE);
		assertEquals("Anchor 1 of claim \u201cWall\u201d (" + wall.getId()
				+ ") has a confidence of 7.0; a confidence lies between 0 and 1", finding.getMessage());
		wall.getAnchors().get(0).setConfidence(Double.NaN);
		onlyFinding(MapValidator.CONFIDENCE_OUT_OF_RANGE);
		wall.getAnchors().get(0).setConfidence(0.42);
		assertTrue(findings().isEmpty(), "0.42 is a confidence");
	}

	@Test
	void negativeOrReversedOffsets() {
		wall.getAnchors().get(0).setStart(40);
		onlyFinding(MapValidator.ANCHOR_OUT_OF_RANGE);
	}

	@Test
	void quoteNoLongerMatchesTheText() {
		document.setSnapshot(TEXT.replace("hitting", "hiting!"));
		Diagnostic finding = onlyFinding(MapValidator.QUOTE_MISMATCH);
		assertTrue(finding.getMessage().contains("quotes \u201cDeep learning is hitting a wall\u201d but the text there is "
				+ "\u201cDeep learning is hiting! a wall\u201d"), finding.getMessage());
		assertSame(wall.getAnchors().get(0), finding.getData().get(1));
	}

	@Test
	void anchorInADocumentOfAnotherMap() {
		wall.getAnchors().get(0).setDocument(MapElements.newDocument("Elsewhere", "x.txt"));
		Diagnostic finding = findings().stream().filter(d -> d.getCode() == MapValidator.ANCHOR_WITHOUT_DOCUMENT)
				.findFirst().orElseThrow();
		assertEquals(Diagnostic.ERROR, finding.getSeverity());
	}

	@Test
	void orphanedAnchorIsAWarning() {
		wall.getAnchors().get(0).setStatus(AnchorStatus.ORPHANED);
		wall.getAnchors().get(0).setEnd(999);
		Diagnostic finding = onlyFinding(MapValidator.ANCHOR_ORPHANED);
		assertEquals(Diagnostic.WARNING, finding.getSeverity());
	}

	@Test
	void aLinkToAnEquivalentClaimThatIsNoRelativeMapPathIsAWarningNamingIt() {
		wall.getEquivalents().add("2019/dress-codes.argmap#c-9k4");
		assertEquals(List.of(), findings(), "a well-formed link");
		wall.getEquivalents().add("/etc/passwd.argmap#root");
		Diagnostic finding = onlyFinding(MapValidator.MALFORMED_CLAIM_LINK);
		assertEquals(Diagnostic.WARNING, finding.getSeverity());
		assertTrue(finding.getMessage().contains("'/etc/passwd.argmap#root'"), finding.getMessage());
	}

	@Test
	void anchorsAreNotCheckedWhenTheTextIsUnavailable() {
		document.setSnapshot(null);
		wall.getAnchors().get(0).setExact("something else");
		assertEquals(List.of(), findings());
	}

	@Test
	void analogyNeedsBothCases() {
		nephew.setTargetCase(" ");
		assertTrue(onlyFinding(MapValidator.ANALOGY_CASES).getMessage()
				.endsWith("needs both a source case and a target case"));
	}

	@Test
	void relationWithoutTarget() {
		map.getRelations().get(1).setTarget(null);
		onlyFinding(MapValidator.RELATION_ENDPOINTS);
	}

	@Test
	void relationToAnElementOutsideTheMap() {
		map.getRelations().get(1).setTarget(MapElements.newClaim("stray"));
		assertTrue(findings().stream().anyMatch(d -> d.getCode() == MapValidator.RELATION_ENDPOINTS
				&& d.getMessage().contains("not in this map")), findings().toString());
	}

	@Test
	void undercutMustTargetARelation() {
		map.getRelations().get(2).setTarget(wall);
		assertTrue(onlyFinding(MapValidator.RELATION_ENDPOINTS).getMessage().endsWith("must point at a relation (an undercut attacks an inference)"));
	}

	@Test
	void attackMustTargetANode() {
		map.getRelations().get(1).setTarget(map.getRelations().get(0));
		assertTrue(onlyFinding(MapValidator.RELATION_ENDPOINTS).getMessage().endsWith("must point at a claim, rebuttal or analogy"));
	}

	@Test
	void onlySupportLinksSeveralPremises() {
		map.getRelations().get(1).getSources().add(plateau);
		assertTrue(onlyFinding(MapValidator.RELATION_ENDPOINTS).getMessage().contains("has 2 sources"));
	}

	@Test
	void linkedPremisesAreFine() {
		map.getRelations().get(0).getSources().add(notAWall);
		assertEquals(List.of(), findings());
	}

	@Test
	void analogyRelationMustComeFromAnAnalogy() {
		map.getRelations().get(3).getSources().set(0, plateau);
		assertTrue(onlyFinding(MapValidator.RELATION_ENDPOINTS).getMessage().endsWith("must come from an analogy"));
	}

	@Test
	void nodeSupportingItself() {
		map.getRelations().get(0).getSources().add(wall);
		Diagnostic finding = onlyFinding(MapValidator.SELF_SUPPORT);
		assertTrue(finding.getMessage().startsWith("claim \u201cWall\u201d (" + wall.getId() + ") supports itself"),
				finding.getMessage());
	}

	@Test
	void emptyTextIsAWarning() {
		notAWall.setText("");
		assertEquals(Diagnostic.WARNING, onlyFinding(MapValidator.EMPTY_TEXT).getSeverity());
	}
}

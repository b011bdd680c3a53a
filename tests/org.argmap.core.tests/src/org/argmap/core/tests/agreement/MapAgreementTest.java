package org.argmap.core.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.argmap.core.agreement.AgreementReport;
import org.argmap.core.agreement.AgreementReport.PairAgreement;
import org.argmap.core.agreement.Annotator;
import org.argmap.core.agreement.MapAgreement;
import org.argmap.core.agreement.NodeKind;
import org.argmap.model.Analogy;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.tests.support.AnnotatedMaps;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** Agreement figures on small maps whose coefficients are worked out by hand. */
class MapAgreementTest {

	private static final double EXACT = 1e-9;
	/** Twenty characters: the continuum of the hand-computed unitizing examples. */
	private static final String TWENTY = "abcdefghijklmnopqrst"; //$NON-NLS-1$
	private static final String SIXTY = "Premise one here. Premise two there. Conclusion at last!!!!."; //$NON-NLS-1$

	private static AgreementReport agreement(AnnotatedMaps... maps) {
		List<Annotator> annotators = new ArrayList<>();
		for (int i = 0; i < maps.length; i++) {
			annotators.add(new Annotator("annotator " + (i + 1), maps[i].map())); //$NON-NLS-1$
		}
		return MapAgreement.of(annotators, DocumentTexts.SNAPSHOTS);
	}

	/** The same argument, built again by a second annotator: a linked support, an attack and an undercut. */
	private static AnnotatedMaps argument(String name) {
		AnnotatedMaps maps = AnnotatedMaps.on(name, SIXTY);
		Claim first = maps.claim(0, 17);
		Claim second = maps.claim(18, 36);
		Claim conclusion = maps.claim(37, 52);
		Relation support = maps.relate(RelationKind.SUPPORT, conclusion, first, second);
		Claim objection = maps.rebuttal(52, 60);
		maps.relate(RelationKind.UNDERCUT, support, objection);
		return maps;
	}

	@Test
	void identicalMapsAgreeCompletely() {
		AgreementReport report = agreement(argument("a"), argument("b")); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(1.0, report.alphaU(), EXACT);
		assertEquals(1.0, report.documents().get(0).alphaU(), EXACT);
		assertEquals(1.0, report.alphaUByKind().get(NodeKind.CLAIM), EXACT);
		assertEquals(1.0, report.alphaUByKind().get(NodeKind.REBUTTAL), EXACT);
		assertEquals(4, report.kinds().completeItems());
		assertEquals(1.0, report.kinds().alpha(), EXACT);
		assertEquals(1.0, report.kinds().kappa(), EXACT);
		PairAgreement pair = report.pairs().get(0);
		assertEquals(4, pair.matchedNodes());
		assertEquals(1.0, pair.relations().f1(), EXACT);
		assertEquals(1.0, pair.undercuts().f1(), EXACT);
		assertEquals(1.0, pair.linkedObserved(), EXACT);
		assertTrue(report.disagreements().isEmpty());
	}

	/**
	 * One passage, [5,10) for the first annotator and [7,12) for the second, in a text of L = 20 characters.
	 * Krippendorff (1995) for one category and m = 2 annotators:
	 * <ul>
	 * <li>Observed: the only overlapping pair of units differs by 2 at the start and 2 at the end, so the sum of
	 * squared differences is 2^2 + 2^2 = 8, counted for both orders of the annotators: D_o = 2 * 8 / (m (m-1) L^2)
	 * = 16 / 800 = 0.02.</li>
	 * <li>Expected: units of length 5 (N = 2), gaps 5 and 10 (first), 7 and 8 (second). Per unit,
	 * (N-1)(2*5^3 - 3*5^2 + 5)/3 = 60, and 5^2 * sum over gaps of at least 5 of (gap - 5 + 1) = 25 * (6 + 4 + 3 + 1)
	 * = 350; two units: 820. D_e = (2/L) * 820 / (mL(mL-1) - sum l(l-1)) = 82 / (1560 - 40) = 82/1520.</li>
	 * </ul>
	 * alpha_u = 1 - D_o / D_e = 1 - 0.02 * 1520 / 82 = 51.6 / 82.
	 */
	@Test
	void shiftedPassageGivesTheAlphaWorkedOutByHand() {
		AnnotatedMaps first = AnnotatedMaps.on("a", TWENTY); //$NON-NLS-1$
		first.claim(5, 10);
		AnnotatedMaps second = AnnotatedMaps.on("b", TWENTY); //$NON-NLS-1$
		second.claim(7, 12);

		AgreementReport report = agreement(first, second);

		assertEquals(51.6 / 82, report.alphaU(), EXACT);
		assertEquals(51.6 / 82, report.documents().get(0).alphaU(), EXACT);
		// 3 of 5 characters shared: at least half of the longer passage, so the two are one passage
		assertEquals(1, report.kinds().completeItems());
		assertEquals(1, report.pairs().get(0).matchedNodes());
	}

	@Test
	void disjointMapsAgreeNoBetterThanChance() {
		AnnotatedMaps first = AnnotatedMaps.on("a", TWENTY); //$NON-NLS-1$
		Claim a = first.claim(0, 5);
		first.relate(RelationKind.SUPPORT, first.claim(10, 15), a);
		AnnotatedMaps second = AnnotatedMaps.on("b", TWENTY); //$NON-NLS-1$
		Claim b = second.claim(5, 10);
		second.relate(RelationKind.SUPPORT, second.claim(15, 20), b);

		AgreementReport report = agreement(first, second);

		assertTrue(report.alphaU() <= 0, () -> "alpha_u " + report.alphaU()); //$NON-NLS-1$
		assertEquals(0, report.kinds().items());
		assertEquals(0.0, report.pairs().get(0).relations().f1(), EXACT);
		assertEquals(4, report.disagreements().size());
		int none = AgreementReport.confusionIndex(null);
		assertEquals(2, report.confusion()[AgreementReport.confusionIndex(NodeKind.CLAIM)][none]);
		assertEquals(2, report.confusion()[none][AgreementReport.confusionIndex(NodeKind.CLAIM)]);
	}

	/**
	 * Three annotators, three passages: all call the first a claim, the third a rebuttal; on the second two say
	 * rebuttal and one claim. Fleiss: P_i = 1, 1/3, 1, mean 7/9; p(claim) = 4/9, p(rebuttal) = 5/9, P_e = 41/81;
	 * kappa = (7/9 - 41/81) / (1 - 41/81) = 22/40. Krippendorff (nominal): coincidences claim-claim 3,
	 * rebuttal-rebuttal 4, claim-rebuttal 1 each way, n = 9; D_o = 2/9, D_e = 2 * 4 * 5 / (9 * 8) = 5/9; alpha = 1 -
	 * 2/5.
	 */
	@Test
	void threeAnnotatorsAreComparedWithFleissKappa() {
		AnnotatedMaps first = AnnotatedMaps.on("a", SIXTY); //$NON-NLS-1$
		first.claim(0, 17);
		first.rebuttal(18, 36);
		first.rebuttal(37, 52);
		AnnotatedMaps second = AnnotatedMaps.on("b", SIXTY); //$NON-NLS-1$
		second.claim(0, 17);
		second.rebuttal(18, 36);
		second.rebuttal(37, 52);
		AnnotatedMaps third = AnnotatedMaps.on("c", SIXTY); //$NON-NLS-1$
		third.claim(0, 17);
		third.claim(18, 36);
		third.rebuttal(37, 52);

		AgreementReport report = agreement(first, second, third);

		assertEquals("Fleiss' kappa", report.kinds().kappaName()); //$NON-NLS-1$
		assertEquals(22.0 / 40, report.kinds().kappa(), EXACT);
		assertEquals(0.6, report.kinds().alpha(), EXACT);
		assertEquals(3, report.pairs().size());
		int claim = AgreementReport.confusionIndex(NodeKind.CLAIM);
		int rebuttal = AgreementReport.confusionIndex(NodeKind.REBUTTAL);
		assertEquals(3, report.confusion()[claim][claim]);
		assertEquals(4, report.confusion()[rebuttal][rebuttal]);
		assertEquals(2, report.confusion()[rebuttal][claim]);
		assertEquals(1, report.disagreements().size());
		assertEquals(18, report.disagreements().get(0).start());
	}

	@Test
	void relationsCompareLinesLinkedPremisesAndUndercuts() {
		AnnotatedMaps first = argument("a"); //$NON-NLS-1$
		AnnotatedMaps second = AnnotatedMaps.on("b", SIXTY); //$NON-NLS-1$
		Claim one = second.claim(0, 17);
		Claim two = second.claim(18, 36);
		Claim conclusion = second.claim(37, 52);
		// the same two premises, but as separate supports, and no undercut: the objection attacks the conclusion
		second.relate(RelationKind.SUPPORT, conclusion, one);
		second.relate(RelationKind.SUPPORT, conclusion, two);
		second.relate(RelationKind.ATTACK, conclusion, second.rebuttal(52, 60));

		PairAgreement pair = agreement(first, second).pairs().get(0);

		assertEquals(4, pair.matchedNodes());
		// lines: first has one->c, two->c, objection->(one+two=>c); second has one->c, two->c, objection->c
		assertEquals(2.0 / 3, pair.relations().precision(), EXACT);
		assertEquals(2.0 / 3, pair.relations().recall(), EXACT);
		assertEquals(2, pair.linkedItems());
		assertEquals(0.0, pair.linkedObserved(), EXACT);
		assertEquals(0.0, pair.undercuts().recall(), EXACT);
		assertEquals(1.0, pair.relationKindObserved(), EXACT);
	}

	@Test
	void analogiesCompareCasesAndCorrespondences() {
		AnnotatedMaps first = AnnotatedMaps.on("a", SIXTY); //$NON-NLS-1$
		first.analogy(0, 36, "Nephew", "AI").getCorrespondences() //$NON-NLS-1$ //$NON-NLS-2$
				.add(MapElements.newCorrespondence("growth", "scaling")); //$NON-NLS-1$ //$NON-NLS-2$
		AnnotatedMaps second = AnnotatedMaps.on("b", SIXTY); //$NON-NLS-1$
		Analogy theirs = second.analogy(0, 36, " nephew ", "ai"); //$NON-NLS-1$ //$NON-NLS-2$
		theirs.getCorrespondences().add(MapElements.newCorrespondence("Growth", "scaling")); //$NON-NLS-1$ //$NON-NLS-2$
		theirs.getCorrespondences().add(MapElements.newCorrespondence("height", "benchmarks")); //$NON-NLS-1$ //$NON-NLS-2$

		PairAgreement pair = agreement(first, second).pairs().get(0);

		assertEquals(1, pair.analogies());
		assertEquals(1, pair.casesAgreed());
		assertEquals(1.0, pair.correspondences().recall(), EXACT);
		assertEquals(0.5, pair.correspondences().precision(), EXACT);
	}

	/**
	 * Argmap gathers the expected disagreement of alpha_u faster than DKPro does; on three annotators' passages in
	 * three documents (each annotator's passages apart, so each is one unit) every alpha_u is DKPro's own, to the
	 * last bit.
	 */
	@Test
	void unitizingAlphaIsDkprosOwnOnManyPassages() {
		Random random = new Random(3);
		int length = 3000;
		int documents = 3;
		UnitizingAnnotationStudy whole = new UnitizingAnnotationStudy(3, 0, documents * length);
		UnitizingAnnotationStudy firstDocument = new UnitizingAnnotationStudy(3, 0, length);
		List<AnnotatedMaps> maps = new ArrayList<>();
		for (int a = 0; a < 3; a++) {
			AnnotatedMaps annotator = null;
			for (int d = 0; d < documents; d++) {
				String text = "x".repeat(length - 1) + d; //$NON-NLS-1$
				annotator = annotator == null ? AnnotatedMaps.on("text 0", text) //$NON-NLS-1$
						: annotator.document("text-" + d + ".txt", text); //$NON-NLS-1$ //$NON-NLS-2$
				// slots of 50 characters; a passage lies within its slot's first 44, at least 6 before the next
				for (int slot = 0; slot < length / 50; slot++) {
					if (random.nextInt(5) == 0) {
						continue;
					}
					int start = slot * 50 + random.nextInt(8);
					int end = start + 10 + random.nextInt(27);
					boolean rebuttal = random.nextInt(4) == 0;
					if (rebuttal) {
						annotator.rebuttal(start, end);
					} else {
						annotator.claim(start, end);
					}
					String kind = rebuttal ? "rebuttal" : "claim"; //$NON-NLS-1$ //$NON-NLS-2$
					whole.addUnit(d * length + start, end - start, a, kind);
					if (d == 0) {
						firstDocument.addUnit(start, end - start, a, kind);
					}
				}
			}
			maps.add(annotator);
		}

		AgreementReport report = agreement(maps.toArray(AnnotatedMaps[]::new));

		KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(whole);
		assertEquals(dkpro.calculateAgreement(), report.alphaU());
		assertEquals(dkpro.calculateCategoryAgreement("claim"), report.alphaUByKind().get(NodeKind.CLAIM)); //$NON-NLS-1$
		assertEquals(dkpro.calculateCategoryAgreement("rebuttal"), report.alphaUByKind().get(NodeKind.REBUTTAL)); //$NON-NLS-1$
		assertEquals(new KrippendorffAlphaUnitizingAgreement(firstDocument).calculateAgreement(),
				report.documents().get(0).alphaU());
		assertTrue(report.alphaU() > 0.1 && report.alphaU() < 0.9, () -> "alpha_u " + report.alphaU()); //$NON-NLS-1$
	}

	/** Five documents, two annotators: the second marks one passage of each a little later. */
	private static List<Annotator> fiveDocuments() {
		AnnotatedMaps first = null;
		AnnotatedMaps second = null;
		for (int d = 0; d < 5; d++) {
			String text = TWENTY + d;
			first = first == null ? AnnotatedMaps.on("text 0", text) : first.document("text-" + d + ".txt", text); //$NON-NLS-1$ //$NON-NLS-2$
			second = second == null ? AnnotatedMaps.on("text 0", text) : second.document("text-" + d + ".txt", text); //$NON-NLS-1$ //$NON-NLS-2$
			first.claim(2, 9);
			second.claim(3, 9);
		}
		return List.of(new Annotator("a", first.map()), new Annotator("b", second.map())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A monitor that counts the work reported and cancels itself after {@code stopAfter} reports. */
	private static final class CountingMonitor extends NullProgressMonitor {
		private final int stopAfter;
		int total;
		int reports;
		int worked;

		CountingMonitor(int stopAfter) {
			this.stopAfter = stopAfter;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			reports++;
			worked += work;
			setCanceled(reports >= stopAfter);
		}
	}

	@Test
	void progressAdvancesWithEachDocumentAndPair() {
		CountingMonitor monitor = new CountingMonitor(Integer.MAX_VALUE);

		AgreementReport report = MapAgreement.of(fiveDocuments(), DocumentTexts.SNAPSHOTS, monitor);

		assertEquals(5, report.documents().size());
		// five documents, all of them laid end to end, one pair: seven steps, each reported as the next begins
		assertTrue(monitor.reports >= 6, () -> monitor.reports + " reports"); //$NON-NLS-1$
		assertTrue(monitor.worked > 0 && monitor.worked <= monitor.total, () -> monitor.worked + " of " + monitor.total); //$NON-NLS-1$
	}

	@Test
	void cancellingStopsBetweenDocuments() {
		CountingMonitor monitor = new CountingMonitor(2);

		assertThrows(OperationCanceledException.class,
				() -> MapAgreement.of(fiveDocuments(), DocumentTexts.SNAPSHOTS, monitor));
		// the third document was not started: no work was reported after the cancel
		assertEquals(2, monitor.reports);
	}
}

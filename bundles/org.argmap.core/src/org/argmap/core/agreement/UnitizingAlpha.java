package org.argmap.core.agreement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationUnit;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/**
 * DKPro's alpha_u, remembering each category's observed and expected disagreement so that the overall coefficient
 * and the one per category are built from the same figures.
 * <p>
 * The expected disagreement is DKPro's sum, gathered faster. DKPro adds, for every unit, {@code gap - length + 1}
 * over every gap at least as long as the unit, which costs units times gaps: over 112 texts laid end to end that
 * was seconds. The same sum is the gaps' total minus their count times {@code length - 1}, read from the sorted
 * gaps' running totals. Every term is a whole number added exactly, and the final divisions are DKPro's own, so
 * the coefficient is the same double to the last bit ({@code MapAgreementTest} checks it against DKPro).
 */
final class UnitizingAlpha extends KrippendorffAlphaUnitizingAgreement {

	private static final BigDecimal THREE = new BigDecimal(3);

	private final Map<Object, Double> observed = new HashMap<>();
	private final Map<Object, Double> expected = new HashMap<>();

	UnitizingAlpha(IUnitizingAnnotationStudy study) {
		super(study);
	}

	@Override
	protected double calculateObservedCategoryDisagreement(Object category) {
		return observed.computeIfAbsent(category, super::calculateObservedCategoryDisagreement);
	}

	@Override
	protected double calculateExpectedCategoryDisagreement(Object category) {
		return expected.computeIfAbsent(category, this::expectedDisagreement);
	}

	/**
	 * Krippendorff's (1995) expected disagreement of {@code category}, with DKPro's gaps: the stretches between one
	 * rater's units of the category, and before the first and after the last.
	 */
	private double expectedDisagreement(Object category) {
		long begin = study.getContinuumBegin();
		long length = study.getContinuumLength();
		int raters = study.getRaterCount();
		long[] gapStart = new long[raters];
		Arrays.fill(gapStart, begin);
		long[] gaps = new long[study.getUnitCount() + raters];
		int gapCount = 0;
		int units = 0;
		// the units' lengths: a unit's share of the sum depends on its length only
		Map<Long, Integer> lengths = new TreeMap<>();
		BigDecimal squaredLengths = BigDecimal.ZERO;
		// The study keeps its units in the order of their offsets.
		for (IUnitizingAnnotationUnit unit : study.getUnits()) {
			if (category.equals(unit.getCategory())) {
				units++;
				lengths.merge(unit.getLength(), 1, Integer::sum);
				squaredLengths = squaredLengths.add(BigDecimal.valueOf(unit.getLength() * (unit.getLength() - 1)));
				int rater = unit.getRaterIdx();
				if (unit.getOffset() > gapStart[rater]) {
					gaps[gapCount++] = unit.getOffset() - gapStart[rater];
				}
				gapStart[rater] = unit.getOffset() + unit.getLength();
			}
		}
		for (long start : gapStart) {
			if (start < begin + length) {
				gaps[gapCount++] = begin + length - start;
			}
		}
		Arrays.sort(gaps, 0, gapCount);
		// longerTotal[i]: the sum of gaps[i..gapCount), the gaps at least as long as gaps[i]
		long[] longerTotal = new long[gapCount + 1];
		for (int i = gapCount - 1; i >= 0; i--) {
			longerTotal[i] = longerTotal[i + 1] + gaps[i];
		}

		BigDecimal sum = BigDecimal.ZERO;
		// lengths ascending, so the first gap at least as long only moves on
		int first = 0;
		for (Map.Entry<Long, Integer> unitsOfLength : lengths.entrySet()) {
			long l = unitsOfLength.getKey();
			// computed as DKPro computes it, so that its rounding, if any, is the same
			BigDecimal share = new BigDecimal((units - 1.0) * (2.0 * l * l * l - 3.0 * l * l + l)).divide(THREE,
					MathContext.DECIMAL128);
			while (first < gapCount && gaps[first] < l) {
				first++;
			}
			long withinGaps = longerTotal[first] - (gapCount - first) * (l - 1);
			share = share.add(BigDecimal.valueOf(withinGaps).multiply(BigDecimal.valueOf(l * l)));
			sum = sum.add(share.multiply(BigDecimal.valueOf(unitsOfLength.getValue())));
		}
		sum = sum.multiply(new BigDecimal(2).divide(new BigDecimal(length), MathContext.DECIMAL128));
		return sum.divide(new BigDecimal(raters * length * (raters * length - 1)).subtract(squaredLengths),
				MathContext.DECIMAL128).doubleValue();
	}
}

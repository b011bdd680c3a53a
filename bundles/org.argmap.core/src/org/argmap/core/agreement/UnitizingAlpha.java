package org.argmap.core.agreement;

import java.util.HashMap;
import java.util.Map;

import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/**
 * DKPro's alpha_u, remembering each category's observed and expected disagreement: the overall coefficient and
 * the one per category are built from the same figures, and the expected disagreement of a large study costs the
 * number of units times the number of gaps.
 */
final class UnitizingAlpha extends KrippendorffAlphaUnitizingAgreement {

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
		return expected.computeIfAbsent(category, super::calculateExpectedCategoryDisagreement);
	}
}

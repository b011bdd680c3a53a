package org.argmap.core.agreement;

import java.util.function.Function;

import org.dkpro.statistics.agreement.IAgreementMeasure;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;

/**
 * DKPro's coding coefficients on studies that may be too small for them. DKPro refuses a study in which every
 * annotation has the same category; a chance-corrected coefficient is then undefined (NaN), while the
 * annotators, having had nothing to choose between, agree on every item.
 */
final class Coefficients {

	private Coefficients() {
	}

	/** Share of items on which all annotators agree; the study has no missing annotations. */
	static double observed(CodingAnnotationStudy study) {
		if (study.getItemCount() == 0) {
			return Double.NaN;
		}
		return study.getCategoryCount() < 2 ? 1.0 : new PercentageAgreement(study).calculateAgreement();
	}

	static double chanceCorrected(CodingAnnotationStudy study,
			Function<CodingAnnotationStudy, IAgreementMeasure> coefficient) {
		return study.getItemCount() == 0 || study.getCategoryCount() < 2 ? Double.NaN
				: coefficient.apply(study).calculateAgreement();
	}
}

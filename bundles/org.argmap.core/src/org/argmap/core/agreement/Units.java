package org.argmap.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Puts passages into a unitizing study as units. Krippendorff's alpha_u (and DKPro) require that one annotator's
 * units of one category do not overlap, so overlapping or touching passages of one annotator and kind become one
 * unit spanning them all.
 */
final class Units {

	private Units() {
	}

	/** Adds {@code passages} to {@code study}, shifted by {@code offset} characters. */
	static void add(List<Passage> passages, UnitizingAnnotationStudy study, long offset) {
		List<Passage> sorted = new ArrayList<>(passages);
		sorted.sort(Comparator.comparingInt(Passage::annotator).thenComparing(Passage::kind)
				.thenComparingInt(Passage::start));
		Passage open = null;
		int end = 0;
		for (Passage passage : sorted) {
			if (open != null && open.annotator() == passage.annotator() && open.kind() == passage.kind()
					&& passage.start() <= end) {
				end = Math.max(end, passage.end());
				continue;
			}
			if (open != null) {
				study.addUnit(offset + open.start(), end - open.start(), open.annotator(), open.kind().word());
			}
			open = passage;
			end = passage.end();
		}
		if (open != null) {
			study.addUnit(offset + open.start(), end - open.start(), open.annotator(), open.kind().word());
		}
	}
}

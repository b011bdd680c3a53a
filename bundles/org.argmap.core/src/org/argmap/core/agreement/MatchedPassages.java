package org.argmap.core.agreement;

import java.util.Arrays;
import java.util.Objects;

/**
 * Passages of different annotators taken to be the same passage (see {@link PassageMatching}), at most one
 * per annotator; a null entry means that annotator marked nothing there.
 */
public record MatchedPassages(SharedDocument document, Passage[] byAnnotator) {

	public Passage of(int annotator) {
		return byAnnotator[annotator];
	}

	/** The kind each annotator gave the passage, null where they marked none. */
	public NodeKind[] kinds() {
		return Arrays.stream(byAnnotator).map(passage -> passage == null ? null : passage.kind())
				.toArray(NodeKind[]::new);
	}

	public int start() {
		return Arrays.stream(byAnnotator).filter(Objects::nonNull).mapToInt(Passage::start).min().orElseThrow();
	}

	public int end() {
		return Arrays.stream(byAnnotator).filter(Objects::nonNull).mapToInt(Passage::end).max().orElseThrow();
	}

	/** Pairs of annotators who differ on the passage, a missing passage counting as a difference. */
	public int disagreeingPairs() {
		NodeKind[] kinds = kinds();
		int pairs = 0;
		for (int i = 0; i < kinds.length; i++) {
			for (int j = i + 1; j < kinds.length; j++) {
				pairs += kinds[i] == kinds[j] ? 0 : 1;
			}
		}
		return pairs;
	}
}

package org.argmap.core.anchoring;

/**
 * The best place of a pattern inside a window of a text by edit distance, the pattern aligned whole and the
 * window's ends free (Sellers' algorithm), with the start of the alignment carried along the columns.
 * Typographic variants of quotation marks and dashes count as equal (see {@link Similarity#same}): both strings
 * are compared {@link Similarity#folded}.
 */
record Alignment(int start, int end, int distance) {

	static Alignment best(String pattern, String text, int windowStart, int windowEnd) {
		char[] folded = Similarity.folded(pattern, 0, pattern.length());
		char[] window = Similarity.folded(text, windowStart, windowEnd);
		int m = folded.length;
		int[] cost = new int[m + 1];
		int[] origin = new int[m + 1];
		int[] previousCost = new int[m + 1];
		int[] previousOrigin = new int[m + 1];
		for (int i = 0; i <= m; i++) {
			previousCost[i] = i;
			previousOrigin[i] = windowStart;
		}
		Alignment best = new Alignment(windowStart, windowStart, m);
		for (int j = windowStart; j < windowEnd; j++) {
			cost[0] = 0;
			origin[0] = j + 1;
			char c = window[j - windowStart];
			for (int i = 1; i <= m; i++) {
				int substitute = previousCost[i - 1] + (folded[i - 1] == c ? 0 : 1);
				int delete = cost[i - 1] + 1;
				int insert = previousCost[i] + 1;
				if (substitute <= delete && substitute <= insert) {
					cost[i] = substitute;
					origin[i] = previousOrigin[i - 1];
				} else if (insert <= delete) {
					cost[i] = insert;
					origin[i] = previousOrigin[i];
				} else {
					cost[i] = delete;
					origin[i] = origin[i - 1];
				}
			}
			// On a tie, the longer of two alignments from the same start wins: a changed closing quotation mark
			// is then a substitution inside the quote, not a deletion that leaves the quote a character short.
			if (cost[m] < best.distance() || cost[m] == best.distance() && origin[m] == best.start() && j == best.end()) {
				best = new Alignment(origin[m], j + 1, cost[m]);
			}
			int[] swap = previousCost;
			previousCost = cost;
			cost = swap;
			swap = previousOrigin;
			previousOrigin = origin;
			origin = swap;
		}
		return best;
	}
}

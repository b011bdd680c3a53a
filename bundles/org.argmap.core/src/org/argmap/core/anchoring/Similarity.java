package org.argmap.core.anchoring;

/** How alike two short context strings are, 0 (nothing shared) to 1 (equal), by edit distance. */
final class Similarity {

	private Similarity() {
	}

	/** For prefixes: what matters is the text nearest the quote, the ends of both strings. */
	static double ofSuffixes(String expected, String actual) {
		int length = Math.min(expected.length(), actual.length());
		return of(expected.substring(expected.length() - length), actual.substring(actual.length() - length),
				expected.length());
	}

	/** For suffixes: the beginnings of both strings. */
	static double ofPrefixes(String expected, String actual) {
		int length = Math.min(expected.length(), actual.length());
		return of(expected.substring(0, length), actual.substring(0, length), expected.length());
	}

	private static double of(String a, String b, int expectedLength) {
		if (expectedLength == 0) {
			return 1.0; // nothing was recorded (start or end of the document): nothing contradicts
		}
		int distance = distance(a, b) + (expectedLength - a.length());
		return Math.max(0.0, 1.0 - (double) distance / expectedLength);
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}

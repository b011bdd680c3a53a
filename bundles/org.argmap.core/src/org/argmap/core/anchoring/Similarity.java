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
		// Most contexts are unchanged: no need to align them.
		int distance = (a.equals(b) ? 0 : distance(a, b)) + (expectedLength - a.length());
		return Math.max(0.0, 1.0 - (double) distance / expectedLength);
	}

	/**
	 * Whether two characters are the same up to typography: straight and curly quotation marks, and the
	 * hyphen, dashes and minus sign, are what re-extraction or an editor's smart quotes swap for each other.
	 */
	static boolean same(char a, char b) {
		// Only the backquote among ASCII characters has a variant; the rest are not ASCII.
		return a == b || (a >= 0x80 || b >= 0x80 || a == '`' || b == '`') && fold(a) == fold(b);
	}

	private static char fold(char c) {
		return switch (c) {
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> '\'';
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
		case '\u00A0', '\u2009', '\u202F' -> ' ';
		default -> c;
		};
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
				int substitute = previous[j - 1] + (same(a.charAt(i - 1), b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}

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
		return a == b || fold(a) == fold(b);
	}

	/**
	 * The characters of {@code s} from {@code from} to {@code to} (none if {@code to <= from}), each in the common
	 * form of its typographic variants: two characters are {@link #same} exactly when their folded forms are
	 * equal, so the alignments' inner loops compare plain chars in arrays: three times faster under C1, which the
	 * workbench runs and which does much less than C2 with a call to {@link #same} and two {@code charAt} per cell.
	 */
	static char[] folded(String s, int from, int to) {
		if (to <= from) {
			return new char[0];
		}
		char[] chars = new char[to - from];
		s.getChars(from, to, chars, 0);
		for (int i = 0; i < chars.length; i++) {
			chars[i] = fold(chars[i]);
		}
		return chars;
	}

	/** The common form of {@code c}'s typographic variants, or {@code c} when it has none. */
	private static char fold(char c) {
		if (c < 0x80 && c != '`') {
			return c; // only the backquote among ASCII characters has a variant
		}
		return switch (c) {
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> '\'';
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
		case '\u00A0', '\u2009', '\u202F' -> ' ';
		default -> c;
		};
	}

	static int distance(String a, String b) {
		char[] x = folded(a, 0, a.length());
		char[] y = folded(b, 0, b.length());
		int[] previous = new int[y.length + 1];
		int[] current = new int[y.length + 1];
		for (int j = 0; j <= y.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			current[0] = i;
			char c = x[i - 1];
			for (int j = 1; j <= y.length; j++) {
				int substitute = previous[j - 1] + (c == y[j - 1] ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[y.length];
	}
}

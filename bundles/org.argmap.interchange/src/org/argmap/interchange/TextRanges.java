package org.argmap.interchange;

/** Checks on character ranges that foreign files give into a document's text. */
public final class TextRanges {

	private TextRanges() {
	}

	/**
	 * Whether offset {@code at} falls between the two halves of a surrogate pair of {@code text}: a range
	 * ending there would quote half a character, which no file can save.
	 */
	public static boolean splitsPair(String text, int at) {
		return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
				&& Character.isLowSurrogate(text.charAt(at));
	}
}

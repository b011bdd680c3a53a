package org.argmap.core.anchoring;

import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;

/** Makes anchors from a range of a document's text, with the quote and its context for re-anchoring. */
public final class TextAnchors {

	/** Characters of context kept on each side of a quote (as Hypothesis and the W3C selectors do). */
	public static final int CONTEXT = 32;

	private TextAnchors() {
	}

	/** An anchor on {@code text[start, end)} of {@code document}, quote, prefix and suffix included. */
	public static TextAnchor create(SourceDocument document, String text, int start, int end) {
		if (start < 0 || end > text.length() || start >= end) {
			throw new IllegalArgumentException("range " + start + "-" + end + " is not inside a text of " //$NON-NLS-1$ //$NON-NLS-2$
					+ text.length() + " characters"); //$NON-NLS-1$
		}
		return MapElements.newAnchor(document, start, end, text.substring(start, end), prefix(text, start),
				suffix(text, end));
	}

	/**
	 * An anchor on what a mouse selection of {@code text[start, end)} means: without white space at its ends,
	 * widened to whole words (a drag that starts inside "road" quotes "road", not "oad"), and keeping the
	 * closing punctuation of a quotation it opens ("“It works.”", not "“It works"). Null when only white space
	 * is selected.
	 */
	public static TextAnchor fromSelection(SourceDocument document, String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (start >= end) {
			return null;
		}
		while (start > 0 && inWord(text, start - 1) && inWord(text, start)) {
			start--;
		}
		while (end < text.length() && inWord(text, end - 1) && inWord(text, end)) {
			end++;
		}
		return create(document, text, start, withClosingMarks(text, start, end));
	}

	/** Letters, digits, and an apostrophe or hyphen between letters ("don't", "well-known"). */
	private static boolean inWord(String text, int at) {
		char c = text.charAt(at);
		if (Character.isLetterOrDigit(c)) {
			return true;
		}
		boolean joiner = c == '\'' || c == '\u2019' || c == '-';
		return joiner && at > 0 && at + 1 < text.length() && Character.isLetter(text.charAt(at - 1))
				&& Character.isLetter(text.charAt(at + 1));
	}

	/**
	 * {@code end} moved past the closing marks of the quotation marks and brackets that {@code [start, end)}
	 * opens and does not close, with the sentence punctuation just before them.
	 */
	private static int withClosingMarks(String text, int start, int end) {
		int open = 0;
		for (int at = start; at < end; at++) {
			char c = text.charAt(at);
			open += c == '\u201C' || c == '\u2018' || c == '(' || c == '[' ? 1
					: c == '\u201D' || c == '\u2019' && !inWord(text, at) || c == ')' || c == ']' ? -1 : 0;
		}
		if (text.substring(start, end).chars().filter(c -> c == '"').count() % 2 == 1) {
			open++;
		}
		int to = end;
		while (open > 0 && to < text.length() && ".,;:!?\u2026".indexOf(text.charAt(to)) >= 0) {
			to++;
		}
		int closed = to;
		while (open > 0 && closed < text.length() && "\u201D\u2019\")]".indexOf(text.charAt(closed)) >= 0) {
			closed++;
			open--;
		}
		return closed > to ? closed : end;
	}

	static String prefix(String text, int start) {
		return text.substring(Math.max(0, start - CONTEXT), start);
	}

	static String suffix(String text, int end) {
		return text.substring(end, Math.min(text.length(), end + CONTEXT));
	}
}

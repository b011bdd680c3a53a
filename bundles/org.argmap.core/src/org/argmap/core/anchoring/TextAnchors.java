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

	static String prefix(String text, int start) {
		return text.substring(Math.max(0, start - CONTEXT), start);
	}

	static String suffix(String text, int end) {
		return text.substring(end, Math.min(text.length(), end + CONTEXT));
	}
}

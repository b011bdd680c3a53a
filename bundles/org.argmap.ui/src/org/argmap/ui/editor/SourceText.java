package org.argmap.ui.editor;

import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.ReadableText;
import org.argmap.core.text.ReadableText.Range;

/**
 * A document's text as the source pane gets it: the stored text that anchors count on, and its readable
 * rendering when the document holds markup. Made in the background, since rendering parses the text.
 *
 * @param stored   the text of the file (or of the map's snapshot of it)
 * @param readable the text a reader sees, or null when it reads as stored
 */
public record SourceText(String stored, ReadableText readable) {

	/** The text stored for a document at {@code location}, with its readable rendering if it needs one. */
	public static SourceText of(String stored, String location) {
		return new SourceText(stored, ReadableText.of(stored, DocumentLoader.mediaType(String.valueOf(location))));
	}

	/** The text a reader sees: the readable text, or the stored one where it reads as stored. */
	public String shown() {
		return readable == null ? stored : readable.text();
	}

	/** Where the stored {@code [start, end)} lies in {@link #shown()}. */
	public Range toShown(int start, int end) {
		if (readable != null) {
			return readable.toReadable(start, end);
		}
		int from = Math.clamp(start, 0, stored.length());
		return new Range(from, Math.clamp(end, from, stored.length()));
	}
}

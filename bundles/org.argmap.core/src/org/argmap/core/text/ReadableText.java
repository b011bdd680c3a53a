package org.argmap.core.text;

/**
 * The text a reader sees in a plain-text or Markdown source that holds markup (HTML tags pasted with it,
 * Markdown links, images, emphasis), with where each of its characters lies in the stored text. Anchors keep
 * counting on the stored text; this is only how it is shown, so a passage chosen in the readable text is
 * stored by its stored characters, and a stored passage is highlighted on the readable characters made from
 * it.
 */
public final class ReadableText {

	/**
	 * Longer texts are shown as stored: the parse with its source positions takes many times the text's
	 * memory.
	 */
	static final int MAX_CHARS = 16 * 1024 * 1024;

	/** A range of offsets, {@code start} inclusive and {@code end} exclusive. */
	public record Range(int start, int end) {
	}

	private final String text;
	private final int storedLength;
	private final OffsetMap map;

	ReadableText(String text, int storedLength, OffsetMap map) {
		this.text = text;
		this.storedLength = storedLength;
		this.map = map;
	}

	/**
	 * The readable rendering of {@code stored}, the text of a document of {@code mediaType} (see
	 * {@link DocumentLoader#mediaType(String)}); null when there is none to offer: the document is no plain text
	 * or Markdown, or holds no markup. A plain text counts as holding markup only for HTML tags of known elements,
	 * links and images, so prose with a {@code <} or a {@code *} is not taken for Markdown.
	 */
	public static ReadableText of(String stored, String mediaType) {
		boolean markdown = DocumentLoader.MARKDOWN.equals(mediaType);
		if (!markdown && !DocumentLoader.PLAIN_TEXT.equals(mediaType) || stored.length() > MAX_CHARS
				|| !markdown && !MarkupRenderer.mayHoldMarkup(stored)) {
			return null;
		}
		MarkupRenderer rendering = MarkupRenderer.render(stored, markdown);
		boolean marked = markdown ? rendering.sawMarkdown() : rendering.sawMarkup();
		return marked ? new ReadableText(rendering.text(), stored.length(), rendering.map()) : null;
	}

	/** The text as a reader sees it. */
	public String text() {
		return text;
	}

	/**
	 * The stored characters that the readable {@code [start, end)} was made from, from the first one's start to
	 * the last one's end. An empty range gives the stored position just before the character at {@code start}.
	 */
	public Range toStored(int start, int end) {
		int from = clamp(start, text.length());
		int to = clamp(end, text.length());
		if (from < to) {
			return new Range(map.sourceStart(from), map.sourceEnd(to - 1));
		}
		int at = from < text.length() ? map.sourceStart(from) : from == 0 ? 0 : map.sourceEnd(from - 1);
		return new Range(at, at);
	}

	/**
	 * The readable characters made from any of the stored {@code [start, end)}; empty, at the readable
	 * position where that stored range would be, when the range holds only markup.
	 */
	public Range toReadable(int start, int end) {
		int from = clamp(start, storedLength);
		int to = clamp(end, storedLength);
		if (from >= to) {
			int at = map.firstStartingFrom(from);
			return new Range(at, at);
		}
		int first = map.firstEndingAfter(from);
		int afterLast = map.firstStartingFrom(to);
		return new Range(first, Math.max(first, afterLast));
	}

	private static int clamp(int offset, int length) {
		return Math.max(0, Math.min(offset, length));
	}
}

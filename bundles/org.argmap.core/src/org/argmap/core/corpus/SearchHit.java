package org.argmap.core.corpus;

import java.util.List;

/**
 * One hit of a corpus search: a passage of a document, or a node of a map.
 *
 * @param file    the document or map, relative to the corpus folder with {@code /}
 * @param nodeId  the node's id, or null for a document
 * @param kind    {@code document}, or the node's kind ({@code claim}, {@code rebuttal}, {@code analogy})
 * @param text    the document's text or the node's text
 * @param label   the node's label, or the document's title; may be null
 * @param matches where the query's words occur in {@code text}, as {@code [start, end)} pairs
 * @param score   Lucene's relevance score
 */
public record SearchHit(String file, String nodeId, String kind, String text, String label, List<int[]> matches,
		float score) {

	/** Whether this hit is a document rather than a node. */
	public boolean isDocument() {
		return nodeId == null;
	}

	/**
	 * The text around the first match, {@code context} characters on each side, on one line, with an ellipsis
	 * where it is cut; the start of the text when nothing in it matched.
	 */
	public String snippet(int context) {
		String whole = text == null ? "" : text; //$NON-NLS-1$
		int at = matches.isEmpty() ? 0 : matches.get(0)[0];
		int end = matches.isEmpty() ? 0 : matches.get(0)[1];
		int from = Math.max(0, at - context);
		int to = Math.min(whole.length(), end + context);
		return (from > 0 ? "\u2026" : "") + whole.substring(from, to).replaceAll("\\s+", " ").strip() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (to < whole.length() ? "\u2026" : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

package org.argmap.core.agreement;

import org.argmap.model.Node;
import org.argmap.model.TextAnchor;

/**
 * A passage one annotator marked: an anchor of one of their nodes, in characters of the shared document.
 *
 * @param annotator the annotator's index in the study
 */
public record Passage(int annotator, Node node, TextAnchor anchor, int start, int end) {

	public NodeKind kind() {
		return NodeKind.of(node);
	}

	public int length() {
		return end - start;
	}

	/** Characters this passage shares with {@code other}. */
	int overlap(Passage other) {
		return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
	}
}

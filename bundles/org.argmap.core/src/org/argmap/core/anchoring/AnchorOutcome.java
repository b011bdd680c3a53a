package org.argmap.core.anchoring;

import java.util.List;

import org.argmap.model.AnchorStatus;
import org.argmap.model.TextAnchor;

/**
 * Where an anchor lands in a document's current text. The UI and the command line both read it; nothing is
 * changed in the model until the caller applies it.
 *
 * @param anchor     the anchor as it was
 * @param status     anchored (same place), relocated (new offsets below) or orphaned (not placed)
 * @param start      new start offset; the old one when orphaned
 * @param end        new end offset (exclusive); the old one when orphaned
 * @param exact      the quote at the new place (it differs from the old one after an approximate match)
 * @param reason     why it moved or was orphaned, for people; empty when anchored
 * @param candidates start offsets of the equally good places of an ambiguous anchor, else empty
 * @param confidence how sure the placement is, 0 (orphaned) to 1 (same quote, same context, expected place,
 *                   or followed exactly through a diff of the old text); lets people review the doubtful first
 */
public record AnchorOutcome(TextAnchor anchor, AnchorStatus status, int start, int end, String exact, String reason,
		List<Integer> candidates, double confidence) {

	public boolean moved() {
		return status == AnchorStatus.RELOCATED;
	}

	/** The same outcome told of another anchor (the map's own, when a copy of the map was re-anchored). */
	public AnchorOutcome of(TextAnchor other) {
		return new AnchorOutcome(other, status, start, end, exact, reason, candidates, confidence);
	}
}

package org.argmap.core.team;

import java.time.Instant;

/** One commit that changed a map file: who, when, and the first line of its message. */
public record MapVersion(String id, String author, Instant when, String summary) {

	/** The abbreviated id git users read. */
	public String shortId() {
		return id.substring(0, Math.min(7, id.length()));
	}
}

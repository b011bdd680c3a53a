package org.argmap.model.merge;

import java.util.List;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;

/** The merged map, and the conflicts this merge added to it (also in its conflict list). */
public record MergeResult(ArgumentMap map, List<Conflict> conflicts) {

	public boolean clean() {
		return conflicts.isEmpty();
	}
}

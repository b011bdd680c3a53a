package org.argmap.core.team;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a pull did. {@code mapConflicts} holds, for every map that both sides changed and that merged with
 * conflicts, the descriptions of the conflicts the merged map now records; {@code unmergedFiles} the other
 * files git could not merge line by line, left with conflict markers.
 */
public record PullOutcome(Kind kind, List<Path> mergedMaps, Map<Path, List<String>> mapConflicts,
		List<String> unmergedFiles) {

	public enum Kind {
		/** Nothing new on the remote. */
		UP_TO_DATE,
		/** Only the remote had changed; the clone moved to it. */
		FAST_FORWARD,
		/** Both had changed and everything merged; the merge is committed. */
		MERGED,
		/** Both had changed and something needs the user; the merge is not committed yet. */
		CONFLICTS
	}
}

package org.argmap.interchange;

import java.util.List;

import org.argmap.model.ArgumentMap;

/**
 * A map read from another format, complete and not yet attached to any resource, with what the reader
 * skipped or guessed, one sentence each.
 */
public record ImportedMap(ArgumentMap map, List<String> notices) {
}

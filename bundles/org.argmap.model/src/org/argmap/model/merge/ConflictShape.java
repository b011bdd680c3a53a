package org.argmap.model.merge;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;

/**
 * What a merge conflict is about, which decides what the map holds and how the other outcome is reached. Read
 * from the conflict's fields as {@link MapMerge} fills them, so maps merged before this existed are read alike.
 */
public enum ConflictShape {
	/** Both sides changed one feature in different ways; the map holds our value. */
	BOTH_CHANGED,
	/** The two sides made the element elements of different kinds; the map holds ours. */
	KIND_CHANGED,
	/** We deleted the element and they changed it; the map holds it with their changes. */
	WE_DELETED,
	/** They deleted the element and we changed it; the map holds it with our changes. */
	THEY_DELETED,
	/** One side deleted the element while the other made something use it; the map holds it. */
	DELETED_BUT_USED,
	/** We removed an item of the element (an anchor, a question) that they changed; the map holds their item. */
	WE_REMOVED_ITEM,
	/** They removed an item of the element that we changed; the map holds our item. */
	THEY_REMOVED_ITEM;

	public static ConflictShape of(Conflict conflict) {
		if (conflict.getFeature() != null) {
			boolean ofAnItem = conflict.eContainer() instanceof ArgumentMap map && MapMerge.itemOf(map, conflict) != null;
			if (ofAnItem && conflict.getOurs() == null) {
				return WE_REMOVED_ITEM;
			}
			return ofAnItem && conflict.getTheirs() == null ? THEY_REMOVED_ITEM : BOTH_CHANGED;
		}
		if (conflict.getOurs() == null) {
			return conflict.getTheirs() == null ? DELETED_BUT_USED : WE_DELETED;
		}
		return conflict.getTheirs() == null ? THEY_DELETED : KIND_CHANGED;
	}

	/** Whether the map holds an element that one side deleted, so that deleting it is the other outcome. */
	public boolean keptADeletedElement() {
		return this == WE_DELETED || this == THEY_DELETED || this == DELETED_BUT_USED;
	}
}

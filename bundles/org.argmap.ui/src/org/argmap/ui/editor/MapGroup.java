package org.argmap.ui.editor;

import java.util.List;
import java.util.function.Function;

import org.argmap.model.ArgumentMap;

/**
 * A heading of the map tree (Documents, Claims, Rebuttals, Analogies, Relations) with the elements under it.
 *
 * @param label    what the heading says
 * @param map      the map it belongs to
 * @param elements computes the elements under it from the map, so the tree always shows the current map
 * @param sample   an element whose icon the heading shows
 */
public record MapGroup(String label, ArgumentMap map, Function<ArgumentMap, List<?>> elements, Object sample) {

	@Override
	public boolean equals(Object other) {
		return other instanceof MapGroup group && group.label.equals(label) && group.map == map;
	}

	@Override
	public int hashCode() {
		return label.hashCode();
	}
}

package org.argmap.interchange;

import java.util.List;
import java.util.regex.Pattern;

import org.argmap.model.ArgumentMap;

/**
 * A map read from another format, complete and not yet attached to any resource, with what the reader
 * skipped or guessed, one sentence each.
 */
public record ImportedMap(ArgumentMap map, List<String> notices) {

	private static final Pattern USABLE_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,127}"); //$NON-NLS-1$

	/**
	 * Whether another tool's id can be kept as an Argmap id: an XML name without colons (GraphML and XMI
	 * write ids into attributes that must be names), at most 128 characters.
	 */
	public static boolean usableId(String id) {
		return id != null && USABLE_ID.matcher(id).matches();
	}
}

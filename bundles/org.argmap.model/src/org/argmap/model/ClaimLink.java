package org.argmap.model;

import java.util.List;

/**
 * A link from a node to the node of another map that states the same claim, as a node's
 * {@link Node#getEquivalents() equivalents} hold it: {@code PATH#ID}, with {@code PATH} the other map's file
 * relative to the linking map's folder, in {@code /}-separated segments. Only that written form is checked
 * here; whether the link stays inside the corpus folder is the corpus's business, since only it knows the
 * folder.
 *
 * @param map  the other map's file, relative to the linking map's folder, normalized ({@code ..} only at the
 *             start)
 * @param node the id of the node in the other map
 */
public record ClaimLink(String map, String node) {

	private static final String MAP_EXTENSION = ".argmap"; //$NON-NLS-1$
	private static final String PARENT = ".."; //$NON-NLS-1$

	/**
	 * Reads {@code text} as a link, or answers null when it is none: no {@code #}, an empty id, a path that is
	 * absolute, names a scheme or drive ({@code :}), uses {@code \}, is not normalized, or names no map.
	 */
	public static ClaimLink parse(String text) {
		int hash = text == null ? -1 : text.lastIndexOf('#');
		if (hash <= 0 || hash == text.length() - 1) {
			return null;
		}
		String map = text.substring(0, hash);
		String node = text.substring(hash + 1);
		if (node.isBlank() || node.chars().anyMatch(Character::isWhitespace) || !isNormalRelativeMap(map)) {
			return null;
		}
		return new ClaimLink(map, node);
	}

	private static boolean isNormalRelativeMap(String path) {
		if (!path.endsWith(MAP_EXTENSION) || path.startsWith("/") || path.contains("\\") || path.contains(":")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return false;
		}
		boolean climbing = true;
		for (String segment : List.of(path.split("/", -1))) { //$NON-NLS-1$
			if (segment.isEmpty() || segment.equals(".") || (segment.equals(PARENT) && !climbing)) { //$NON-NLS-1$
				return false;
			}
			climbing = segment.equals(PARENT);
		}
		return !climbing;
	}

	@Override
	public String toString() {
		return map + "#" + node; //$NON-NLS-1$
	}
}

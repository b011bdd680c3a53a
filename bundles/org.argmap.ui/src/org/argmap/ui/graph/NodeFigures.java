package org.argmap.ui.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.argmap.model.Node;

/**
 * The text of every node box: its label in bold over its text, wrapped to the box width with the same font
 * measurement on screen and in exports, and the box size that follows from it.
 */
public final class NodeFigures {

	public static final int WIDTH = 170;
	public static final int PADDING = 8;
	private static final int MAX_LINES = 6;

	/** The lines of one box; the first is the label when {@code hasLabel}. */
	public record Lines(List<String> lines, boolean hasLabel) {
	}

	private final ToIntFunction<String> textWidth;
	private final int lineHeight;
	private final Map<Node, Lines> cache = new IdentityHashMap<>();

	/**
	 * @param textWidth  the width of a string in the drawing font
	 * @param lineHeight the height of a line in that font
	 */
	public NodeFigures(ToIntFunction<String> textWidth, int lineHeight) {
		this.textWidth = textWidth;
		this.lineHeight = lineHeight;
	}

	public int lineHeight() {
		return lineHeight;
	}

	/** Forgets the wrapping of a node whose wording changed. */
	public void forget(Node node) {
		cache.remove(node);
	}

	public Lines lines(Node node) {
		return cache.computeIfAbsent(node, this::wrap);
	}

	public double[] size(Node node) {
		return new double[] { WIDTH, lines(node).lines().size() * lineHeight + 2 * PADDING };
	}

	private Lines wrap(Node node) {
		List<String> lines = new ArrayList<>();
		boolean hasLabel = node.getLabel() != null && !node.getLabel().isBlank();
		if (hasLabel) {
			lines.addAll(wrapped(node.getLabel().strip(), 2));
		}
		String text = node.getText() == null ? "" : node.getText().strip(); //$NON-NLS-1$
		lines.addAll(wrapped(text, MAX_LINES - lines.size()));
		return new Lines(lines, hasLabel);
	}

	private List<String> wrapped(String text, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int available = WIDTH - 2 * PADDING;
		for (String word : text.split("\\s+")) { //$NON-NLS-1$
			String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
			if (!line.isEmpty() && textWidth.applyAsInt(candidate) > available) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			} else {
				line.setLength(0);
				line.append(candidate);
			}
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		if (lines.size() > maxLines) {
			List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
			kept.set(maxLines - 1, kept.get(maxLines - 1) + " \u2026"); //$NON-NLS-1$
			return kept;
		}
		return lines;
	}
}

package org.argmap.core.drawing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.argmap.model.Node;

/**
 * The text of every node box: its label in bold over its text, wrapped to the box width with the same font
 * measurement on screen and in exports, and the box size that follows from it.
 */
public final class NodeFigures {

	public static final int WIDTH = 170;
	public static final int PADDING = 8;
	private static final int MAX_LINES = 6;

	/** The lines of one box; the first {@code labelLines} are the label, drawn bold. */
	public record Lines(List<String> lines, int labelLines) {
	}

	/** Measures text in the drawing font, regular or bold. */
	@FunctionalInterface
	public interface TextWidth {
		int width(String text, boolean bold);
	}

	private final TextWidth textWidth;
	private final int lineHeight;
	private final Map<Node, Lines> cache = new IdentityHashMap<>();
	private final Map<String, Integer> labelWidths = new HashMap<>();

	/**
	 * @param textWidth  the width of a string in the drawing font (labels are bold)
	 * @param lineHeight the height of a line in that font
	 */
	public NodeFigures(TextWidth textWidth, int lineHeight) {
		this.textWidth = textWidth;
		this.lineHeight = lineHeight;
	}

	public int lineHeight() {
		return lineHeight;
	}

	/**
	 * Figures that measure with {@code otherTextWidth} but keep the wrapping these figures have for
	 * {@code nodes}, each under the node it maps to: a copy of the map drawn with another font, box for box as
	 * on screen.
	 */
	public NodeFigures copy(Map<Node, Node> nodes, TextWidth otherTextWidth) {
		NodeFigures copy = new NodeFigures(otherTextWidth, lineHeight);
		nodes.forEach((node, copied) -> copy.cache.put(copied, lines(node)));
		return copy;
	}

	/** The width of a short text that is drawn again and again, such as a legend entry. */
	public int labelWidth(String label) {
		return labelWidths.computeIfAbsent(label, text -> textWidth.width(text, false));
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
		if (node.getLabel() != null && !node.getLabel().isBlank()) {
			lines.addAll(wrapped(node.getLabel().strip(), 2, true));
		}
		int labelLines = lines.size();
		String text = node.getText() == null ? "" : node.getText().strip(); //$NON-NLS-1$
		lines.addAll(wrapped(text, MAX_LINES - labelLines, false));
		return new Lines(lines, labelLines);
	}

	private List<String> wrapped(String text, int maxLines, boolean bold) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int available = WIDTH - 2 * PADDING;
		for (String word : text.split("\\s+")) { //$NON-NLS-1$
			String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
			if (!line.isEmpty() && textWidth.width(candidate, bold) > available) {
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

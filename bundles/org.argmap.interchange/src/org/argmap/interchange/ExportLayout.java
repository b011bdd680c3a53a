package org.argmap.interchange;

import java.util.Iterator;
import java.util.Map;

import org.argmap.core.layout.MapLayout;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;

/**
 * Where exports that other tools draw (GraphML, its yEd graphics, Cytoscape.js) put each node: one ELK
 * layout, as the workbench and the PNG and SVG exports lay the map out (conclusions on top, nodes the user
 * placed in their place), with boxes sized for the node's label wrapped in a fixed width. Maps larger than
 * {@link #MAX_LAID_OUT} nodes, which ELK's layered layout would take minutes for, are set out in a square
 * grid instead, placed nodes still in their place.
 */
public final class ExportLayout {

	public static final double WIDTH = 240;
	/** ELK lays out 2,000 nodes in about a second; the time grows faster than the map. */
	public static final int MAX_LAID_OUT = 5_000;
	private static final double LINE_HEIGHT = 16;
	private static final int WRAP_COLUMNS = 34;
	private static final double GAP = 40;

	private ExportLayout() {
	}

	/**
	 * The boxes of the map's nodes, in the map's order. The grid is computed as the boxes are read, so an
	 * export of a large map holds no box but the one it writes.
	 */
	public static Iterator<Box> boxes(ArgumentMap map) {
		MapLayout.NodeSizes sizes = node -> new double[] { WIDTH, height(drawnLabel(node)) };
		if (map.getNodes().size() <= MAX_LAID_OUT) {
			Map<Node, Box> laidOut = MapLayout.compute(map, sizes).boxes();
			return map.getNodes().stream().map(laidOut::get).iterator();
		}
		return new Grid(map, sizes);
	}

	/** Rows of {@code sqrt(n)} nodes, each row below the tallest box of the one before. */
	private static final class Grid implements Iterator<Box> {
		private final Iterator<Node> nodes;
		private final MapLayout.NodeSizes sizes;
		private final int columns;
		private double rowHeight;
		private double y;
		private int column;

		Grid(ArgumentMap map, MapLayout.NodeSizes sizes) {
			nodes = map.getNodes().iterator();
			this.sizes = sizes;
			columns = (int) Math.ceil(Math.sqrt(map.getNodes().size()));
		}

		@Override
		public boolean hasNext() {
			return nodes.hasNext();
		}

		@Override
		public Box next() {
			Node node = nodes.next();
			double[] size = sizes.size(node);
			Box box = node.getPosition() != null
					? new Box(node.getPosition().getX(), node.getPosition().getY(), size[0], size[1])
					: new Box(column * (WIDTH + GAP), y, size[0], size[1]);
			rowHeight = Math.max(rowHeight, size[1]);
			if (++column == columns) {
				column = 0;
				y += rowHeight + GAP;
				rowHeight = 0;
			}
			return box;
		}
	}

	/** The node's label and text as drawn in its box, wrapped to fit {@link #WIDTH}. */
	public static String drawnLabel(Node node) {
		return NodeKinds.drawnLabel(node, WRAP_COLUMNS);
	}

	private static double height(String label) {
		return (lineCount(label) + 1) * LINE_HEIGHT;
	}

	/** {@code label.lines().count()} without making a string of every line. */
	private static int lineCount(String label) {
		int lines = 0;
		int length = label.length();
		for (int i = 0; i < length; i++) {
			char c = label.charAt(i);
			if (c == '\n' || c == '\r') {
				lines++;
				if (c == '\r' && i + 1 < length && label.charAt(i + 1) == '\n') {
					i++;
				}
			}
		}
		char last = length == 0 ? '\n' : label.charAt(length - 1);
		return last == '\n' || last == '\r' ? lines : lines + 1;
	}
}

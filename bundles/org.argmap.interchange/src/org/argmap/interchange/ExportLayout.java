package org.argmap.interchange;

import java.util.IdentityHashMap;
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

	public static Map<Node, Box> of(ArgumentMap map) {
		MapLayout.NodeSizes sizes = node -> new double[] { WIDTH, height(drawnLabel(node)) };
		return map.getNodes().size() <= MAX_LAID_OUT ? MapLayout.compute(map, sizes).boxes() : grid(map, sizes);
	}

	private static Map<Node, Box> grid(ArgumentMap map, MapLayout.NodeSizes sizes) {
		Map<Node, Box> boxes = new IdentityHashMap<>();
		int columns = (int) Math.ceil(Math.sqrt(map.getNodes().size()));
		double rowHeight = 0;
		double y = 0;
		int column = 0;
		for (Node node : map.getNodes()) {
			double[] size = sizes.size(node);
			Box box = node.getPosition() != null
					? new Box(node.getPosition().getX(), node.getPosition().getY(), size[0], size[1])
					: new Box(column * (WIDTH + GAP), y, size[0], size[1]);
			boxes.put(node, box);
			rowHeight = Math.max(rowHeight, size[1]);
			if (++column == columns) {
				column = 0;
				y += rowHeight + GAP;
				rowHeight = 0;
			}
		}
		return boxes;
	}

	/** The node's label and text as drawn in its box, wrapped to fit {@link #WIDTH}. */
	public static String drawnLabel(Node node) {
		return NodeKinds.drawnLabel(node, WRAP_COLUMNS);
	}

	private static double height(String label) {
		return (label.lines().count() + 1) * LINE_HEIGHT;
	}
}

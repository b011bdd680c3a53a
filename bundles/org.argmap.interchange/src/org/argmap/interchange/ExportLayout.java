package org.argmap.interchange;

import java.util.Map;

import org.argmap.core.layout.MapLayout;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;

/**
 * Where exports that other tools draw (GraphML, its yEd graphics, Cytoscape.js) put each node: one ELK
 * layout, as the workbench and the PNG and SVG exports lay the map out (conclusions on top, nodes the user
 * placed in their place), with boxes sized for the node's label wrapped in a fixed width.
 */
public final class ExportLayout {

	public static final double WIDTH = 240;
	private static final double LINE_HEIGHT = 16;
	private static final int WRAP_COLUMNS = 34;

	private ExportLayout() {
	}

	public static Map<Node, Box> of(ArgumentMap map) {
		return MapLayout.compute(map, node -> new double[] { WIDTH, height(drawnLabel(node)) }).boxes();
	}

	/** The node's label and text as drawn in its box, wrapped to fit {@link #WIDTH}. */
	public static String drawnLabel(Node node) {
		return NodeKinds.drawnLabel(node, WRAP_COLUMNS);
	}

	private static double height(String label) {
		return (label.lines().count() + 1) * LINE_HEIGHT;
	}
}

package org.argmap.ui.graph;

import org.eclipse.swt.graphics.RGB;

/**
 * What the graph is drawn on: the screen, a PNG image (both through an SWT GC) or an SVG document. One
 * painter draws on all of them, so exports look like the screen.
 */
public interface Surface {

	/** Starts the shapes of one node (SVG groups them under the node's id). */
	void beginNode(String id);

	void endNode();

	void roundRectangle(double x, double y, double width, double height, double arc, RGB fill, RGB stroke,
			double lineWidth, boolean dashed);

	void polygon(double[] points, RGB fill, RGB stroke, double lineWidth, boolean dashed);

	void polyline(double[] points, RGB stroke, double lineWidth, int[] dashes);

	void text(String text, double x, double y, boolean bold, RGB colour);

	void circle(double x, double y, double radius, RGB fill);
}

package org.argmap.core.drawing;

/**
 * What the graph is drawn on: the screen (through an SWT GC), a PNG image (through Java 2D) or an SVG
 * document. One painter draws on all of them, so exports look like the screen.
 */
public interface Surface {

	/** Starts the shapes of one node (SVG groups them under the node's id). */
	void beginNode(String id);

	void endNode();

	void roundRectangle(double x, double y, double width, double height, double arc, Rgb fill, Rgb stroke,
			double lineWidth, int[] dashes);

	void polygon(double[] points, Rgb fill, Rgb stroke, double lineWidth, int[] dashes);

	void polyline(double[] points, Rgb stroke, double lineWidth, int[] dashes);

	void text(String text, double x, double y, boolean bold, Rgb colour);

	void circle(double x, double y, double radius, Rgb fill);
}

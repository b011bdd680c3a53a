package org.argmap.ui.graph;

import org.argmap.core.drawing.Rgb;
import org.argmap.core.drawing.Surface;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;

/** Drawing on an SWT graphics context: the canvas on screen. */
public final class SwtSurface implements Surface {

	private final GC gc;
	private final Font regular;
	private final Font bold;

	public SwtSurface(GC gc, Font regular, Font bold) {
		this.gc = gc;
		this.regular = regular;
		this.bold = bold;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
	}

	@Override
	public void beginNode(String id) {
		// the screen needs no grouping
	}

	@Override
	public void endNode() {
		// the screen needs no grouping
	}

	@Override
	public void roundRectangle(double x, double y, double width, double height, double arc, Rgb fill, Rgb stroke,
			double lineWidth, int[] dashes) {
		gc.setBackground(colour(fill));
		gc.fillRoundRectangle(round(x), round(y), round(width), round(height), round(arc), round(arc));
		line(stroke, lineWidth, dashes);
		gc.drawRoundRectangle(round(x), round(y), round(width), round(height), round(arc), round(arc));
	}

	@Override
	public void polygon(double[] points, Rgb fill, Rgb stroke, double lineWidth, int[] dashes) {
		int[] ints = ints(points);
		gc.setBackground(colour(fill));
		gc.fillPolygon(ints);
		line(stroke, lineWidth, dashes);
		gc.drawPolygon(ints);
	}

	@Override
	public void polyline(double[] points, Rgb stroke, double lineWidth, int[] dashes) {
		line(stroke, lineWidth, dashes);
		gc.drawPolyline(ints(points));
	}

	@Override
	public void text(String text, double x, double y, boolean strong, Rgb colour) {
		gc.setFont(strong ? bold : regular);
		gc.setForeground(colour(colour));
		gc.drawText(text, round(x), round(y), true);
	}

	@Override
	public void circle(double x, double y, double radius, Rgb fill) {
		gc.setBackground(colour(fill));
		gc.fillOval(round(x - radius), round(y - radius), round(2 * radius), round(2 * radius));
	}

	private void line(Rgb stroke, double width, int[] dashes) {
		gc.setForeground(colour(stroke));
		LineAttributes attributes = new LineAttributes((float) width);
		if (dashes != null) {
			attributes.style = SWT.LINE_CUSTOM;
			attributes.dash = new float[dashes.length];
			for (int i = 0; i < dashes.length; i++) {
				attributes.dash[i] = dashes[i];
			}
		}
		gc.setLineAttributes(attributes);
	}

	static Color colour(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}

	private static int round(double value) {
		return (int) Math.round(value);
	}

	private static int[] ints(double[] points) {
		int[] ints = new int[points.length];
		for (int i = 0; i < points.length; i++) {
			ints[i] = round(points[i]);
		}
		return ints;
	}
}

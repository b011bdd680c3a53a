package org.argmap.core.drawing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Drawing with Java 2D, antialiased: PNG images drawn without a display, from the command line and in the
 * background in the workbench.
 */
public final class AwtSurface implements Surface {

	/** The font of drawings made without a display: Java's logical sans-serif font, in pixels. */
	public static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

	private final Graphics2D graphics;
	private final Font regular;
	private final Font bold;
	private final int ascent;

	public AwtSurface(Graphics2D graphics, Font font) {
		this.graphics = graphics;
		this.regular = font;
		this.bold = font.deriveFont(Font.BOLD);
		hints(graphics);
		this.ascent = graphics.getFontMetrics(font).getAscent();
	}

	/** Node figures wrapped with {@code font}'s measurements, so that text fits the boxes it is drawn in. */
	public static NodeFigures figures(Font font) {
		FontMetrics metrics = metrics(font);
		return new NodeFigures(textWidth(font), metrics.getHeight());
	}

	/** Measures text in {@code font} and its bold face as it is drawn here. */
	public static NodeFigures.TextWidth textWidth(Font font) {
		FontMetrics regular = metrics(font);
		FontMetrics bold = metrics(font.deriveFont(Font.BOLD));
		return (text, strong) -> (int) Math.ceil((strong ? bold : regular).getStringBounds(text, null).getWidth());
	}

	/** The measurements of {@code font} as it is drawn here (antialiased, fractional widths). */
	public static FontMetrics metrics(Font font) {
		Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		try {
			hints(graphics);
			return graphics.getFontMetrics(font);
		} finally {
			graphics.dispose();
		}
	}

	private static void hints(Graphics2D graphics) {
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
	}

	@Override
	public void beginNode(String id) {
		// an image needs no grouping
	}

	@Override
	public void endNode() {
		// an image needs no grouping
	}

	@Override
	public void roundRectangle(double x, double y, double width, double height, double arc, Rgb fill, Rgb stroke,
			double lineWidth, int[] dashes) {
		RoundRectangle2D shape = new RoundRectangle2D.Double(x, y, width, height, arc, arc);
		graphics.setColor(colour(fill));
		graphics.fill(shape);
		stroke(stroke, lineWidth, dashes);
		graphics.draw(shape);
	}

	@Override
	public void polygon(double[] points, Rgb fill, Rgb stroke, double lineWidth, int[] dashes) {
		Path2D shape = path(points);
		shape.closePath();
		graphics.setColor(colour(fill));
		graphics.fill(shape);
		stroke(stroke, lineWidth, dashes);
		graphics.draw(shape);
	}

	@Override
	public void polyline(double[] points, Rgb stroke, double lineWidth, int[] dashes) {
		stroke(stroke, lineWidth, dashes);
		graphics.draw(path(points));
	}

	@Override
	public void text(String text, double x, double y, boolean strong, Rgb colour) {
		graphics.setFont(strong ? bold : regular);
		graphics.setColor(colour(colour));
		graphics.drawString(text, (float) x, (float) (y + ascent));
	}

	@Override
	public void circle(double x, double y, double radius, Rgb fill) {
		graphics.setColor(colour(fill));
		graphics.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
	}

	private void stroke(Rgb colour, double width, int[] dashes) {
		graphics.setColor(colour(colour));
		float[] dash = null;
		if (dashes != null) {
			dash = new float[dashes.length];
			for (int i = 0; i < dashes.length; i++) {
				dash[i] = dashes[i];
			}
		}
		graphics.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0));
	}

	private static Path2D path(double[] points) {
		Path2D path = new Path2D.Double();
		path.moveTo(points[0], points[1]);
		for (int i = 2; i < points.length; i += 2) {
			path.lineTo(points[i], points[i + 1]);
		}
		return path;
	}

	private static Color colour(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}
}

package org.argmap.core.drawing;

import java.util.Locale;


/**
 * Drawing into an SVG document, shape for shape as on screen. Each node is a {@code <g class="node">} with
 * the node's id, so the file can be styled or scripted per node.
 */
public final class SvgSurface implements Surface {

	private final StringBuilder svg = new StringBuilder();
	private final String fontFamily;
	private final double fontSize;
	private final double ascent;

	/**
	 * @param fontSize the font size in pixels, as on screen at 100%
	 * @param ascent   how far below a text line's top its baseline lies
	 */
	public SvgSurface(double width, double height, String fontFamily, double fontSize, double ascent) {
		this.fontFamily = fontFamily;
		this.fontSize = fontSize;
		this.ascent = ascent;
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">%n", //$NON-NLS-1$
				width, height, width, height));
		svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"%s\"/>%n", width, height, //$NON-NLS-1$
				hex(DrawingStyle.BACKGROUND)));
	}

	/** The finished document. */
	public String document() {
		return svg + "</svg>\n"; //$NON-NLS-1$
	}

	@Override
	public void beginNode(String id) {
		svg.append("<g class=\"node\" id=\"").append(escape(id)).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void endNode() {
		svg.append("</g>\n"); //$NON-NLS-1$
	}

	@Override
	public void roundRectangle(double x, double y, double width, double height, double arc, Rgb fill, Rgb stroke,
			double lineWidth, int[] dashes) {
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n", //$NON-NLS-1$
				x, y, width, height, arc / 2, hex(fill), hex(stroke), lineWidth, dashArray(dashes)));
	}

	@Override
	public void polygon(double[] points, Rgb fill, Rgb stroke, double lineWidth, int[] dashes) {
		svg.append(String.format(Locale.ROOT, "<polygon points=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n", //$NON-NLS-1$
				points(points), hex(fill), hex(stroke), lineWidth, dashArray(dashes)));
	}

	@Override
	public void polyline(double[] points, Rgb stroke, double lineWidth, int[] dashes) {
		svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n", //$NON-NLS-1$
				points(points), hex(stroke), lineWidth, dashArray(dashes)));
	}

	/** The attribute that dashes a stroke, or nothing for a solid one. */
	private static String dashArray(int[] dashes) {
		if (dashes == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder dash = new StringBuilder(" stroke-dasharray=\""); //$NON-NLS-1$
		for (int i = 0; i < dashes.length; i++) {
			dash.append(i == 0 ? "" : " ").append(dashes[i]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return dash.append('"').toString();
	}

	@Override
	public void text(String text, double x, double y, boolean bold, Rgb colour) {
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%.1f\" font-family=\"%s\" font-size=\"%.1f\"%s fill=\"%s\" xml:space=\"preserve\">%s</text>%n", //$NON-NLS-1$
				x, y + ascent, escape(fontFamily), fontSize, bold ? " font-weight=\"bold\"" : "", hex(colour), //$NON-NLS-1$ //$NON-NLS-2$
				escape(text)));
	}

	@Override
	public void circle(double x, double y, double radius, Rgb fill) {
		svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>%n", x, y, radius, //$NON-NLS-1$
				hex(fill)));
	}

	private static String points(double[] points) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < points.length; i += 2) {
			text.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", points[i], points[i + 1])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return text.toString();
	}

	private static String hex(Rgb rgb) {
		return rgb.hex();
	}

	/** Text for XML: markup characters escaped, characters XML 1.0 cannot hold dropped. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
			case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
			case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
			case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
			case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
			default -> {
				if (c >= 0x20 || c == '\t') {
					escaped.appendCodePoint(c);
				}
			}
			}
		});
		return escaped.toString();
	}
}

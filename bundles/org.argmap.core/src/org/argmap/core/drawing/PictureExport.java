package org.argmap.core.drawing;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import org.argmap.core.layout.MapDrawing;
import org.argmap.core.layout.MapLayout;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.FileReplacement;

/**
 * The graph of a map as a PNG or SVG file, drawn by {@link GraphPainter} without a display (at 100%, without a
 * selection, legend included). Written through a temporary file, so a failed or cancelled export leaves an
 * older file as it was.
 */
public final class PictureExport {

	/** The picture formats, by the names the command line and the export wizard use. */
	public enum Format {
		PNG, SVG;

		public String formatName() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The format a file's name asks for by its extension, or null. */
		public static Format forFileName(String fileName) {
			String lower = fileName.toLowerCase(Locale.ROOT);
			for (Format format : values()) {
				if (lower.endsWith("." + format.formatName())) { //$NON-NLS-1$
					return format;
				}
			}
			return null;
		}

		/** The format called {@code name}, or null. */
		public static Format named(String name) {
			for (Format format : values()) {
				if (format.formatName().equals(name.toLowerCase(Locale.ROOT))) {
					return format;
				}
			}
			return null;
		}
	}

	/** Larger drawings are scaled down so the PNG stays below this many pixels (4 bytes each while drawn). */
	public static final double MAX_PIXELS = 40_000_000;

	private PictureExport() {
	}

	/** The map laid out by ELK as the workbench lays it out, with boxes sized by {@code figures}. */
	public static MapDrawing layOut(ArgumentMap map, NodeFigures figures) {
		MapDrawing drawing = MapDrawing.of(MapLayout.compute(map, figures::size));
		drawing.update(map, figures::size, List.of(), List.of(), null);
		return drawing;
	}

	/**
	 * Draws {@code drawing} into {@code file}.
	 *
	 * @param font      the font of the text; {@code figures} wrapped it to fit the boxes
	 * @param cancelled asked while the file is written; once it answers true the export stops with an
	 *                  {@link InterruptedIOException} and nothing is written
	 */
	public static void write(MapDrawing drawing, NodeFigures figures, DrawingStyle style, Font font, Format format,
			Path file, BooleanSupplier cancelled) throws IOException {
		FileReplacement.write(file, cancelled, out -> write(drawing, figures, style, font, format, out, cancelled));
	}

	/** Draws {@code drawing} onto {@code out}, which is left open. */
	public static void write(MapDrawing drawing, NodeFigures figures, DrawingStyle style, Font font, Format format,
			OutputStream out, BooleanSupplier cancelled) throws IOException {
		if (format == Format.SVG) {
			out.write(svg(drawing, figures, style, font).getBytes(StandardCharsets.UTF_8));
		} else if (!ImageIO.write(png(drawing, figures, style, font, cancelled), "png", out)) { //$NON-NLS-1$
			throw new IOException("no PNG writer"); //$NON-NLS-1$
		}
	}

	/** The drawing as an image, scaled down to {@link #MAX_PIXELS} if larger. */
	public static BufferedImage png(MapDrawing drawing, NodeFigures figures, DrawingStyle style, Font font,
			BooleanSupplier cancelled) throws InterruptedIOException {
		double[] size = GraphPainter.size(drawing, figures);
		double scale = Math.min(1, Math.sqrt(MAX_PIXELS / (size[0] * size[1])));
		BufferedImage image = new BufferedImage((int) Math.ceil(size[0] * scale), (int) Math.ceil(size[1] * scale),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			Rgb background = DrawingStyle.BACKGROUND;
			graphics.setColor(new java.awt.Color(background.red(), background.green(), background.blue()));
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.scale(scale, scale);
			if (cancelled.getAsBoolean()) {
				throw new InterruptedIOException();
			}
			GraphPainter.paint(new AwtSurface(graphics, font), drawing, figures, style, Set.of(), null, null, null);
		} finally {
			graphics.dispose();
		}
		return image;
	}

	/** The drawing as an SVG document, text in {@code font}'s family and size. */
	public static String svg(MapDrawing drawing, NodeFigures figures, DrawingStyle style, Font font) {
		double[] size = GraphPainter.size(drawing, figures);
		String family = font.getFamily(Locale.ROOT);
		// Java's logical fonts are no family an SVG viewer knows
		family = family.equals(Font.SANS_SERIF) || family.equals(Font.DIALOG) ? "sans-serif" //$NON-NLS-1$
				: family + ", sans-serif"; //$NON-NLS-1$
		SvgSurface svg = new SvgSurface(size[0], size[1], family, font.getSize2D(),
				AwtSurface.metrics(font).getAscent());
		GraphPainter.paint(svg, drawing, figures, style, Set.of(), null, null, null);
		return svg.document();
	}
}

package org.argmap.ui.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.argmap.core.layout.MapDrawing;
import org.argmap.model.persistence.FileReplacement;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * The graph as a PNG or SVG file, drawn by the same painter as the screen (at 100%, without the selection),
 * legend included. Written through a temporary file, so a failed export leaves an older file intact.
 */
public final class ImageExport {

	/** Larger drawings are scaled down so the PNG stays below this many pixels. */
	private static final double MAX_PIXELS = 80_000_000;

	private ImageExport() {
	}

	/** Writes PNG or SVG, as the file name says. */
	public static void write(GraphCanvas graph, Path file) throws IOException {
		if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) { //$NON-NLS-1$
			writeSvg(graph, file);
		} else {
			writePng(graph, file);
		}
	}

	public static void writePng(GraphCanvas graph, Path file) throws IOException {
		MapDrawing layout = graph.layout();
		double[] size = GraphPainter.size(layout);
		double scale = Math.min(1, Math.sqrt(MAX_PIXELS / (size[0] * size[1])));
		Display display = graph.control().getDisplay();
		Image image = new Image(display, (int) Math.ceil(size[0] * scale), (int) Math.ceil(size[1] * scale));
		Font regular = JFaceResources.getDialogFont();
		Font bold = FontDescriptor.createFrom(regular).setStyle(SWT.BOLD).createFont(display);
		GC gc = new GC(image);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(image.getBounds());
			if (scale < 1) {
				org.eclipse.swt.graphics.Transform transform = new org.eclipse.swt.graphics.Transform(display);
				transform.scale((float) scale, (float) scale);
				gc.setTransform(transform);
				transform.dispose();
			}
			GraphPainter.paint(new SwtSurface(gc, regular, bold), layout, graph.figures(), Set.of(), null, null, null);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Path temporary = FileReplacement.temporaryFor(file.toAbsolutePath());
			try {
				loader.save(temporary.toString(), SWT.IMAGE_PNG);
				FileReplacement.moveIntoPlace(temporary, file.toAbsolutePath());
			} catch (SWTException e) {
				throw new IOException(e.getMessage(), e);
			} finally {
				Files.deleteIfExists(temporary);
			}
		} finally {
			gc.dispose();
			bold.dispose();
			image.dispose();
		}
	}

	public static void writeSvg(GraphCanvas graph, Path file) throws IOException {
		MapDrawing layout = graph.layout();
		double[] size = GraphPainter.size(layout);
		Display display = graph.control().getDisplay();
		FontData font = JFaceResources.getDialogFont().getFontData()[0];
		GC gc = new GC(graph.control());
		gc.setFont(JFaceResources.getDialogFont());
		double ascent = gc.getFontMetrics().getAscent();
		gc.dispose();
		double pixels = font.getHeight() * display.getDPI().y / 72.0;
		SvgSurface svg = new SvgSurface(size[0], size[1], font.getName(), pixels, ascent);
		GraphPainter.paint(svg, layout, graph.figures(), Set.of(), null, null, null);
		Path temporary = FileReplacement.temporaryFor(file.toAbsolutePath());
		try {
			Files.writeString(temporary, svg.document(), StandardCharsets.UTF_8);
			FileReplacement.moveIntoPlace(temporary, file.toAbsolutePath());
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}

package org.argmap.ui.graph;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.argmap.core.drawing.AwtSurface;
import org.argmap.core.drawing.DrawingStyle;
import org.argmap.core.drawing.GraphPainter;
import org.argmap.core.drawing.NodeFigures;
import org.argmap.core.drawing.PictureExport;
import org.argmap.core.layout.MapDrawing;
import org.argmap.model.Node;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.FontData;

/**
 * The graph as it is on screen (positions, wrapped text, fill colours), taken on the UI thread and written as PNG
 * or SVG by the headless painter on any thread, so a large map does not freeze the workbench while it is drawn.
 * The snapshot holds a copy of the map: editing may go on meanwhile.
 */
public final class ImageExport {

	private final MapDrawing drawing;
	private final NodeFigures figures;
	private final DrawingStyle style;
	private final Font font;

	private ImageExport(MapDrawing drawing, NodeFigures figures, DrawingStyle style, Font font) {
		this.drawing = drawing;
		this.figures = figures;
		this.style = style;
		this.font = font;
	}

	/** The graph as drawn now, or null while its first layout runs. Call on the UI thread. */
	public static ImageExport of(GraphCanvas graph) {
		MapDrawing shown = graph.layout();
		if (shown == null) {
			return null;
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		copier.copy(graph.map());
		copier.copyReferences();
		Map<Node, Node> nodes = new IdentityHashMap<>();
		for (Node node : shown.boxes().keySet()) {
			if (copier.get(node) instanceof Node copy) {
				nodes.put(node, copy);
			}
		}
		FontData dialog = JFaceResources.getDialogFont().getFontData()[0];
		float pixels = dialog.getHeight() * graph.control().getDisplay().getDPI().y / 72f;
		Font font = new Font(dialog.getName(), Font.PLAIN, 1).deriveFont(pixels);
		// the lines as wrapped on screen, which sized the boxes; the legend is measured in the drawing's font
		NodeFigures figures = graph.figures().copy(nodes, AwtSurface.textWidth(font));
		return new ImageExport(shown.copy(copier), figures, ArgmapPreferences.drawingStyle(), font);
	}

	/** Writes PNG or SVG; on any thread. */
	public void write(PictureExport.Format format, Path file, BooleanSupplier cancelled) throws IOException {
		PictureExport.write(drawing, figures, style, font, format, file, cancelled);
	}

	/** The size of the drawing, legend included, as written. */
	public double[] size() {
		return GraphPainter.size(drawing, figures);
	}
}

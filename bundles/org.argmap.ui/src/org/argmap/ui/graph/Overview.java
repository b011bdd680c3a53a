package org.argmap.ui.graph;

import java.util.List;
import java.util.Map;

import org.argmap.core.drawing.DrawingStyle;
import org.argmap.core.layout.MapDrawing;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.core.layout.MapLayout.Route;
import org.argmap.model.Node;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * The whole map scaled down in the graph's bottom right corner, with the part in view as a rectangle: a click
 * or a drag in it moves the view there. It shows itself only while the map does not fit in the view, and
 * follows the drawing and the view as they change.
 */
final class Overview {

	private static final int MAX_WIDTH = 220;
	private static final int MAX_HEIGHT = 150;
	private static final int MARGIN = 10;
	/** Room inside the panel's border. */
	private static final int INSET = 4;

	private final GraphCanvas graph;
	private final Viewport viewport;
	private final Canvas panel;
	private boolean dragging;

	Overview(GraphCanvas graph, Viewport viewport) {
		this.graph = graph;
		this.viewport = viewport;
		// never the keyboard's: the canvas gives its focus to a child that takes it, and the graph's keys need it
		panel = new Canvas(graph.control(), SWT.BORDER | SWT.DOUBLE_BUFFERED | SWT.NO_FOCUS);
		panel.setVisible(false);
		panel.setToolTipText(Messages.Overview_tooltip);
		panel.addListener(SWT.Paint, this::paint);
		panel.addListener(SWT.MouseDown, event -> {
			if (event.button == 1) {
				dragging = true;
				moveViewTo(event);
			}
		});
		panel.addListener(SWT.MouseMove, event -> {
			if (dragging) {
				moveViewTo(event);
			}
		});
		panel.addListener(SWT.MouseUp, event -> {
			dragging = false;
			// the keys of the graph go on working after a click in its overview
			graph.control().setFocus();
		});
	}

	Canvas control() {
		return panel;
	}

	/** Shows the panel, sized to the map's shape, while the map does not fit in the view; hides it otherwise. */
	void refresh() {
		if (panel.isDisposed()) {
			return;
		}
		MapDrawing shown = graph.shown();
		boolean needed = shown != null && !viewport.showsAll(graph.shownBounds());
		if (needed) {
			double[] size = graph.size();
			double scale = scale(size);
			int width = (int) Math.ceil(size[0] * scale) + 2 * INSET;
			int height = (int) Math.ceil(size[1] * scale) + 2 * INSET;
			Rectangle area = graph.control().getClientArea();
			width += panel.getBorderWidth() * 2;
			height += panel.getBorderWidth() * 2;
			panel.setBounds(area.width - width - MARGIN, area.height - height - MARGIN, width, height);
			panel.redraw();
		}
		if (panel.getVisible() != needed) {
			panel.setVisible(needed);
		}
	}

	private static double scale(double[] size) {
		return Math.min((MAX_WIDTH - 2 * INSET) / size[0], (MAX_HEIGHT - 2 * INSET) / size[1]);
	}

	private void paint(Event event) {
		MapDrawing shown = graph.shown();
		if (shown == null) {
			return;
		}
		GC gc = event.gc;
		double scale = scale(graph.size());
		gc.setBackground(SwtSurface.colour(DrawingStyle.BACKGROUND));
		gc.fillRectangle(panel.getClientArea());
		gc.setLineWidth(1);
		for (Route route : shown.routes()) {
			List<double[]> points = route.points();
			int[] line = new int[points.size() * 2];
			for (int i = 0; i < points.size(); i++) {
				line[2 * i] = INSET + (int) Math.round(points.get(i)[0] * scale);
				line[2 * i + 1] = INSET + (int) Math.round(points.get(i)[1] * scale);
			}
			gc.setForeground(SwtSurface.colour(DrawingStyle.line(route.relation().getKind())));
			gc.drawPolyline(line);
		}
		DrawingStyle style = ArgmapPreferences.drawingStyle();
		for (Map.Entry<Node, Box> entry : shown.boxes().entrySet()) {
			Box box = entry.getValue();
			int x = INSET + (int) Math.round(box.x() * scale);
			int y = INSET + (int) Math.round(box.y() * scale);
			int width = Math.max(2, (int) Math.round(box.width() * scale));
			int height = Math.max(2, (int) Math.round(box.height() * scale));
			gc.setBackground(SwtSurface.colour(style.fill(entry.getKey())));
			gc.fillRectangle(x, y, width, height);
			gc.setForeground(SwtSurface.colour(DrawingStyle.border(entry.getKey())));
			gc.drawRectangle(x, y, width, height);
		}
		double[] visible = viewport.visible();
		gc.setForeground(SwtSurface.colour(DrawingStyle.SELECTION));
		gc.setLineWidth(2);
		gc.drawRectangle(INSET + (int) Math.round(visible[0] * scale), INSET + (int) Math.round(visible[1] * scale),
				(int) Math.round(visible[2] * scale), (int) Math.round(visible[3] * scale));
	}

	/** Centres the view on the point of the map under the mouse. */
	private void moveViewTo(Event event) {
		double scale = scale(graph.size());
		viewport.centreOn((event.x - INSET) / scale, (event.y - INSET) / scale);
	}
}

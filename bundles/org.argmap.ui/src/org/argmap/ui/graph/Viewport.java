package org.argmap.ui.graph;

import org.argmap.core.layout.MapLayout.Box;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

/**
 * Which part of the drawing the canvas shows, and at what zoom: conversion between canvas pixels and drawing
 * coordinates, zooming around a point, panning, fitting and revealing.
 */
final class Viewport {

	private static final double MIN_ZOOM = 0.1;
	private static final double MAX_ZOOM = 4;
	/** Below this the text in the boxes cannot be read. */
	static final double READABLE_ZOOM = 0.7;
	private static final double STEP = 1.2;

	private final Canvas canvas;
	private double zoom = 1;
	private double offsetX;
	private double offsetY;
	/** Whether the user zoomed or panned: until then the view follows the pane's size. */
	private boolean changedByUser;

	Viewport(Canvas canvas) {
		this.canvas = canvas;
	}

	double zoom() {
		return zoom;
	}

	double offsetX() {
		return offsetX;
	}

	double offsetY() {
		return offsetY;
	}

	boolean changedByUser() {
		return changedByUser;
	}

	double[] toDrawing(int x, int y) {
		return new double[] { (x - offsetX) / zoom, (y - offsetY) / zoom };
	}

	Point toCanvas(double x, double y) {
		return new Point((int) Math.round(x * zoom + offsetX), (int) Math.round(y * zoom + offsetY));
	}

	/** The part of the drawing in view: {@code x, y, width, height}. */
	double[] visible() {
		Rectangle area = canvas.getClientArea();
		double[] topLeft = toDrawing(area.x, area.y);
		return new double[] { topLeft[0], topLeft[1], area.width / zoom, area.height / zoom };
	}

	/** The drawing point at the centre of the view. */
	double[] centre() {
		Rectangle area = canvas.getClientArea();
		return toDrawing(area.width / 2, area.height / 2);
	}

	void zoomAround(double next, int x, int y) {
		double[] anchor = toDrawing(x, y);
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, next));
		offsetX = x - anchor[0] * zoom;
		offsetY = y - anchor[1] * zoom;
		changedByUser = true;
		canvas.redraw();
	}

	void zoomIn() {
		zoomAround(zoom * STEP, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
	}

	void zoomOut() {
		zoomAround(zoom / STEP, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
	}

	void zoomActual() {
		zoomAround(1, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
	}

	void pan(double dx, double dy) {
		offsetX += dx;
		offsetY += dy;
		changedByUser = true;
		canvas.redraw();
	}

	/** All of the drawing, centred, at most a little over 100%. */
	void fit(double[] size) {
		Rectangle area = canvas.getClientArea();
		zoom = Math.max(MIN_ZOOM, Math.min(1.25, Math.min(area.width / size[0], area.height / size[1])));
		offsetX = (area.width - size[0] * zoom) / 2;
		offsetY = Math.max(0, (area.height - size[1] * zoom) / 2);
		changedByUser = true;
		canvas.redraw();
	}

	/**
	 * The first view of a map: all of it if it can be read that way, else readable text from the top (where
	 * the conclusions are), centred on the main conclusion, without showing space beyond the map.
	 */
	void overview(double[] size, Box main) {
		Rectangle area = canvas.getClientArea();
		zoom = Math.max(READABLE_ZOOM, Math.min(1, Math.min(area.width / size[0], area.height / size[1])));
		if (size[0] * zoom <= area.width && size[1] * zoom <= area.height || main == null) {
			offsetX = (area.width - size[0] * zoom) / 2;
			offsetY = (area.height - size[1] * zoom) / 2;
		} else {
			offsetX = Math.max(Math.min(0, area.width - size[0] * zoom),
					Math.min(0, area.width / 2.0 - main.centerX() * zoom));
			offsetY = Math.max(Math.min(0, area.height - size[1] * zoom), Math.min(0, 20 - main.y() * zoom));
		}
		canvas.redraw();
	}

	/** Pans as little as needed to bring {@code box} into view. */
	void reveal(Box box) {
		Point topLeft = toCanvas(box.x(), box.y());
		Point bottomRight = toCanvas(box.x() + box.width(), box.y() + box.height());
		Rectangle area = canvas.getClientArea();
		double dx = topLeft.x < 0 ? -topLeft.x + 20 : bottomRight.x > area.width ? area.width - bottomRight.x - 20 : 0;
		double dy = topLeft.y < 0 ? -topLeft.y + 20 : bottomRight.y > area.height ? area.height - bottomRight.y - 20 : 0;
		if (dx != 0 || dy != 0) {
			pan(dx, dy);
		}
	}

	/** Whether any of {@code box} is in view. */
	boolean shows(Box box) {
		double[] visible = visible();
		return box.x() < visible[0] + visible[2] && box.x() + box.width() > visible[0]
				&& box.y() < visible[1] + visible[3] && box.y() + box.height() > visible[1];
	}
}

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
	/** Text smaller than this, in pixels, cannot be read. */
	static final double READABLE_TEXT_PIXELS = 9;
	private static final double STEP = 1.2;

	private final Canvas canvas;
	/** The least zoom at which the text in the boxes can be read. */
	private final double readableZoom;
	private final Runnable moved;
	private double zoom = 1;
	private double offsetX;
	private double offsetY;
	/** Whether the user zoomed or panned: until then the view follows the pane's size. */
	private boolean changedByUser;

	/**
	 * @param textPixels how tall the boxes' text is at 100%, in pixels
	 * @param moved      told whenever the view moves or zooms
	 */
	Viewport(Canvas canvas, double textPixels, Runnable moved) {
		this.canvas = canvas;
		// rounded up to whole percents, so that the text is not a rounding error short of readable
		this.readableZoom = Math.ceil(100 * READABLE_TEXT_PIXELS / textPixels) / 100;
		this.moved = moved;
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
		changed();
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
		changed();
	}

	/** Moves the view so that the drawing point {@code x, y} is in its centre. */
	void centreOn(double x, double y) {
		Rectangle area = canvas.getClientArea();
		offsetX = area.width / 2.0 - x * zoom;
		offsetY = area.height / 2.0 - y * zoom;
		changedByUser = true;
		changed();
	}

	/** All of {@code bounds} ({@code x, y, width, height} of the drawing), centred, at most a little over 100%. */
	void fit(double[] bounds) {
		Rectangle area = canvas.getClientArea();
		zoom = Math.max(MIN_ZOOM, Math.min(1.25, Math.min(area.width / bounds[2], area.height / bounds[3])));
		offsetX = (area.width - bounds[2] * zoom) / 2 - bounds[0] * zoom;
		offsetY = Math.max(0, (area.height - bounds[3] * zoom) / 2) - bounds[1] * zoom;
		changedByUser = true;
		changed();
	}

	/**
	 * The first view of a map, and Home: all of {@code bounds} ({@code x, y, width, height} of the drawing) if
	 * it can be read that way, else readable text from the top (where the conclusions are), centred on the main
	 * conclusion, without showing space beyond the map.
	 */
	void home(double[] bounds, Box main) {
		Rectangle area = canvas.getClientArea();
		zoom = Math.max(readableZoom, Math.min(1, Math.min(area.width / bounds[2], area.height / bounds[3])));
		double width = bounds[2] * zoom;
		double height = bounds[3] * zoom;
		if (main == null) {
			offsetX = (area.width - width) / 2 - bounds[0] * zoom;
			offsetY = (area.height - height) / 2 - bounds[1] * zoom;
		} else { // a map that fits is centred by along() as well
			offsetX = along(area.width, bounds[0] * zoom, width, area.width / 2.0 - main.centerX() * zoom);
			offsetY = along(area.height, bounds[1] * zoom, height, 20 - main.y() * zoom);
		}
		changed();
	}

	/**
	 * The offset along one axis that comes nearest to {@code wanted} without showing space beyond the map's
	 * {@code start} and {@code length} (in canvas pixels at the zoom), or centres the map if it is shorter than
	 * the view.
	 */
	private static double along(double view, double start, double length, double wanted) {
		if (length <= view) {
			return (view - length) / 2 - start;
		}
		return Math.max(view - length - start, Math.min(-start, wanted));
	}

	/** Whether all of {@code bounds} ({@code x, y, width, height} of the drawing) is in view. */
	boolean showsAll(double[] bounds) {
		double[] visible = visible();
		return bounds[0] >= visible[0] - 0.5 && bounds[1] >= visible[1] - 0.5
				&& bounds[0] + bounds[2] <= visible[0] + visible[2] + 0.5
				&& bounds[1] + bounds[3] <= visible[1] + visible[3] + 0.5;
	}

	private void changed() {
		canvas.redraw();
		moved.run();
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

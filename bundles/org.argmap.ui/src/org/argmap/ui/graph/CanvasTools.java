package org.argmap.ui.graph;

import java.util.List;

import org.argmap.core.layout.MapLayout.Box;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * What the mouse does on the graph, one gesture at a time: select (click, Ctrl+click, a right click selects
 * what the context menu is for), move a node (drag it; dropping pins it), connect (drag from the handle on a
 * selected node's top edge, or Shift+drag, onto a node or a relation's line) and pan (drag the background).
 */
final class CanvasTools {

	/** A press that moves less than this is a click, not a drag. */
	private static final int DRAG_THRESHOLD = 3;

	private enum Gesture {
		NONE, MOVE, CONNECT, PAN
	}

	private final GraphCanvas graph;
	private final Canvas canvas;
	private Gesture gesture = Gesture.NONE;
	private Node dragged;
	private int[] start;
	private double[] point;
	private double[] grab;

	CanvasTools(GraphCanvas graph) {
		this.graph = graph;
		this.canvas = graph.control();
	}

	/** The node being moved, or null. */
	Node moving() {
		return gesture == Gesture.MOVE ? dragged : null;
	}

	/** Where the moved node's top-left corner is now, in drawing coordinates. */
	double[] movingTo() {
		return gesture == Gesture.MOVE ? point : null;
	}

	/** The node a connection is drawn from, or null. */
	Node connecting() {
		return gesture == Gesture.CONNECT ? dragged : null;
	}

	/** Where the connection being drawn ends, in drawing coordinates. */
	double[] connectingTo() {
		return point;
	}

	/** Drops the gesture in progress (Escape). */
	void cancel() {
		if (gesture != Gesture.NONE) {
			gesture = Gesture.NONE;
			canvas.redraw();
		}
	}

	void mouseDown(Event event) {
		if (!graph.readyForGesture()) {
			return;
		}
		if (event.button == 3) {
			selectForMenu(event);
			return;
		}
		if (event.button != 1) {
			return;
		}
		start = new int[] { event.x, event.y };
		Node handle = graph.handleAt(event.x, event.y);
		Node node = handle != null ? handle : graph.nodeAt(event.x, event.y);
		Relation line = node == null ? graph.relationAt(event.x, event.y) : null;
		boolean adding = (event.stateMask & SWT.MOD1) != 0;
		if (handle != null || node != null && (event.stateMask & SWT.SHIFT) != 0) {
			gesture = Gesture.CONNECT;
			dragged = node;
			point = graph.toDrawing(event.x, event.y);
		} else if (node != null) {
			if (adding) {
				graph.toggleSelected(node);
			} else if (!graph.isSelected(node)) {
				graph.selectOnly(node);
			} else {
				// the click makes the graph the pane the workbench takes the selection from
				graph.announceSelection();
			}
			gesture = Gesture.MOVE;
			dragged = node;
			Box box = graph.layout().boxes().get(node);
			double[] at = graph.toDrawing(event.x, event.y);
			grab = new double[] { at[0] - box.x(), at[1] - box.y() };
			point = new double[] { box.x(), box.y() };
		} else if (line != null) {
			if (adding) {
				graph.addSelected(line);
			} else {
				graph.selectOnly(line);
			}
		} else {
			if (!adding && graph.hasSelection()) {
				graph.selectOnly(null);
			}
			gesture = Gesture.PAN;
		}
		canvas.redraw();
	}

	/** A right click on something not selected selects it, so the context menu acts on what was clicked. */
	private void selectForMenu(Event event) {
		Node node = graph.nodeAt(event.x, event.y);
		Object clicked = node != null ? node : graph.relationAt(event.x, event.y);
		if (clicked != null && !graph.isSelected(clicked)) {
			graph.selectOnly(clicked);
		}
	}

	void mouseMove(Event event) {
		switch (gesture) {
		case MOVE -> {
			double[] at = graph.toDrawing(event.x, event.y);
			point = new double[] { at[0] - grab[0], at[1] - grab[1] };
			canvas.redraw();
		}
		case CONNECT -> {
			point = graph.toDrawing(event.x, event.y);
			canvas.redraw();
		}
		case PAN -> {
			graph.pan(event.x - start[0], event.y - start[1]);
			start = new int[] { event.x, event.y };
		}
		case NONE -> canvas.setCursor(canvas.getDisplay().getSystemCursor(
				graph.layout() != null && graph.handleAt(event.x, event.y) != null ? SWT.CURSOR_CROSS : SWT.CURSOR_ARROW));
		}
	}

	void mouseUp(Event event) {
		Gesture ended = gesture;
		gesture = Gesture.NONE;
		if (ended == Gesture.MOVE && Math.hypot(event.x - start[0], event.y - start[1]) > DRAG_THRESHOLD) {
			graph.place(dragged, point[0], point[1]);
		} else if (ended == Gesture.CONNECT) {
			Node target = graph.nodeAt(event.x, event.y);
			Relation inference = target == null ? graph.relationAt(event.x, event.y) : null;
			if (target != null && target != dragged) {
				graph.offerRelation(List.of(dragged), target, event.x, event.y);
			} else if (inference != null && !inference.getSources().contains(dragged)) {
				graph.offerRelation(List.of(dragged), inference, event.x, event.y);
			}
		}
		canvas.redraw();
	}
}

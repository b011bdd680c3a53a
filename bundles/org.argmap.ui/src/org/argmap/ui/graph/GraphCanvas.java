package org.argmap.ui.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.argmap.core.layout.MapLayout;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.core.layout.MapLayout.Result;
import org.argmap.model.Analogy;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.ui.editor.MapCommands;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;

/**
 * The argument graph, drawn with SWT on ELK's layout. Drag a node to move it (it stays where it is put), drag
 * from the handle on a node's top edge to another node to relate them (or onto a relation's line to undercut
 * it), click a line to select its relation, double-click or F2 to edit a node's
 * text in place; Ctrl+wheel zooms, dragging the background or the wheel pans, Home fits the map, Ctrl+0 shows
 * it at 100%, the arrow keys move between nodes. Every change is a command on the map's stack.
 */
public final class GraphCanvas implements ISelectionProvider {

	/** Maps larger than this are laid out in a background job. */
	private static final int INLINE_LAYOUT_LIMIT = 150;
	private static final int HANDLE_RADIUS = 6;
	private static final double MIN_ZOOM = 0.1;
	private static final double MAX_ZOOM = 4;
	/** Below this the text in the boxes cannot be read. */
	private static final double READABLE_ZOOM = 0.7;

	private enum Drag {
		NONE, MOVE, CONNECT, PAN
	}

	private final Canvas canvas;
	private final EditingDomain domain;
	private final ArgumentMap map;
	private final LocalResourceManager resources;
	private final Font regular;
	private final Font bold;
	private final NodeFigures figures;
	private final Set<Object> selection = new LinkedHashSet<>();
	private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
	private Result layout;
	private int layouts;
	private Job layoutJob;
	private double zoom = 1;
	private double offsetX;
	private double offsetY;
	/** Whether the user zoomed or panned: until then the view follows the pane's size. */
	private boolean viewChanged;
	private Drag drag = Drag.NONE;
	private Node dragNode;
	private double[] dragStart;
	private double[] dragPoint;
	private double[] grabOffset;
	private Menu relationMenu;
	private Text editor;
	/** The graphics context that measures text while a layout is prepared. */
	private GC measuring;

	public GraphCanvas(Composite parent, EditingDomain domain, ArgumentMap map) {
		this.domain = domain;
		this.map = map;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		resources = new LocalResourceManager(JFaceResources.getResources(), canvas);
		regular = JFaceResources.getDialogFont();
		bold = resources.create(FontDescriptor.createFrom(regular).setStyle(SWT.BOLD));
		GC measure = new GC(canvas);
		measure.setFont(regular);
		int lineHeight = measure.getFontMetrics().getHeight();
		measure.dispose();
		figures = new NodeFigures(this::textWidth, lineHeight);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, event -> {
			Node node = nodeAt(event.x, event.y);
			if (node != null) {
				editText(node);
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Resize, event -> {
			if (!viewChanged && layout != null) {
				overview();
			}
		});
		canvas.setMenu(contextMenu());
		refresh();
	}

	private int textWidth(String text) {
		if (measuring != null) {
			return measuring.textExtent(text).x;
		}
		GC gc = new GC(canvas);
		gc.setFont(regular);
		int width = gc.textExtent(text).x;
		gc.dispose();
		return width;
	}

	public Canvas control() {
		return canvas;
	}

	/** Lays the map out again (after it changed), keeping the nodes the user placed. */
	public void refresh() {
		figures.clear();
		Map<Node, double[]> sizes = new IdentityHashMap<>();
		measuring = new GC(canvas); // one context for all the text of the map, not one per word
		measuring.setFont(regular);
		try {
			for (Node node : map.getNodes()) {
				sizes.put(node, figures.size(node));
			}
		} finally {
			measuring.dispose();
			measuring = null;
		}
		MapLayout prepared = MapLayout.prepare(map, sizes::get);
		if (map.getNodes().size() <= INLINE_LAYOUT_LIMIT) {
			laidOut(prepared.compute());
			return;
		}
		if (layoutJob != null) {
			layoutJob.cancel();
		}
		layoutJob = new Job(Messages.Canvas_layingOut) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Result result = prepared.compute();
				if (!monitor.isCanceled() && !canvas.isDisposed()) {
					canvas.getDisplay().asyncExec(() -> laidOut(result));
				}
				return Status.OK_STATUS;
			}
		};
		layoutJob.schedule();
	}

	private void laidOut(Result result) {
		if (canvas.isDisposed()) {
			return;
		}
		layout = result;
		layouts++;
		if (!viewChanged && canvas.getClientArea().width > 0) {
			overview();
		}
		canvas.redraw();
	}

	/** How many layouts have been shown: tests and benchmarks wait for it to grow. */
	public int layouts() {
		return layouts;
	}

	public Result layout() {
		return layout;
	}

	public NodeFigures figures() {
		return figures;
	}

	// --- painting and coordinates ---

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (layout == null) {
			gc.drawText(Messages.Canvas_layingOut, 10, 10);
			return;
		}
		Transform transform = new Transform(canvas.getDisplay());
		transform.translate((float) offsetX, (float) offsetY);
		transform.scale((float) zoom, (float) zoom);
		gc.setTransform(transform);
		SwtSurface surface = new SwtSurface(gc, regular, bold);
		double[] topLeft = toDrawing(event.x, event.y);
		double[] visible = { topLeft[0], topLeft[1], event.width / zoom, event.height / zoom };
		GraphPainter.paint(surface, layout, figures, selection, drag == Drag.MOVE ? dragNode : null,
				drag == Drag.MOVE ? dragPoint : null, visible);
		if (drag == Drag.CONNECT && dragPoint != null) {
			Box from = layout.boxes().get(dragNode);
			surface.polyline(new double[] { from.centerX(), from.y(), dragPoint[0], dragPoint[1] },
					GraphStyle.SELECTION, 2, new int[] { 4, 3 });
		}
		for (Object selected : selection) {
			if (selected instanceof Node node && layout.boxes().containsKey(node)) {
				Box box = layout.boxes().get(node);
				surface.circle(box.centerX(), box.y(), HANDLE_RADIUS, GraphStyle.SELECTION);
			}
		}
		gc.setTransform(null);
		transform.dispose();
	}

	/** Drawing coordinates of a point on the canvas. */
	public double[] toDrawing(int x, int y) {
		return new double[] { (x - offsetX) / zoom, (y - offsetY) / zoom };
	}

	/** Canvas coordinates of a point of the drawing. */
	public Point toCanvas(double x, double y) {
		return new Point((int) Math.round(x * zoom + offsetX), (int) Math.round(y * zoom + offsetY));
	}

	/** The relation whose line is under a canvas point (within a few pixels), or null. */
	private Relation relationAt(int x, int y) {
		if (layout == null) {
			return null;
		}
		double[] point = toDrawing(x, y);
		return GraphPainter.relationAt(layout, point[0], point[1], 4 / zoom);
	}

	private Node nodeAt(int x, int y) {
		if (layout == null) {
			return null;
		}
		double[] point = toDrawing(x, y);
		return GraphPainter.nodeAt(layout, point[0], point[1]);
	}

	/** The node whose connection handle (the dot on its top edge when selected) is under the canvas point. */
	private Node handleAt(int x, int y) {
		double[] point = toDrawing(x, y);
		for (Object selected : selection) {
			if (selected instanceof Node node && layout.boxes().containsKey(node)) {
				Box box = layout.boxes().get(node);
				if (Math.hypot(point[0] - box.centerX(), point[1] - box.y()) <= HANDLE_RADIUS + 3 / zoom) {
					return node;
				}
			}
		}
		return null;
	}

	public double zoom() {
		return zoom;
	}

	/**
	 * The node that the most other nodes argue for or against, directly or through others. Only conclusions
	 * that are nobody's premise are counted from: a premise always reaches fewer nodes than what it supports.
	 */
	private Node mainConclusion() {
		Map<Node, List<Node>> premises = new IdentityHashMap<>();
		Set<Node> arguing = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Relation relation : map.getRelations()) {
			arguing.addAll(relation.getSources());
			if (relation.getTarget() instanceof Node target) {
				premises.computeIfAbsent(target, key -> new ArrayList<>()).addAll(relation.getSources());
			}
		}
		List<Node> candidates = layout.boxes().keySet().stream().filter(node -> !arguing.contains(node)).toList();
		Node best = null;
		int bestReach = -1;
		for (Node node : candidates.isEmpty() ? layout.boxes().keySet() : candidates) {
			Set<Node> reached = Collections.newSetFromMap(new IdentityHashMap<>());
			ArrayDeque<Node> queue = new ArrayDeque<>(List.of(node));
			while (!queue.isEmpty()) {
				for (Node premise : premises.getOrDefault(queue.poll(), List.of())) {
					if (reached.add(premise)) {
						queue.add(premise);
					}
				}
			}
			if (reached.size() > bestReach) {
				bestReach = reached.size();
				best = node;
			}
		}
		return best;
	}

	/** Shows the whole map (Home). */
	public void zoomToFit() {
		if (layout == null) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		double[] size = GraphPainter.size(layout);
		zoom = Math.max(MIN_ZOOM, Math.min(1.25, Math.min(area.width / size[0], area.height / size[1])));
		offsetX = (area.width - size[0] * zoom) / 2;
		offsetY = Math.max(0, (area.height - size[1] * zoom) / 2);
		viewChanged = true;
		canvas.redraw();
	}

	/**
	 * The first view of a map: all of it if it can be read that way, else readable text from the top (where
	 * the conclusions are) and centred, to be panned from there.
	 */
	private void overview() {
		Rectangle area = canvas.getClientArea();
		double[] size = GraphPainter.size(layout);
		zoom = Math.max(READABLE_ZOOM, Math.min(1, Math.min(area.width / size[0], area.height / size[1])));
		if (size[0] * zoom <= area.width && size[1] * zoom <= area.height) {
			offsetX = (area.width - size[0] * zoom) / 2;
			offsetY = (area.height - size[1] * zoom) / 2;
		} else {
			// the main conclusion at the top centre, without showing space beyond the map
			Box main = layout.boxes().get(mainConclusion());
			offsetX = Math.max(Math.min(0, area.width - size[0] * zoom),
					Math.min(0, area.width / 2.0 - main.centerX() * zoom));
			offsetY = Math.max(Math.min(0, area.height - size[1] * zoom), Math.min(0, 20 - main.y() * zoom));
		}
		canvas.redraw();
	}

	public void zoomActual() {
		zoomAround(1, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
	}

	private void zoomAround(double next, int x, int y) {
		double[] anchor = toDrawing(x, y);
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, next));
		offsetX = x - anchor[0] * zoom;
		offsetY = y - anchor[1] * zoom;
		viewChanged = true;
		canvas.redraw();
	}

	/** Moves the view by {@code dx, dy} canvas pixels. */
	public void pan(double dx, double dy) {
		offsetX += dx;
		offsetY += dy;
		viewChanged = true;
		canvas.redraw();
	}

	// --- mouse and keys ---

	private void mouseDown(Event event) {
		if (event.button != 1 || layout == null) {
			return;
		}
		canvas.setFocus();
		finishEditing(true);
		dragStart = new double[] { event.x, event.y };
		Node handle = handleAt(event.x, event.y);
		Node node = handle != null ? handle : nodeAt(event.x, event.y);
		if (handle != null || node != null && (event.stateMask & SWT.SHIFT) != 0) {
			drag = Drag.CONNECT;
			dragNode = node;
			dragPoint = toDrawing(event.x, event.y);
		} else if (node != null) {
			if ((event.stateMask & SWT.MOD1) != 0) {
				if (!selection.remove(node)) {
					selection.add(node);
				}
			} else if (!selection.contains(node)) {
				selection.clear();
				selection.add(node);
			}
			fireSelection();
			drag = Drag.MOVE;
			dragNode = node;
			Box box = layout.boxes().get(node);
			double[] point = toDrawing(event.x, event.y);
			grabOffset = new double[] { point[0] - box.x(), point[1] - box.y() };
			dragPoint = new double[] { box.x(), box.y() };
		} else if (relationAt(event.x, event.y) != null) {
			Relation relation = relationAt(event.x, event.y);
			if ((event.stateMask & SWT.MOD1) == 0) {
				selection.clear();
			}
			selection.add(relation);
			fireSelection();
		} else {
			if ((event.stateMask & SWT.MOD1) == 0 && !selection.isEmpty()) {
				selection.clear();
				fireSelection();
			}
			drag = Drag.PAN;
		}
		canvas.redraw();
	}

	private void mouseMove(Event event) {
		switch (drag) {
		case MOVE -> {
			double[] point = toDrawing(event.x, event.y);
			dragPoint = new double[] { point[0] - grabOffset[0], point[1] - grabOffset[1] };
			canvas.redraw();
		}
		case CONNECT -> {
			dragPoint = toDrawing(event.x, event.y);
			canvas.redraw();
		}
		case PAN -> {
			pan(event.x - dragStart[0], event.y - dragStart[1]);
			dragStart = new double[] { event.x, event.y };
		}
		default -> canvas.setCursor(canvas.getDisplay().getSystemCursor(
				layout != null && handleAt(event.x, event.y) != null ? SWT.CURSOR_CROSS : SWT.CURSOR_ARROW));
		}
	}

	private void mouseUp(Event event) {
		Drag ended = drag;
		drag = Drag.NONE;
		if (ended == Drag.MOVE && Math.hypot(event.x - dragStart[0], event.y - dragStart[1]) > 3) {
			execute(SetCommand.create(domain, dragNode, ArgmapPackage.Literals.NODE__POSITION,
					MapElements.newPosition(Math.round(dragPoint[0]), Math.round(dragPoint[1]))));
		} else if (ended == Drag.CONNECT) {
			Node target = nodeAt(event.x, event.y);
			Relation inference = target == null ? relationAt(event.x, event.y) : null;
			if (target != null && target != dragNode) {
				offerRelation(dragNode, target, event.x, event.y);
			} else if (inference != null && !inference.getSources().contains(dragNode)) {
				offerRelation(dragNode, inference, event.x, event.y);
			}
		}
		canvas.redraw();
	}

	/**
	 * After a drag from a node onto another node, a menu of the relations that can join them; onto a
	 * relation's line, the undercut that attacks that inference.
	 */
	private void offerRelation(Node source, ArgumentElement target, int x, int y) {
		if (relationMenu != null) {
			relationMenu.dispose();
		}
		relationMenu = new Menu(canvas);
		List<RelationKind> kinds = new ArrayList<>();
		if (target instanceof Relation) {
			kinds.add(RelationKind.UNDERCUT);
		} else {
			kinds.addAll(List.of(RelationKind.SUPPORT, RelationKind.ATTACK));
			if (source instanceof Analogy) {
				kinds.add(RelationKind.ANALOGY);
			}
			kinds.add(RelationKind.EQUIVALENCE);
		}
		for (RelationKind kind : kinds) {
			MenuItem item = new MenuItem(relationMenu, SWT.PUSH);
			item.setText(GraphStyle.legend(kind));
			item.setData(kind);
			item.addListener(SWT.Selection, event -> {
				execute(MapCommands.addRelation(domain, map, MapElements.newRelation(kind, target, source)));
			});
		}
		relationMenu.setLocation(canvas.toDisplay(x, y));
		relationMenu.setVisible(true);
	}

	/** The menu of relation kinds last offered after a drag, for tests that choose from it. */
	public Menu relationMenu() {
		return relationMenu;
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			zoomAround(zoom * (event.count > 0 ? 1.15 : 1 / 1.15), event.x, event.y);
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			pan(event.count * 20, 0);
		} else {
			pan(0, event.count * 20);
		}
		event.doit = false;
	}

	private void key(Event event) {
		if (event.keyCode == SWT.F2 && selectedNode() != null) {
			editText(selectedNode());
		} else if (event.keyCode == SWT.HOME) {
			zoomToFit();
		} else if ((event.stateMask & SWT.MOD1) != 0 && event.character == '0') {
			zoomActual();
		} else if (event.character == '+' || event.character == '=') {
			zoomAround(zoom * 1.2, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
		} else if (event.character == '-') {
			zoomAround(zoom / 1.2, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
		} else if (event.keyCode == SWT.ARROW_LEFT || event.keyCode == SWT.ARROW_RIGHT || event.keyCode == SWT.ARROW_UP
				|| event.keyCode == SWT.ARROW_DOWN) {
			navigate(event.keyCode);
		}
	}

	/** Selects the nearest node in the direction of the arrow key, or pans when nothing is selected. */
	private void navigate(int keyCode) {
		double dx = keyCode == SWT.ARROW_LEFT ? -1 : keyCode == SWT.ARROW_RIGHT ? 1 : 0;
		double dy = keyCode == SWT.ARROW_UP ? -1 : keyCode == SWT.ARROW_DOWN ? 1 : 0;
		Node from = selectedNode();
		if (from == null || layout == null) {
			pan(-dx * 40, -dy * 40);
			return;
		}
		Box origin = layout.boxes().get(from);
		Node best = null;
		double bestScore = Double.MAX_VALUE;
		for (Map.Entry<Node, Box> entry : layout.boxes().entrySet()) {
			double vx = entry.getValue().centerX() - origin.centerX();
			double vy = entry.getValue().centerY() - origin.centerY();
			double along = vx * dx + vy * dy;
			double across = Math.abs(vx * dy - vy * dx);
			if (entry.getKey() != from && along > 0 && across <= along * 1.5) {
				double score = along + 2 * across;
				if (score < bestScore) {
					bestScore = score;
					best = entry.getKey();
				}
			}
		}
		if (best != null) {
			setSelection(new StructuredSelection(best));
			reveal(best);
			fireSelection();
		}
	}

	/** Scrolls so that {@code node} is in view. */
	public void reveal(Node node) {
		if (layout == null || !layout.boxes().containsKey(node)) {
			return;
		}
		Box box = layout.boxes().get(node);
		Point topLeft = toCanvas(box.x(), box.y());
		Point bottomRight = toCanvas(box.x() + box.width(), box.y() + box.height());
		Rectangle area = canvas.getClientArea();
		double dx = topLeft.x < 0 ? -topLeft.x + 20 : bottomRight.x > area.width ? area.width - bottomRight.x - 20 : 0;
		double dy = topLeft.y < 0 ? -topLeft.y + 20 : bottomRight.y > area.height ? area.height - bottomRight.y - 20 : 0;
		if (dx != 0 || dy != 0) {
			pan(dx, dy);
		}
	}

	// --- in-place editing ---

	/** Edits a node's text in place: Enter keeps it, Escape drops it, Shift+Enter breaks the line. */
	public void editText(Node node) {
		finishEditing(true);
		Box box = layout.boxes().get(node);
		Point topLeft = toCanvas(box.x(), box.y());
		editor = new Text(canvas, SWT.MULTI | SWT.WRAP | SWT.BORDER);
		editor.setText(node.getText() == null ? "" : node.getText()); //$NON-NLS-1$
		editor.setBounds(topLeft.x, topLeft.y, (int) Math.max(160, box.width() * zoom),
				(int) Math.max(60, box.height() * zoom));
		editor.setData(node);
		editor.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ESC) {
				finishEditing(false);
			} else if ((event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && (event.stateMask & SWT.SHIFT) == 0) {
				event.doit = false;
				finishEditing(true);
			}
		});
		editor.addListener(SWT.FocusOut, event -> finishEditing(true));
		editor.selectAll();
		editor.setFocus();
	}

	/** The text box of an edit in progress, or null. */
	public Text inPlaceEditor() {
		return editor;
	}

	private void finishEditing(boolean keep) {
		Text text = editor;
		if (text == null || text.isDisposed()) {
			editor = null;
			return;
		}
		editor = null;
		Node node = (Node) text.getData();
		String value = text.getText();
		text.dispose();
		if (keep && !value.equals(node.getText())) {
			execute(SetCommand.create(domain, node, ArgmapPackage.Literals.NODE__TEXT, value));
		}
		canvas.setFocus();
	}

	// --- commands ---

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private Menu contextMenu() {
		Menu menu = new Menu(canvas);
		item(menu, Messages.Canvas_zoomFit, this::zoomToFit);
		item(menu, Messages.Canvas_zoomActual, this::zoomActual);
		item(menu, Messages.Canvas_relayout, this::relayoutKeepingPlacedNodes);
		return menu;
	}

	private static void item(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, event -> action.run());
	}

	/** Re-layout: ELK places every node again; nodes the user placed keep their place. */
	public void relayoutKeepingPlacedNodes() {
		refresh();
		zoomToFit();
	}

	// --- selection ---

	private Node selectedNode() {
		return selection.size() == 1 && selection.iterator().next() instanceof Node node ? node : null;
	}

	private void fireSelection() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		listeners.forEach(listener -> listener.selectionChanged(event));
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public IStructuredSelection getSelection() {
		return new StructuredSelection(new ArrayList<>(selection));
	}

	/** Shows {@code newSelection} (nodes and relations; other elements are ignored) without firing. */
	@Override
	public void setSelection(ISelection newSelection) {
		selection.clear();
		if (newSelection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (element instanceof Node || element instanceof Relation) {
					selection.add(element);
				}
			}
		}
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}
}

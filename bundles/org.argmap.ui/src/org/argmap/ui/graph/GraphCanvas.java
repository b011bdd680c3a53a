package org.argmap.ui.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.argmap.core.drawing.DrawingStyle;
import org.argmap.core.evaluation.Label;
import org.argmap.core.drawing.GraphPainter;
import org.argmap.core.drawing.NodeFigures;
import org.argmap.core.layout.MapDrawing;
import org.argmap.core.layout.MapFocus;
import org.argmap.core.layout.MapFocus.Hidden;
import org.argmap.core.layout.MapLayout;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.core.layout.MapLayout.Result;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.OncePerEdit;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
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
 * The argument graph, drawn with SWT. ELK lays the map out when it opens and on Re-layout All; after that the
 * canvas follows the model through the item providers' notifications and changes only what an edit touched
 * ({@link MapDrawing}), so nodes stay where the user saw them. The mouse selects, moves (and pins) nodes,
 * connects them (drag from the handle on a selected node's top edge onto a node, or onto a line to undercut
 * that inference or join it as a linked premise) and pans; zoom, fit, in-place editing and moving between
 * nodes are workbench commands with key bindings in the graph's context. A reader may hide part of a big map
 * ({@link MapFocus}: collapsed premises, a neighbourhood); that is a way of looking, not an edit, and what
 * stays keeps its place. An {@link Overview} in the corner shows where the view is when the map does not fit.
 */
public final class GraphCanvas implements ISelectionProvider {

	/** The context whose key bindings (F2, Home, +, -, arrows…) apply while the canvas has focus. */
	public static final String CONTEXT_ID = "org.argmap.ui.graphContext"; //$NON-NLS-1$
	static final int HANDLE_RADIUS = 6;
	private static final int PAINT_PATIENCE_MILLIS = 200;
	/** Room around the nodes shown when a focus hides the others. */
	private static final double SHOWN_MARGIN = 20;

	private final Canvas canvas;
	private final AdapterFactoryEditingDomain domain;
	private final ArgumentMap map;
	private final Font regular;
	private final Font bold;
	private final NodeFigures figures;
	private final Viewport viewport;
	private final LayoutScheduler layouts;
	private final InPlaceEditor inPlace;
	private final FindBar findBar;
	private final Set<Object> selection = new LinkedHashSet<>();
	private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
	private final INotifyChangedListener modelListener = this::modelChanged;
	/** Nodes whose wording changed since the drawing was last brought up to date. */
	private final Set<Node> reworded = Collections.newSetFromMap(new IdentityHashMap<>());
	/** Relations whose premises or conclusion changed since then. */
	private final Set<Relation> rewired = Collections.newSetFromMap(new IdentityHashMap<>());
	private final OncePerEdit update;
	/** Work of the other views, held back until the graph has shown the edit it follows. */
	private final List<Runnable> afterPaint = new ArrayList<>();
	private MapDrawing drawing;
	private final MapFocus focus = new MapFocus();
	private Hidden hidden = Hidden.NOTHING;
	/** The drawing without what the focus hides: what is painted and what the mouse finds. */
	private MapDrawing shown;
	private final Overview overview;
	private boolean layoutCancelled;
	/** Whether the laid-out map has been painted yet, for the start-up trace. */
	private boolean painted;
	private int drawingUpdates;
	private final CanvasTools tools;
	private Menu relationMenu;
	/** The label of each node when the map is evaluated on the graph, else null. */
	private Function<Node, Label> labels;
	/** The graphics context that measures text while many nodes are sized at once. */
	private GC measuring;

	public GraphCanvas(Composite parent, AdapterFactoryEditingDomain domain, ArgumentMap map) {
		this.domain = domain;
		this.map = map;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), canvas);
		regular = JFaceResources.getDialogFont();
		bold = resources.create(FontDescriptor.createFrom(regular).setStyle(SWT.BOLD));
		GC measure = new GC(canvas);
		measure.setFont(regular);
		int lineHeight = measure.getFontMetrics().getHeight();
		measure.dispose();
		figures = new NodeFigures(this::textWidth, lineHeight);
		FontData font = regular.getFontData()[0];
		viewport = new Viewport(canvas, font.getHeight() * canvas.getDisplay().getDPI().y / 72.0, this::viewMoved);
		overview = new Overview(this, viewport);
		layouts = new LayoutScheduler(canvas, this::laidOut);
		update = new OncePerEdit(canvas.getDisplay()::asyncExec, this::bringUpToDate);
		inPlace = new InPlaceEditor(canvas, (node, text) -> execute(MapEdits.setText(domain, node, text)));
		findBar = new FindBar(canvas, this::nodesInReadingOrder, node -> {
			selectOnly(node);
			reveal(node);
		});
		canvas.addListener(SWT.Paint, this::paint);
		tools = new CanvasTools(this);
		canvas.addListener(SWT.MouseDown, tools::mouseDown);
		canvas.addListener(SWT.MouseMove, tools::mouseMove);
		canvas.addListener(SWT.MouseUp, tools::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, event -> {
			Node collapsed = badgeAt(event.x, event.y);
			Node node = nodeAt(event.x, event.y);
			if (collapsed != null) {
				expandPremises(List.of(collapsed));
			} else if (node != null) {
				editText(node);
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		// Escape drops a move or a connection in progress; the other keys are commands in the graph's context
		canvas.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ESC) {
				tools.cancel();
			}
		});
		canvas.addListener(SWT.Resize, event -> {
			if (!viewport.changedByUser() && drawing != null) {
				home();
				revealSelectedNode();
			}
			overview.refresh();
		});
		((IChangeNotifier) domain.getAdapterFactory()).addListener(modelListener);
		canvas.addListener(SWT.Dispose, event -> {
			layouts.cancel();
			if (relationMenu != null) {
				// a menu belongs to the window, and its items hold commands on this map
				relationMenu.dispose();
			}
			((IChangeNotifier) domain.getAdapterFactory()).removeListener(modelListener);
		});
		relayoutAll();
	}

	private int textWidth(String text, boolean strong) {
		if (measuring != null) {
			measuring.setFont(strong ? bold : regular);
			return measuring.textExtent(text).x;
		}
		GC gc = new GC(canvas);
		gc.setFont(strong ? bold : regular);
		int width = gc.textExtent(text).x;
		gc.dispose();
		return width;
	}

	public Canvas control() {
		return canvas;
	}

	// --- following the model ---

	/**
	 * Notes what an edit changed; the drawing is brought up to date once the command (which may make many
	 * changes) has finished.
	 */
	private void modelChanged(Notification notification) {
		Object notifier = notification.getNotifier();
		Object feature = notification.getFeature();
		if (notifier instanceof Node node
				&& (feature == ArgmapPackage.Literals.NODE__LABEL || feature == ArgmapPackage.Literals.NODE__TEXT)) {
			figures.forget(node);
			reworded.add(node);
		}
		if (notifier instanceof Relation relation && (feature == ArgmapPackage.Literals.RELATION__SOURCES
				|| feature == ArgmapPackage.Literals.RELATION__TARGET)) {
			rewired.add(relation);
		}
		if (!canvas.isDisposed()) {
			update.request();
		}
	}

	private void bringUpToDate() {
		if (canvas.isDisposed() || drawing == null) {
			return; // a layout is running; it reconciles with the map when it arrives
		}
		drawing.update(map, figures::size, reworded, rewired, viewport.centre());
		reworded.clear();
		rewired.clear();
		if (selection.removeIf(element -> !drawing.boxes().containsKey(element)
				&& !(element instanceof Relation relation && map.getRelations().contains(relation)))) {
			fireSelection();
		}
		drawingUpdates++;
		applyFocus();
		// the user sees the graph change before the tree and the other views take their turn with the edit
		canvas.update();
	}

	/** Lays out the whole map with ELK again; nodes the user placed keep their place. */
	public void relayoutAll() {
		inPlace.finish(true);
		Map<Node, double[]> sizes = new IdentityHashMap<>();
		measuring = new GC(canvas); // one context for all the text of the map, not one per word
		try {
			for (Node node : map.getNodes()) {
				sizes.put(node, figures.size(node));
			}
		} finally {
			measuring.dispose();
			measuring = null;
		}
		layouts.schedule(MapLayout.prepare(map, sizes::get), map.getNodes().size());
	}

	private void laidOut(Result result) {
		if (result == null) {
			// cancelled: the last drawing stays; without one, the canvas says how to get it
			layoutCancelled = drawing == null;
			canvas.redraw();
			return;
		}
		layoutCancelled = false;
		boolean first = drawing == null;
		drawing = MapDrawing.of(result);
		// edits made while ELK was running
		drawing.update(map, figures::size, reworded, rewired, null);
		reworded.clear();
		rewired.clear();
		drawingUpdates++;
		applyFocus();
		if (!first || !viewport.changedByUser() && canvas.getClientArea().width > 0) {
			home();
		}
		revealSelectedNode();
	}

	/**
	 * How many times the drawing was brought up to date with the map (a full layout or an edit): tests and
	 * benchmarks wait for it to grow.
	 */
	public int drawingUpdates() {
		return drawingUpdates;
	}

	/**
	 * The drawing of the whole map, hidden nodes included where they will be when shown again, or null while
	 * the first layout runs.
	 */
	public MapDrawing layout() {
		return drawing;
	}

	/** The drawing of what the focus lets through, as painted; null while the first layout runs. */
	public MapDrawing shown() {
		return shown;
	}

	/** The map drawn. */
	ArgumentMap map() {
		return map;
	}

	/** Rings each node in the colour of its label, or (null) stops. */
	public void showLabels(Function<Node, Label> nodeLabels) {
		labels = nodeLabels;
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
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
		if (drawing == null) {
			gc.drawText(layoutCancelled ? Messages.Canvas_layoutCancelled : Messages.Canvas_layingOut, 10, 10);
			return;
		}
		Transform transform = new Transform(canvas.getDisplay());
		transform.translate((float) viewport.offsetX(), (float) viewport.offsetY());
		transform.scale((float) viewport.zoom(), (float) viewport.zoom());
		gc.setTransform(transform);
		SwtSurface surface = new SwtSurface(gc, regular, bold);
		double[] topLeft = toDrawing(event.x, event.y);
		double[] visible = { topLeft[0], topLeft[1], event.width / zoom(), event.height / zoom() };
		DrawingStyle style = ArgmapPreferences.drawingStyle();
		GraphPainter.paint(surface, shown, figures, labels == null ? style : style.withLabels(labels), selection,
				tools.moving(),
				tools.movingTo(), visible);
		hidden.premises().forEach((node, count) -> {
			double[] badge = badge(node, count);
			if (badge != null) {
				surface.roundRectangle(badge[0], badge[1], badge[2], badge[3], badge[3], DrawingStyle.TEXT,
						DrawingStyle.BACKGROUND, 1, null);
				surface.text(badgeText(count), badge[0] + badge[3] / 2, badge[1] + 1, false, DrawingStyle.BACKGROUND);
			}
		});
		Node connecting = tools.connecting();
		if (connecting != null && shown.boxes().containsKey(connecting)) {
			Box from = shown.boxes().get(connecting);
			double[] to = tools.connectingTo();
			surface.polyline(new double[] { from.centerX(), from.y(), to[0], to[1] }, DrawingStyle.SELECTION, 2,
					new int[] { 4, 3 });
		}
		for (Object selected : selection) {
			if (selected instanceof Node node && shown.boxes().containsKey(node)) {
				Box box = shown.boxes().get(node);
				surface.circle(box.centerX(), box.y(), HANDLE_RADIUS, DrawingStyle.SELECTION);
			}
		}
		gc.setTransform(null);
		transform.dispose();
		if (!hidden.isEmpty()) {
			// the reader should not take the part shown for the whole map; opaque, to be read over the nodes
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
			gc.drawText(NLS.bind(Messages.Canvas_focused, shown.boxes().size(), drawing.boxes().size()), 10,
					area.height - gc.getFontMetrics().getHeight() - 8, false);
		}
		if (!painted) {
			painted = true;
			ArgmapUi.trace(ArgmapUi.TRACE_FIRST_PAINT, map.getTitle());
		}
		if (!afterPaint.isEmpty()) {
			canvas.getDisplay().asyncExec(this::runAfterPaint);
		}
	}

	/**
	 * Runs {@code task} (a view filling in, or catching up with an edit) once the graph has painted: the graph is
	 * what the user is looking at, so it shows the map or an edit first and the trees, Properties and source
	 * pane follow.
	 * When the graph is not on screen or not drawn yet, the task runs as soon as the UI thread is free; should
	 * no paint come, it runs after a moment; once the graph is gone, it runs at once.
	 */
	public void afterNextPaint(Runnable task) {
		afterPaint(task, false);
	}

	/** As {@link #afterNextPaint}, but at once when the graph has painted before. */
	public void afterFirstPaint(Runnable task) {
		afterPaint(task, true);
	}

	private void afterPaint(Runnable task, boolean firstOnly) {
		if (canvas.isDisposed() || firstOnly && painted) {
			task.run();
			return;
		}
		if (!canvas.isVisible() || drawing == null) {
			canvas.getDisplay().asyncExec(task);
			return;
		}
		afterPaint.add(task);
		if (afterPaint.size() == 1) {
			canvas.getDisplay().timerExec(PAINT_PATIENCE_MILLIS, this::runAfterPaint);
		}
	}

	private void runAfterPaint() {
		List<Runnable> tasks = new ArrayList<>(afterPaint);
		afterPaint.clear();
		tasks.forEach(Runnable::run);
	}

	/** Drawing coordinates of a point on the canvas. */
	public double[] toDrawing(int x, int y) {
		return viewport.toDrawing(x, y);
	}

	/** Canvas coordinates of a point of the drawing. */
	public Point toCanvas(double x, double y) {
		return viewport.toCanvas(x, y);
	}

	public double zoom() {
		return viewport.zoom();
	}

	/** Whether {@code node} is drawn and any of its box is in view. */
	public boolean shows(Node node) {
		Box box = shown == null ? null : shown.boxes().get(node);
		return box != null && viewport.shows(box);
	}

	Relation relationAt(int x, int y) {
		if (shown == null) {
			return null;
		}
		double[] point = toDrawing(x, y);
		return GraphPainter.relationAt(shown, point[0], point[1], 4 / zoom());
	}

	Node nodeAt(int x, int y) {
		if (shown == null) {
			return null;
		}
		double[] point = toDrawing(x, y);
		return GraphPainter.nodeAt(shown, point[0], point[1]);
	}

	/** The selected node whose connection handle (the dot on its top edge) is under the canvas point. */
	Node handleAt(int x, int y) {
		double[] point = toDrawing(x, y);
		for (Object selected : selection) {
			if (selected instanceof Node node && shown.boxes().containsKey(node)) {
				Box box = shown.boxes().get(node);
				if (Math.hypot(point[0] - box.centerX(), point[1] - box.y()) <= HANDLE_RADIUS + 3 / zoom()) {
					return node;
				}
			}
		}
		return null;
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
		List<Node> candidates = shown.boxes().keySet().stream().filter(node -> !arguing.contains(node)).toList();
		Node best = null;
		int bestReach = -1;
		for (Node node : candidates.isEmpty() ? shown.boxes().keySet() : candidates) {
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

	/**
	 * Home: the whole map if its text can be read that way, else readable text around the main conclusion, with
	 * the overview showing where that is.
	 */
	public void home() {
		if (shown != null) {
			Node main = mainConclusion();
			viewport.home(shownBounds(), main == null ? null : shown.boxes().get(main));
		}
	}

	/**
	 * Keeps the selected node in view, also one selected before there was a drawing or before the canvas had a
	 * size, as when a map is opened at a node.
	 */
	private void revealSelectedNode() {
		selection.stream().filter(Node.class::isInstance).map(Node.class::cast).findFirst().ifPresent(this::reveal);
	}

	/** Shows all that is shown of the map, however small its text. */
	public void fitWholeMap() {
		if (shown != null) {
			viewport.fit(shownBounds());
		}
	}

	/** The size of the whole drawing, legend included. */
	double[] size() {
		return GraphPainter.size(drawing, figures);
	}

	/**
	 * The part of the drawing the nodes shown take ({@code x, y, width, height}): all of it, legend included,
	 * unless a focus hides nodes.
	 */
	double[] shownBounds() {
		double[] size = size();
		if (hidden.isEmpty() || shown.boxes().isEmpty()) {
			return new double[] { 0, 0, size[0], size[1] };
		}
		double left = Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		double right = -Double.MAX_VALUE;
		double bottom = -Double.MAX_VALUE;
		for (Box box : shown.boxes().values()) {
			left = Math.min(left, box.x());
			top = Math.min(top, box.y());
			right = Math.max(right, box.x() + box.width());
			bottom = Math.max(bottom, box.y() + box.height());
		}
		return new double[] { left - SHOWN_MARGIN, top - SHOWN_MARGIN, right - left + 2 * SHOWN_MARGIN,
				bottom - top + 2 * SHOWN_MARGIN };
	}

	private void viewMoved() {
		overview.refresh();
	}

	/** The overview panel in the canvas's corner, for tests; hidden while the whole map is in view. */
	public Canvas overview() {
		return overview.control();
	}

	// --- focus: hiding part of the map ---

	/** Hides what argues for or against {@code nodes}; a badge on each says how many it hides. */
	public void collapsePremises(Collection<Node> nodes) {
		nodes.forEach(focus::collapse);
		applyFocus();
	}

	/** Shows the premises of {@code nodes} again, where they were. */
	public void expandPremises(Collection<Node> nodes) {
		nodes.forEach(focus::expand);
		applyFocus();
	}

	/** Whether collapsing {@code node} would hide anything: it is shown, not collapsed, and has premises. */
	public boolean canCollapse(Node node) {
		return shown != null && shown.boxes().containsKey(node) && !focus.isCollapsed(node)
				&& MapFocus.hasPremises(map, node);
	}

	public boolean isCollapsed(Node node) {
		return focus.isCollapsed(node);
	}

	/** Shows only the nodes within {@code steps} relations of {@code centre}, and brings them into view. */
	public void showNeighbourhood(Collection<Node> centre, int steps) {
		focus.showNeighbourhood(map, centre, steps);
		applyFocus();
		home();
	}

	/** Drops every focus: the whole map is shown, each node where it was. */
	public void showAll() {
		focus.showAll();
		applyFocus();
	}

	/** Whether a focus hides any node. */
	public boolean hidesNodes() {
		return !hidden.isEmpty();
	}

	/** Works out what the focus hides of the map as it is now, and shows the rest. */
	private void applyFocus() {
		if (drawing == null) {
			return;
		}
		hidden = focus.hidden(map);
		shown = drawing.without(hidden.nodes());
		if (selection.removeIf(hidden.nodes()::contains)) {
			fireSelection();
		}
		canvas.redraw();
		// like the other views, the overview follows once the graph has shown the change
		afterNextPaint(overview::refresh);
	}

	private static String badgeText(int count) {
		return "+" + count; //$NON-NLS-1$
	}

	/**
	 * Where the badge of a collapsed node is drawn, hanging from the middle of its bottom edge towards the
	 * premises it hides ({@code x, y, width, height} of the drawing); null when it hides nothing.
	 */
	private double[] badge(Node node, int count) {
		Box box = shown.boxes().get(node);
		if (box == null || count == 0) {
			return null;
		}
		double height = figures.lineHeight() + 2;
		double width = figures.labelWidth(badgeText(count)) + height;
		return new double[] { box.centerX() - width / 2, box.y() + box.height() - 2, width, height };
	}

	/** The collapsed node whose badge is under the canvas point, or null. */
	private Node badgeAt(int x, int y) {
		double[] point = toDrawing(x, y);
		for (Map.Entry<Node, Integer> entry : hidden.premises().entrySet()) {
			double[] badge = badge(entry.getKey(), entry.getValue());
			if (badge != null && point[0] >= badge[0] && point[0] <= badge[0] + badge[2] && point[1] >= badge[1]
					&& point[1] <= badge[1] + badge[3]) {
				return entry.getKey();
			}
		}
		return null;
	}

	public void zoomActual() {
		viewport.zoomActual();
	}

	public void zoomIn() {
		viewport.zoomIn();
	}

	public void zoomOut() {
		viewport.zoomOut();
	}

	/** Moves the view by {@code dx, dy} canvas pixels. */
	public void pan(double dx, double dy) {
		viewport.pan(dx, dy);
	}

	/**
	 * Scrolls so that {@code node} is in view; a node the focus hides is shown first (chosen in the Outline or
	 * found with Ctrl+F, it is what the user wants to see).
	 */
	public void reveal(Node node) {
		if (drawing != null && drawing.boxes().containsKey(node) && !shown.boxes().containsKey(node)) {
			focus.reveal(map, node);
			applyFocus();
		}
		// in a canvas of no size yet, revealing would pan the node away; the first resize reveals it
		Rectangle area = canvas.getClientArea();
		if (shown != null && shown.boxes().containsKey(node) && area.width > 0 && area.height > 0) {
			viewport.reveal(shown.boxes().get(node));
		}
	}

	// --- the mouse: select, move, connect, pan ---

	/** The mouse starts a gesture (select, move, connect, pan) only on a drawn map, after any edit in place. */
	boolean readyForGesture() {
		if (drawing == null) {
			return false;
		}
		canvas.setFocus();
		inPlace.finish(true);
		return true;
	}

	/** Replaces the selection with {@code element}, or with nothing. */
	void selectOnly(Object element) {
		selection.clear();
		if (element != null) {
			selection.add(element);
		}
		fireSelection();
		canvas.redraw();
	}

	/** Ctrl+click: {@code element} joins the selection or leaves it. */
	void toggleSelected(Object element) {
		if (!selection.remove(element)) {
			selection.add(element);
		}
		fireSelection();
		canvas.redraw();
	}

	void addSelected(Object element) {
		selection.add(element);
		fireSelection();
		canvas.redraw();
	}

	void announceSelection() {
		fireSelection();
	}

	boolean isSelected(Object element) {
		return selection.contains(element);
	}

	boolean hasSelection() {
		return !selection.isEmpty();
	}

	/** Pins {@code node} where the user dropped it. */
	void place(Node node, double x, double y) {
		execute(MapEdits.move(domain, node, Math.round(x), Math.round(y)));
	}

	/**
	 * A menu of what can join {@code sources} to {@code target}: onto a node, the relation kinds; onto a
	 * relation's line, an undercut of that inference, and for a support, joining it as a linked premise.
	 * Only the choices whose command can execute are offered.
	 */
	public void offerRelation(List<Node> sources, ArgumentElement target, int x, int y) {
		if (relationMenu != null) {
			relationMenu.dispose();
		}
		relationMenu = new Menu(canvas);
		List<RelationKind> kinds = target instanceof Relation ? List.of(RelationKind.UNDERCUT)
				: List.of(RelationKind.SUPPORT, RelationKind.ATTACK, RelationKind.ANALOGY, RelationKind.EQUIVALENCE);
		for (RelationKind kind : kinds) {
			Command relate = MapEdits.relate(domain, map, kind, target, sources);
			if (relate.canExecute()) {
				menuItem(relationMenu, DrawingStyle.legend(kind), kind, relate);
			}
		}
		if (target instanceof Relation support && sources.size() == 1) {
			Command join = MapEdits.addLinkedPremise(domain, support, sources.get(0));
			if (join.canExecute()) {
				menuItem(relationMenu, Messages.Canvas_linkedPremise, support, join);
			}
		}
		relationMenu.setLocation(canvas.toDisplay(x, y));
		relationMenu.setVisible(true);
	}

	private void menuItem(Menu menu, String text, Object data, Command command) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.setData(data);
		item.addListener(SWT.Selection, event -> execute(command));
	}

	/** The menu last offered after a drag or by Relate…, for tests that choose from it. */
	public Menu relationMenu() {
		return relationMenu;
	}

	/** Where a node is on the canvas, for menus that open at it; the centre of the view if it is not drawn. */
	public Point canvasPoint(Node node) {
		Box box = shown == null ? null : shown.boxes().get(node);
		Rectangle area = canvas.getClientArea();
		return box == null ? new Point(area.width / 2, area.height / 2) : toCanvas(box.centerX(), box.centerY());
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			viewport.zoomAround(zoom() * (event.count > 0 ? 1.15 : 1 / 1.15), event.x, event.y);
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			pan(event.count * 20, 0);
		} else {
			pan(0, event.count * 20);
		}
		event.doit = false;
	}

	/**
	 * Selects the nearest node in a direction ({@code dx, dy} of -1, 0 or 1), or pans when nothing is
	 * selected.
	 */
	public void navigate(int dx, int dy) {
		Node from = selectedNode();
		if (from == null || shown == null || !shown.boxes().containsKey(from)) {
			pan(-dx * 40, -dy * 40);
			return;
		}
		Box origin = shown.boxes().get(from);
		Node best = null;
		double bestScore = Double.MAX_VALUE;
		for (Map.Entry<Node, Box> entry : shown.boxes().entrySet()) {
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

	// --- in-place editing ---

	/** Edits a node's text in place: Enter keeps it, Escape drops it, Shift+Enter breaks the line. */
	public void editText(Node node) {
		Box box = shown == null ? null : shown.boxes().get(node);
		if (box == null) {
			return;
		}
		reveal(node);
		Point topLeft = toCanvas(box.x(), box.y());
		inPlace.open(node, new Rectangle(topLeft.x, topLeft.y, (int) (box.width() * zoom()), (int) (box.height() * zoom())));
	}

	/** The text box of an edit in progress, or null. */
	public Text inPlaceEditor() {
		return inPlace.text();
	}

	/** Opens the search box (Ctrl+F) that finds a node by the words of its label or text. */
	public void find() {
		findBar.open();
	}

	/** The search box while it is open, or null. */
	public Text findBox() {
		return findBar.text();
	}

	/** Every node, hidden ones too, from the top left: Ctrl+F finds what the focus hides and shows it. */
	private List<Node> nodesInReadingOrder() {
		if (drawing == null) {
			return List.of();
		}
		return drawing.boxes().entrySet().stream()
				.sorted(Comparator.comparingDouble((Map.Entry<Node, Box> entry) -> entry.getValue().y())
						.thenComparingDouble(entry -> entry.getValue().x()))
				.map(Map.Entry::getKey).toList();
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	// --- selection ---

	/** The one node selected, or null. */
	public Node selectedNode() {
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

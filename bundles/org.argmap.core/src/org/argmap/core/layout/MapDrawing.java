package org.argmap.core.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.core.layout.MapLayout.Box;
import org.argmap.core.layout.MapLayout.NodeSizes;
import org.argmap.core.layout.MapLayout.Result;
import org.argmap.core.layout.MapLayout.Route;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.eclipse.emf.ecore.EObject;

/**
 * The drawing of a map as the user sees it, kept up to date edit by edit. ELK lays the map out once (and again
 * on Re-layout All); after that an edit changes only what it touches: a new node is placed in free space next
 * to what it relates to, a deleted node leaves a gap, a node whose text changed keeps its top-left corner, and
 * only the lines at changed nodes are drawn again. Every other node stays exactly where the user last saw it.
 * A node that comes back (undo of a delete, a change of kind) returns to the place it had.
 */
public final class MapDrawing {

	/** Room kept free around a placed node, and between rows of premises and conclusions. */
	private static final double GAP_X = 24;
	private static final double GAP_Y = 48;
	private static final double MARGIN = 20;
	/** How far a new node's place is searched for along a row, in node widths, before trying the next row. */
	private static final int SEARCH_STEPS = 30;

	private final Map<Node, Box> boxes = new LinkedHashMap<>();
	private final Map<Relation, double[]> junctions = new LinkedHashMap<>();
	private final Map<Relation, List<Route>> routes = new LinkedHashMap<>();
	/** Where nodes that left the map were, by id: undo of a delete and a change of kind put them back there. */
	private final Map<String, Box> departed = new HashMap<>();
	private List<Route> allRoutes;
	private double width;
	private double height;

	private MapDrawing() {
	}

	/** The drawing ELK computed. */
	public static MapDrawing of(Result result) {
		MapDrawing drawing = new MapDrawing();
		drawing.boxes.putAll(result.boxes());
		drawing.junctions.putAll(result.junctions());
		for (Route route : result.routes()) {
			drawing.routes.computeIfAbsent(route.relation(), key -> new ArrayList<>()).add(route);
		}
		drawing.width = result.width();
		drawing.height = result.height();
		return drawing;
	}

	/**
	 * This drawing as it is now, for a copy of its map: every node and relation replaced by the one
	 * {@code copies} maps it to (an {@code EcoreUtil.Copier}). The copy can be drawn in the background while the
	 * map and this drawing go on changing.
	 */
	public MapDrawing copy(Map<EObject, EObject> copies) {
		MapDrawing copy = new MapDrawing();
		boxes.forEach((node, box) -> {
			if (copies.get(node) instanceof Node copied) {
				copy.boxes.put(copied, box);
			}
		});
		junctions.forEach((relation, point) -> {
			if (copies.get(relation) instanceof Relation copied) {
				copy.junctions.put(copied, point.clone());
			}
		});
		routes.forEach((relation, lines) -> {
			if (!(copies.get(relation) instanceof Relation copied)) {
				return;
			}
			List<Route> copiedLines = new ArrayList<>();
			for (Route route : lines) {
				List<double[]> points = new ArrayList<>();
				route.points().forEach(point -> points.add(point.clone()));
				copiedLines.add(new Route(copied, points, route.arrow()));
			}
			copy.routes.put(copied, copiedLines);
		});
		copy.width = width;
		copy.height = height;
		return copy;
	}

	/**
	 * This drawing without {@code hidden} nodes and the relations that lead to or from them; what stays keeps
	 * its place, and so does the drawing's size. A view of it for a reader who hides part of the map.
	 */
	public MapDrawing without(Set<Node> hidden) {
		if (hidden.isEmpty()) {
			return this;
		}
		MapDrawing shown = new MapDrawing();
		boxes.forEach((node, box) -> {
			if (!hidden.contains(node)) {
				shown.boxes.put(node, box);
			}
		});
		routes.forEach((relation, lines) -> {
			if (touchesNone(relation, hidden)) {
				shown.routes.put(relation, lines);
				if (junctions.containsKey(relation)) {
					shown.junctions.put(relation, junctions.get(relation));
				}
			}
		});
		shown.width = width;
		shown.height = height;
		return shown;
	}

	private static boolean touchesNone(Relation relation, Set<Node> hidden) {
		if (relation.getSources().stream().anyMatch(hidden::contains)) {
			return false;
		}
		ArgumentElement target = relation.getTarget();
		return target instanceof Relation inference ? touchesNone(inference, hidden) : !hidden.contains(target);
	}

	public Map<Node, Box> boxes() {
		return Collections.unmodifiableMap(boxes);
	}

	public Map<Relation, double[]> junctions() {
		return Collections.unmodifiableMap(junctions);
	}

	public List<Route> routes() {
		if (allRoutes == null) {
			allRoutes = new ArrayList<>();
			routes.values().forEach(allRoutes::addAll);
		}
		return allRoutes;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	/**
	 * Brings the drawing up to date with the map after an edit.
	 *
	 * @param map     the map as it is now
	 * @param sizes   how large each node is drawn now
	 * @param resized nodes whose wording changed, so their size may have
	 * @param rewired relations whose premises or conclusion changed
	 * @param near    where to put a new node that relates to nothing drawn ({@code x, y} of the drawing), or
	 *                null for beside the drawing
	 * @return the nodes that got a new place or size (new, moved by the user, resized)
	 */
	public Set<Node> update(ArgumentMap map, NodeSizes sizes, Collection<Node> resized, Collection<Relation> rewired,
			double[] near) {
		Set<Node> present = Collections.newSetFromMap(new IdentityHashMap<>());
		present.addAll(map.getNodes());
		Set<Relation> presentRelations = Collections.newSetFromMap(new IdentityHashMap<>());
		presentRelations.addAll(map.getRelations());
		boxes.entrySet().removeIf(entry -> {
			if (present.contains(entry.getKey())) {
				return false;
			}
			if (entry.getKey().getId() != null) {
				departed.put(entry.getKey().getId(), entry.getValue());
			}
			return true;
		});
		routes.keySet().removeIf(relation -> !presentRelations.contains(relation));
		junctions.keySet().removeIf(relation -> !presentRelations.contains(relation));

		Set<Node> changed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Node node : resized) {
			Box box = boxes.get(node);
			if (box != null) {
				double[] size = sizes.size(node);
				if (size[0] != box.width() || size[1] != box.height()) {
					boxes.put(node, new Box(box.x(), box.y(), size[0], size[1]));
					changed.add(node);
				}
			}
		}
		for (Node node : map.getNodes()) {
			Box box = boxes.get(node);
			if (box != null && node.getPosition() != null
					&& (node.getPosition().getX() != box.x() || node.getPosition().getY() != box.y())) {
				boxes.put(node, new Box(node.getPosition().getX(), node.getPosition().getY(), box.width(), box.height()));
				changed.add(node);
			}
		}
		for (Node node : map.getNodes()) {
			if (!boxes.containsKey(node)) {
				boxes.put(node, place(map, node, sizes.size(node), near));
				changed.add(node);
			}
		}
		rewired.forEach(routes::remove);
		reroute(map, changed);
		allRoutes = null;
		measure();
		return changed;
	}

	/** A place for a new node: where it was before, else free space beside what it relates to. */
	private Box place(ArgumentMap map, Node node, double[] size, double[] near) {
		if (node.getPosition() != null) {
			return new Box(node.getPosition().getX(), node.getPosition().getY(), size[0], size[1]);
		}
		Box before = node.getId() == null ? null : departed.remove(node.getId());
		if (before != null) {
			return new Box(before.x(), before.y(), size[0], size[1]);
		}
		for (Relation relation : map.getRelations()) {
			// a premise goes in the row under its conclusion, a conclusion in the row above its premise
			if (relation.getSources().contains(node) && relation.getTarget() instanceof Node target
					&& boxes.containsKey(target)) {
				Box anchor = boxes.get(target);
				return freeSpot(anchor.centerX() - size[0] / 2, anchor.y() + anchor.height() + GAP_Y, size, 1);
			}
			if (relation.getTarget() == node) {
				for (Node source : relation.getSources()) {
					Box anchor = boxes.get(source);
					if (anchor != null) {
						return freeSpot(anchor.centerX() - size[0] / 2, anchor.y() - GAP_Y - size[1], size, -1);
					}
				}
			}
		}
		if (near != null) {
			return freeSpot(near[0] - size[0] / 2, near[1] - size[1] / 2, size, 1);
		}
		return freeSpot(width + GAP_X, MARGIN, size, 1);
	}

	/**
	 * The free place nearest to {@code (x, y)} along its row, alternating right and left; when the row is full
	 * near there, the next row in {@code direction} (1 down, -1 up), and past the top of the drawing the rows
	 * below. Always ends: below every box there is room.
	 */
	private Box freeSpot(double x, double y, double[] size, int direction) {
		double stepX = size[0] + GAP_X;
		double rowHeight = size[1] + GAP_Y;
		// from inside the drawing's left and top edges, so that every row has candidates to try
		double startX = Math.max(MARGIN, x);
		double startY = Math.max(MARGIN, y);
		for (int row = 0;; row++) {
			double rowY = startY + direction * row * rowHeight;
			if (rowY < MARGIN) {
				rowY = startY + (row - (int) ((startY - MARGIN) / rowHeight)) * rowHeight;
			}
			for (int step = 0; step <= SEARCH_STEPS; step++) {
				for (int side : step == 0 ? new int[] { 0 } : new int[] { 1, -1 }) {
					Box candidate = new Box(startX + side * step * stepX, rowY, size[0], size[1]);
					if (candidate.x() >= MARGIN && isFree(candidate)) {
						return candidate;
					}
				}
			}
		}
	}

	private boolean isFree(Box candidate) {
		for (Box box : boxes.values()) {
			if (candidate.x() < box.x() + box.width() + GAP_X / 2 && box.x() < candidate.x() + candidate.width() + GAP_X / 2
					&& candidate.y() < box.y() + box.height() + GAP_Y / 4
					&& box.y() < candidate.y() + candidate.height() + GAP_Y / 4) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Draws again the lines of relations that are new or end at a changed node: straight, border to border,
	 * through a junction where premises are linked or the inference is undercut. An undercut follows the
	 * junction it lands on.
	 */
	private void reroute(ArgumentMap map, Set<Node> changed) {
		Set<Relation> undercut = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Relation relation : map.getRelations()) {
			if (relation.getTarget() instanceof Relation attacked) {
				undercut.add(attacked);
			}
		}
		Set<Relation> redrawn = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Relation relation : map.getRelations()) {
			if (!(relation.getTarget() instanceof Relation) && needsRoute(relation, changed, undercut)) {
				route(relation, undercut.contains(relation) || relation.getSources().size() > 1);
				redrawn.add(relation);
			}
		}
		for (Relation relation : map.getRelations()) {
			if (relation.getTarget() instanceof Relation attacked
					&& (redrawn.contains(attacked) || needsRoute(relation, changed, undercut))) {
				route(relation, relation.getSources().size() > 1);
			}
		}
	}

	private boolean needsRoute(Relation relation, Set<Node> changed, Set<Relation> undercut) {
		boolean throughJunction = undercut.contains(relation) || relation.getSources().size() > 1;
		List<Route> lines = routes.get(relation);
		// new, its premises changed in number, or it was just undercut or no longer is
		if (lines == null || throughJunction != junctions.containsKey(relation)
				|| lines.size() != (throughJunction ? relation.getSources().size() + 1 : 1)) {
			return true;
		}
		if (relation.getTarget() instanceof Node target && changed.contains(target)) {
			return true;
		}
		for (Node source : relation.getSources()) {
			if (changed.contains(source)) {
				return true;
			}
		}
		return false;
	}

	private void route(Relation relation, boolean throughJunction) {
		routes.remove(relation);
		junctions.remove(relation);
		List<Box> sources = new ArrayList<>();
		for (Node source : relation.getSources()) {
			Box box = boxes.get(source);
			if (box != null) {
				sources.add(box);
			}
		}
		Box target = endOf(relation.getTarget());
		if (sources.isEmpty() || target == null) {
			return;
		}
		List<Route> lines = new ArrayList<>();
		if (!throughJunction) {
			lines.add(new Route(relation, MapLayout.straight(sources.get(0), target), true));
		} else {
			double premisesX = sources.stream().mapToDouble(Box::centerX).average().orElse(target.centerX());
			double premisesY = sources.stream().mapToDouble(Box::y).min().orElse(target.centerY());
			double[] bottom = { target.centerX(), target.y() + target.height() };
			// a third of the way from the conclusion to its premises, so the junction sits close to what it joins
			double[] junction = { bottom[0] + (premisesX - bottom[0]) / 3, bottom[1] + (premisesY - bottom[1]) / 3 };
			junctions.put(relation, junction);
			Box point = new Box(junction[0] - MapLayout.JUNCTION_SIZE / 2, junction[1] - MapLayout.JUNCTION_SIZE / 2,
					MapLayout.JUNCTION_SIZE, MapLayout.JUNCTION_SIZE);
			for (Box source : sources) {
				lines.add(new Route(relation, MapLayout.straight(source, point), false));
			}
			lines.add(new Route(relation, MapLayout.straight(point, target), true));
		}
		routes.put(relation, lines);
	}

	/** The box a line to {@code target} ends at: the node's, or the junction of an attacked relation. */
	private Box endOf(ArgumentElement target) {
		if (target instanceof Node node) {
			return boxes.get(node);
		}
		double[] junction = junctions.get(target);
		return junction == null ? null
				: new Box(junction[0] - MapLayout.JUNCTION_SIZE / 2, junction[1] - MapLayout.JUNCTION_SIZE / 2,
						MapLayout.JUNCTION_SIZE, MapLayout.JUNCTION_SIZE);
	}

	/** The drawing grows to hold every box, and never shrinks under the user while they edit. */
	private void measure() {
		for (Box box : boxes.values()) {
			width = Math.max(width, box.x() + box.width() + MARGIN);
			height = Math.max(height, box.y() + box.height() + MARGIN);
		}
	}
}

package org.argmap.core.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a map with ELK's layered algorithm, conclusions on top. Each relation is drawn from its premises to
 * its conclusion; linked premises, and any inference that is undercut, pass through a small junction where
 * the premises meet and the undercut lands. Premises with no premises of their own that give a conclusion the
 * same kind of reason are stacked in a column under it, joined by one line: a long list of reasons then reads
 * as a list instead of widening the whole layer. On a large map each layer holds only so many nodes
 * ({@link BoundedLayers}), so that a wide debate is drawn about as high as it is wide. Nodes the user placed
 * keep their place, and the edges at them are drawn straight. Headless: node sizes come from the caller, who
 * knows the fonts.
 */
public final class MapLayout {

	/** How large a node is drawn: {@code [width, height]}. */
	@FunctionalInterface
	public interface NodeSizes {
		double[] size(Node node);
	}

	/** A node's place: top left corner, width, height. */
	public record Box(double x, double y, double width, double height) {

		public double centerX() {
			return x + width / 2;
		}

		public double centerY() {
			return y + height / 2;
		}

		public boolean contains(double px, double py) {
			return px >= x && px <= x + width && py >= y && py <= y + height;
		}
	}

	/**
	 * One drawn line of a relation, from a premise (or a junction) to the conclusion (or a junction, or for an
	 * undercut the junction of the attacked inference).
	 *
	 * @param relation the relation drawn
	 * @param points   the polyline, at least two points {@code [x, y]}
	 * @param arrow    whether it ends at the relation's target (the part that gets the arrowhead)
	 */
	public record Route(Relation relation, List<double[]> points, boolean arrow) {
	}

	/**
	 * The computed drawing.
	 *
	 * @param boxes     every node's place
	 * @param junctions where the premises of a linked or undercut relation meet
	 * @param routes    every line to draw
	 * @param width     the drawing's width
	 * @param height    the drawing's height
	 */
	public record Result(Map<Node, Box> boxes, Map<Relation, double[]> junctions, List<Route> routes, double width,
			double height) {
	}

	public static final double JUNCTION_SIZE = 8;
	private static final double MARGIN = 20;
	/** Left of a stack's column, where the line joining its premises runs. */
	private static final double STACK_GUTTER = 16;
	private static final double STACK_GAP = 12;
	private static final int LARGE_MAP = 300;
	private static final double NODE_SPACING = 24;
	private static final double LAYER_SPACING = 48;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private final ArgumentMap map;
	private final NodeSizes sizes;
	private final Map<Node, ElkNode> elkNodes = new IdentityHashMap<>();
	private final Map<Relation, ElkNode> elkJunctions = new LinkedHashMap<>(); // in map order: the same drawing every time
	private final Map<ElkEdge, Relation> edgeRelations = new LinkedHashMap<>();
	private final Map<ElkEdge, Boolean> edgeArrows = new IdentityHashMap<>();
	private final Set<ElkNode> pinned = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Map<Node, double[]> placedAt = new IdentityHashMap<>();
	private final List<Node> nodes = new ArrayList<>();
	private final ElkNode root = ElkGraphUtil.createGraph();
	private final Map<Node, Stack> stacked = new IdentityHashMap<>();
	private final Map<ElkEdge, Stack> stackEdges = new LinkedHashMap<>();

	/**
	 * Leaf premises of one conclusion, all in relations of one kind, drawn as a column in one ELK node.
	 *
	 * @param relations each leaf's relation, in map order
	 * @param offsets   each leaf's box relative to the block's corner
	 */
	private record Stack(ElkNode block, List<Relation> relations, Map<Node, Box> offsets) {
	}

	private MapLayout(ArgumentMap map, NodeSizes sizes) {
		this.map = map;
		this.sizes = sizes;
	}

	public static Result compute(ArgumentMap map, NodeSizes sizes) {
		return prepare(map, sizes).compute();
	}

	/**
	 * Lays out a two-claim map and forgets it: a start-up calls this in the background, so that the first map
	 * opened, laid out on the UI thread, does not also wait for ELK's classes to load and its options to register.
	 */
	public static void warmUp() {
		ArgumentMap map = MapElements.newMap("warm-up"); //$NON-NLS-1$
		Claim conclusion = MapElements.newClaim("conclusion"); //$NON-NLS-1$
		Claim premise = MapElements.newClaim("premise"); //$NON-NLS-1$
		map.getNodes().add(conclusion);
		map.getNodes().add(premise);
		map.getRelations().add(MapElements.newRelation(RelationKind.SUPPORT, conclusion, premise));
		compute(map, node -> new double[] { 100, 40 });
	}

	/**
	 * Reads the map into an ELK graph: call it where the map may be read (the UI thread), then
	 * {@link #compute()} anywhere, since the layout itself touches only the ELK graph.
	 */
	public static MapLayout prepare(ArgumentMap map, NodeSizes sizes) {
		MapLayout layout = new MapLayout(map, sizes);
		layout.build();
		return layout;
	}

	/** Runs ELK on the prepared graph and reads the drawing back. */
	public Result compute() {
		return compute(() -> false);
	}

	/**
	 * Runs ELK on the prepared graph and reads the drawing back, or returns null as soon as ELK notices that
	 * {@code cancelled} says so: ELK asks its monitor between its phases.
	 */
	public Result compute(BooleanSupplier cancelled) {
		new RecursiveGraphLayoutEngine().layout(root, new CancellableMonitor(cancelled));
		return cancelled.getAsBoolean() ? null : result(root);
	}

	/**
	 * ELK asks the monitor of each phase, a sub-monitor of the one it was given, whether to stop; a plain
	 * BasicProgressMonitor's sub-monitors never say yes, so every level here asks the same question.
	 */
	private static final class CancellableMonitor extends BasicProgressMonitor {

		private final BooleanSupplier cancelled;

		CancellableMonitor(BooleanSupplier cancelled) {
			this.cancelled = cancelled;
		}

		@Override
		public boolean isCanceled() {
			return cancelled.getAsBoolean();
		}

		@Override
		protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
			return new CancellableMonitor(cancelled)
					.withMaxHierarchyLevels(maxHierarchyLevels > 0 ? maxHierarchyLevels - 1 : maxHierarchyLevels);
		}
	}

	private void build() {
		Set<Relation> needJunction = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Relation relation : map.getRelations()) {
			if (relation.getSources().size() > 1) {
				needJunction.add(relation);
			}
			if (relation.getTarget() instanceof Relation attacked) {
				needJunction.add(attacked);
			}
		}
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.UP);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		// With the defaults the router widens the gap between two layers for every edge that crosses it: a
		// 500-node debate came out 24,600 px high, 4,500 px with these.
		root.setProperty(LayeredOptions.EDGE_ROUTING_POLYLINE_SLOPED_EDGE_ZONE_WIDTH, 0.1);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 1.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
		// every size is given and there are no ports or labels to place: skipping ELK's pass over them saves a
		// tenth of the time on large maps
		root.setProperty(CoreOptions.OMIT_NODE_MICRO_LAYOUT, true);
		// ELK retries its crossing minimisation from this many random orders; on the bounded layers of the
		// 2,000-node benchmark map one try gives the same crossings as two (and the default seven) in less time
		if (map.getNodes().size() > LARGE_MAP) {
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
		}
		stackLeaves(needJunction);
		for (Node node : map.getNodes()) {
			nodes.add(node);
			if (stacked.containsKey(node)) {
				continue;
			}
			ElkNode elk = ElkGraphUtil.createNode(root);
			double[] size = sizes.size(node);
			elk.setDimensions(size[0], size[1]);
			elkNodes.put(node, elk);
			if (node.getPosition() != null) {
				pinned.add(elk);
				placedAt.put(node, new double[] { node.getPosition().getX(), node.getPosition().getY() });
			}
		}
		for (Relation relation : map.getRelations()) {
			if (needJunction.contains(relation) && complete(relation)) {
				ElkNode junction = ElkGraphUtil.createNode(root);
				junction.setDimensions(JUNCTION_SIZE, JUNCTION_SIZE);
				elkJunctions.put(relation, junction);
			}
		}
		for (Relation relation : map.getRelations()) {
			if (!complete(relation)) {
				continue;
			}
			ElkNode target = endOf(relation.getTarget());
			ElkNode junction = elkJunctions.get(relation);
			if (target == null) {
				continue;
			}
			Stack stack = stacked.get(relation.getSources().get(0));
			if (stack != null) {
				if (stack.relations().get(0) == relation) {
					stackEdges.put(ElkGraphUtil.createSimpleEdge(stack.block(), target), stack);
				}
			} else if (junction == null) {
				edge(relation, elkNodes.get(relation.getSources().get(0)), target, true);
			} else {
				for (Node source : relation.getSources()) {
					edge(relation, elkNodes.get(source), junction, false);
				}
				edge(relation, junction, target, true);
			}
		}
		if (map.getNodes().size() > LARGE_MAP) {
			BoundedLayers.apply(root, NODE_SPACING, LAYER_SPACING);
		}
	}

	/**
	 * Finds the premises to stack: each is in no relation but one, as its only premise, giving a reason of the
	 * same kind as at least one other such premise of the same conclusion. Nodes the user placed, and the
	 * premises of a placed conclusion, stay as they are, since their lines are drawn straight.
	 */
	private void stackLeaves(Set<Relation> needJunction) {
		Map<Node, Integer> relationsAt = new IdentityHashMap<>();
		for (Relation relation : map.getRelations()) {
			if (relation.getTarget() instanceof Node target) {
				relationsAt.merge(target, 1, Integer::sum);
			}
			relation.getSources().forEach(source -> relationsAt.merge(source, 1, Integer::sum));
		}
		Map<List<Object>, List<Relation>> groups = new LinkedHashMap<>();
		for (Relation relation : map.getRelations()) {
			if (relation.getSources().size() == 1 && complete(relation) && !needJunction.contains(relation)
					&& relation.getTarget() instanceof Node conclusion && conclusion.getPosition() == null) {
				Node premise = relation.getSources().get(0);
				if (premise != conclusion && premise.getPosition() == null && relationsAt.get(premise) == 1) {
					groups.computeIfAbsent(List.of(conclusion, relation.getKind()), key -> new ArrayList<>())
							.add(relation);
				}
			}
		}
		for (List<Relation> relations : groups.values()) {
			if (relations.size() < 2) {
				continue;
			}
			Map<Node, Box> offsets = new IdentityHashMap<>();
			double width = 0;
			double y = 0;
			for (Relation relation : relations) {
				Node premise = relation.getSources().get(0);
				double[] size = sizes.size(premise);
				offsets.put(premise, new Box(STACK_GUTTER, y, size[0], size[1]));
				width = Math.max(width, size[0]);
				y += size[1] + STACK_GAP;
			}
			ElkNode block = ElkGraphUtil.createNode(root);
			block.setDimensions(STACK_GUTTER + width, y - STACK_GAP);
			Stack stack = new Stack(block, relations, offsets);
			offsets.keySet().forEach(premise -> stacked.put(premise, stack));
		}
	}

	private static boolean complete(Relation relation) {
		return relation.getTarget() != null && !relation.getSources().isEmpty()
				&& relation.getSources().stream().allMatch(source -> source != null);
	}

	/** Where a line to {@code target} ends: the node, or the junction of an attacked relation. */
	private ElkNode endOf(ArgumentElement target) {
		if (target instanceof Node node) {
			return elkNodes.get(node);
		}
		return elkJunctions.get(target);
	}

	private void edge(Relation relation, ElkNode from, ElkNode to, boolean arrow) {
		if (from == null || to == null) {
			return;
		}
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
		edgeRelations.put(edge, relation);
		edgeArrows.put(edge, arrow);
	}

	private Result result(ElkNode root) {
		Map<Node, Box> boxes = new LinkedHashMap<>();
		Map<ElkNode, Box> placed = new IdentityHashMap<>();
		for (Node node : nodes) {
			Stack stack = stacked.get(node);
			if (stack != null) {
				Box offset = stack.offsets().get(node);
				boxes.put(node, new Box(stack.block().getX() + offset.x(), stack.block().getY() + offset.y(),
						offset.width(), offset.height()));
				continue;
			}
			ElkNode elk = elkNodes.get(node);
			double[] at = placedAt.get(node);
			Box box = at != null ? new Box(at[0], at[1], elk.getWidth(), elk.getHeight())
					: new Box(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight());
			boxes.put(node, box);
			placed.put(elk, box);
		}
		Map<Relation, double[]> junctions = new LinkedHashMap<>();
		elkJunctions.forEach((relation, elk) -> {
			junctions.put(relation, new double[] { elk.getX() + JUNCTION_SIZE / 2, elk.getY() + JUNCTION_SIZE / 2 });
			placed.put(elk, new Box(elk.getX(), elk.getY(), JUNCTION_SIZE, JUNCTION_SIZE));
		});
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<ElkEdge, Relation> entry : edgeRelations.entrySet()) {
			ElkEdge edge = entry.getKey();
			ElkNode from = ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0));
			ElkNode to = ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0));
			List<double[]> points = moved(from) || moved(to) ? straight(placed.get(from), placed.get(to))
					: section(edge);
			routes.add(new Route(entry.getValue(), points, edgeArrows.get(edge)));
		}
		stackEdges.forEach((edge, stack) -> routes.addAll(stackRoutes(edge, stack, boxes, placed)));
		double width = root.getWidth();
		double height = root.getHeight();
		for (Box box : boxes.values()) {
			width = Math.max(width, box.x() + box.width() + MARGIN);
			height = Math.max(height, box.y() + box.height() + MARGIN);
		}
		return new Result(boxes, junctions, routes, width, height);
	}

	/**
	 * One line per stacked premise: from its left side into the gutter, up the gutter to the top of the
	 * column, and on along ELK's route of the whole column to the conclusion.
	 */
	private List<Route> stackRoutes(ElkEdge edge, Stack stack, Map<Node, Box> boxes, Map<ElkNode, Box> placed) {
		ElkNode block = stack.block();
		// a stack's conclusion is never one the user placed (stackLeaves), so ELK's route fits it
		List<double[]> trunk = edge.getSections().isEmpty()
				? straight(new Box(block.getX(), block.getY(), block.getWidth(), block.getHeight()),
						placed.get(ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0))))
				: section(edge);
		double gutter = block.getX() + STACK_GUTTER / 2;
		List<Route> routes = new ArrayList<>();
		for (Relation relation : stack.relations()) {
			Box premise = boxes.get(relation.getSources().get(0));
			List<double[]> points = new ArrayList<>();
			points.add(new double[] { premise.x(), premise.centerY() });
			points.add(new double[] { gutter, premise.centerY() });
			points.add(new double[] { gutter, block.getY() });
			points.addAll(trunk.subList(1, trunk.size()));
			routes.add(new Route(relation, points, true));
		}
		return routes;
	}

	/** Whether the user placed this node, so ELK's route to it no longer fits. */
	private boolean moved(ElkNode elk) {
		return pinned.contains(elk);
	}

	private static List<double[]> section(ElkEdge edge) {
		List<double[]> points = new ArrayList<>();
		if (edge.getSections().isEmpty()) {
			return points;
		}
		ElkEdgeSection section = edge.getSections().get(0);
		points.add(new double[] { section.getStartX(), section.getStartY() });
		for (ElkBendPoint bend : section.getBendPoints()) {
			points.add(new double[] { bend.getX(), bend.getY() });
		}
		points.add(new double[] { section.getEndX(), section.getEndY() });
		return points;
	}

	/** A straight line between two boxes, from border to border. */
	static List<double[]> straight(Box from, Box to) {
		double[] start = border(from, to.centerX(), to.centerY());
		double[] end = border(to, from.centerX(), from.centerY());
		List<double[]> points = new ArrayList<>();
		points.add(start);
		points.add(end);
		return points;
	}

	/** Where the line from the box's centre towards {@code (x, y)} leaves the box. */
	static double[] border(Box box, double x, double y) {
		double dx = x - box.centerX();
		double dy = y - box.centerY();
		if (dx == 0 && dy == 0) {
			return new double[] { box.centerX(), box.centerY() };
		}
		double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(dx),
				dy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(dy));
		scale = Math.min(scale, 1);
		return new double[] { box.centerX() + dx * scale, box.centerY() + dy * scale };
	}
}

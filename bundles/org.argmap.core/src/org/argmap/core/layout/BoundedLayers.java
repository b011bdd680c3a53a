package org.argmap.core.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Layers of bounded width for a large map, handed to ELK as positions for its interactive layering. A debate
 * is a wide, shallow tree: ELK's network simplex layering put 262 nodes into one layer of a 2,000-node map
 * (6.8:1), its Coffman-Graham layering bounds the width but leaves premises many layers under their
 * conclusions, and laying out the dummy nodes of those long edges took 15-20 s. Here conclusions come first,
 * and each node goes into the first layer under all its conclusions that has room, those that have waited
 * longest first, so most lines stay one layer long. The room is the width at which the drawing comes out
 * about as wide as it is high.
 */
final class BoundedLayers {

	/**
	 * A layer's room is the side of a square this many times the area of the nodes with their spacing: lines
	 * and unevenly filled layers take the rest, and the debates of 500 and 2,000 nodes come out 1.2-1.3 times
	 * as wide as high, near a screen's shape (the area itself gave 0.8:1).
	 */
	private static final double AREA_FACTOR = 2;
	/** A node's state in the walk that finds cycles: 0 not reached yet, then on the current path, then done. */
	private static final int ON_PATH = 1;
	private static final int DONE = 2;

	private final List<ElkNode> nodes;
	/** For each node, by index: the nodes its edges lead to, and those whose edges lead to it. */
	private final List<List<Integer>> conclusions = new ArrayList<>();
	private final List<List<Integer>> premises = new ArrayList<>();

	private BoundedLayers(ElkNode root) {
		nodes = new ArrayList<>(root.getChildren());
		for (int i = 0; i < nodes.size(); i++) {
			conclusions.add(new ArrayList<>());
			premises.add(new ArrayList<>());
		}
		readEdgesWithoutCycles(root);
	}

	/**
	 * Places the root's children in layers of bounded width and sets the options that make ELK keep them.
	 *
	 * @param nodeSpacing  the gap between two nodes of a layer
	 * @param layerSpacing the gap between two layers
	 */
	static void apply(ElkNode root, double nodeSpacing, double layerSpacing) {
		new BoundedLayers(root).place(nodeSpacing, layerSpacing);
		root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
		// reverses exactly the edges that point up the layers, those dropped here to break a cycle
		root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
		// Brandes-Koepf, which lines up the bends of long edges, spread the bounded layers over 116,000 px (3.7:1)
		root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
	}

	/** Keeps each edge that does not close a cycle, found by a depth-first walk along the edges. */
	private void readEdgesWithoutCycles(ElkNode root) {
		Map<ElkNode, Integer> index = new IdentityHashMap<>();
		List<List<Integer>> out = new ArrayList<>();
		for (ElkNode node : nodes) {
			index.put(node, index.size());
			out.add(new ArrayList<>());
		}
		for (ElkEdge edge : root.getContainedEdges()) {
			int source = index.get(ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)));
			int target = index.get(ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0)));
			out.get(source).add(target);
		}
		int[] state = new int[nodes.size()];
		for (int start = 0; start < nodes.size(); start++) {
			if (state[start] != 0) {
				continue;
			}
			// each entry: a node and how many of its edges were followed
			Deque<int[]> path = new ArrayDeque<>();
			path.push(new int[] { start, 0 });
			state[start] = ON_PATH;
			while (!path.isEmpty()) {
				int[] top = path.peek();
				List<Integer> targets = out.get(top[0]);
				if (top[1] == targets.size()) {
					state[top[0]] = DONE;
					path.pop();
					continue;
				}
				int target = targets.get(top[1]++);
				if (state[target] == ON_PATH) {
					continue;
				}
				conclusions.get(top[0]).add(target);
				premises.get(target).add(top[0]);
				if (state[target] == 0) {
					state[target] = ON_PATH;
					path.push(new int[] { target, 0 });
				}
			}
		}
	}

	/** Fills the layers from the top and gives each node a position in its layer's band. */
	private void place(double nodeSpacing, double layerSpacing) {
		double area = 0;
		double tallest = 0;
		for (ElkNode node : nodes) {
			area += (node.getWidth() + nodeSpacing) * (node.getHeight() + layerSpacing);
			tallest = Math.max(tallest, node.getHeight());
		}
		double room = Math.sqrt(area * AREA_FACTOR);
		int[] conclusionsLeft = new int[nodes.size()];
		int[] firstLayer = new int[nodes.size()];
		List<Integer> ready = new ArrayList<>();
		for (int node = 0; node < nodes.size(); node++) {
			conclusionsLeft[node] = conclusions.get(node).size();
			if (conclusionsLeft[node] == 0) {
				ready.add(node);
			}
		}
		// ELK's interactive layering puts nodes whose extents overlap into one layer: a layer's extent is taller
		// than any node
		double layerStep = tallest + 1;
		for (int layer = 0; !ready.isEmpty(); layer++) {
			double used = 0;
			List<Integer> placed = new ArrayList<>();
			List<Integer> waiting = new ArrayList<>();
			for (int node : ready) {
				double width = nodes.get(node).getWidth() + nodeSpacing;
				if (firstLayer[node] <= layer && (placed.isEmpty() || used + width <= room)) {
					placed.add(node);
					used += width;
					nodes.get(node).setLocation(0, layer * layerStep);
				} else {
					waiting.add(node);
				}
			}
			for (int node : placed) {
				for (int premise : premises.get(node)) {
					firstLayer[premise] = layer + 1;
					if (--conclusionsLeft[premise] == 0) {
						waiting.add(premise);
					}
				}
			}
			ready = waiting;
		}
	}
}

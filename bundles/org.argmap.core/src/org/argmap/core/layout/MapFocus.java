package org.argmap.core.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;

/**
 * Which nodes of a map a reader has chosen to look at: a way of viewing the map, never part of it. Two focuses
 * combine. Collapsing a node hides its premises, everything that supports, attacks or undercuts it directly or
 * through others, unless they also argue for something still shown. A neighbourhood shows only the nodes
 * within some relation steps of a few nodes; nodes added to the map afterwards are shown, since the reader
 * made them.
 */
public final class MapFocus {

	/** What a focus hides, and how many premises each collapsed node hides (its badge). */
	public record Hidden(Set<Node> nodes, Map<Node, Integer> premises) {

		public static final Hidden NOTHING = new Hidden(Set.of(), Map.of());

		public boolean isEmpty() {
			return nodes.isEmpty();
		}
	}

	private final Set<Node> collapsed = identitySet();
	/** The nodes left out of the neighbourhood shown, or empty when the whole map is. */
	private final Set<Node> outsideNeighbourhood = identitySet();

	public boolean isCollapsed(Node node) {
		return collapsed.contains(node);
	}

	public void collapse(Node node) {
		collapsed.add(node);
	}

	public void expand(Node node) {
		collapsed.remove(node);
	}

	/** Shows only the nodes of {@code map} within {@code steps} relations of {@code centre}. */
	public void showNeighbourhood(ArgumentMap map, Collection<Node> centre, int steps) {
		Map<Node, List<Node>> neighbours = new IdentityHashMap<>();
		for (Relation relation : map.getRelations()) {
			for (Node end : ends(relation)) {
				for (Node source : relation.getSources()) {
					neighbours.computeIfAbsent(source, key -> new ArrayList<>()).add(end);
					neighbours.computeIfAbsent(end, key -> new ArrayList<>()).add(source);
				}
			}
		}
		Set<Node> near = identitySet();
		near.addAll(centre);
		Collection<Node> ring = centre;
		for (int step = 0; step < steps; step++) {
			Set<Node> next = identitySet();
			for (Node node : ring) {
				for (Node neighbour : neighbours.getOrDefault(node, List.of())) {
					if (near.add(neighbour)) {
						next.add(neighbour);
					}
				}
			}
			ring = next;
		}
		outsideNeighbourhood.clear();
		map.getNodes().stream().filter(node -> !near.contains(node)).forEach(outsideNeighbourhood::add);
	}

	/**
	 * Shows {@code node} again, as finding it or selecting it elsewhere asks: it joins the neighbourhood shown,
	 * and each collapsed node it argues for, directly or through others, is expanded.
	 */
	public void reveal(ArgumentMap map, Node node) {
		outsideNeighbourhood.remove(node);
		Map<Node, List<Node>> premises = premisesByConclusion(map);
		collapsed.removeIf(conclusion -> conclusion != node
				&& reach(List.of(conclusion), premises, Set.of()).contains(node));
	}

	private static Map<Node, List<Node>> premisesByConclusion(ArgumentMap map) {
		Map<Node, List<Node>> premises = new IdentityHashMap<>();
		for (Relation relation : map.getRelations()) {
			Node conclusion = argues(relation) ? conclusion(relation) : null;
			if (conclusion != null) {
				premises.computeIfAbsent(conclusion, key -> new ArrayList<>()).addAll(relation.getSources());
			}
		}
		return premises;
	}

	/** Drops every focus: the whole map is shown. */
	public void showAll() {
		collapsed.clear();
		outsideNeighbourhood.clear();
	}

	/** What the focus hides of {@code map} as it is now. */
	public Hidden hidden(ArgumentMap map) {
		if (collapsed.isEmpty() && outsideNeighbourhood.isEmpty()) {
			return Hidden.NOTHING; // every edit asks; most of the time nothing is hidden
		}
		Set<Node> present = identitySet();
		present.addAll(map.getNodes());
		collapsed.retainAll(present);
		outsideNeighbourhood.retainAll(present);
		Map<Node, List<Node>> premises = premisesByConclusion(map);
		Map<Node, Set<Node>> under = new IdentityHashMap<>();
		Set<Node> underAny = identitySet();
		for (Node node : collapsed) {
			Set<Node> reached = reach(List.of(node), premises, Set.of());
			reached.remove(node);
			under.put(node, reached);
			underAny.addAll(reached);
		}
		// what argues for a node still shown stays, and with it what argues for that
		Set<Node> shown = reach(map.getNodes().stream().filter(node -> !underAny.contains(node)).toList(), premises,
				collapsed);
		Set<Node> hidden = identitySet();
		map.getNodes().stream().filter(node -> !shown.contains(node) || outsideNeighbourhood.contains(node))
				.forEach(hidden::add);
		Map<Node, Integer> badges = new IdentityHashMap<>();
		under.forEach((node, below) -> {
			if (!hidden.contains(node)) {
				// what the node's collapse hides, not what lies outside the neighbourhood anyway
				badges.put(node, (int) below.stream().filter(premise -> !shown.contains(premise)).count());
			}
		});
		return new Hidden(hidden, badges);
	}

	/** {@code from} and every node their premises lead to, not going on below the nodes in {@code stops}. */
	private static Set<Node> reach(Collection<Node> from, Map<Node, List<Node>> premises, Set<Node> stops) {
		Set<Node> reached = identitySet();
		reached.addAll(from);
		ArrayDeque<Node> queue = new ArrayDeque<>(from);
		while (!queue.isEmpty()) {
			Node node = queue.poll();
			if (stops.contains(node)) {
				continue;
			}
			for (Node premise : premises.getOrDefault(node, List.of())) {
				if (reached.add(premise)) {
					queue.add(premise);
				}
			}
		}
		return reached;
	}

	/** Whether anything in {@code map} argues for or against {@code node}: whether collapsing it hides anything. */
	public static boolean hasPremises(ArgumentMap map, Node node) {
		return map.getRelations().stream().anyMatch(relation -> argues(relation) && conclusion(relation) == node);
	}

	/** Support, attack and undercut argue for or against; analogy and equivalence relate as equals. */
	private static boolean argues(Relation relation) {
		return relation.getKind() == RelationKind.SUPPORT || relation.getKind() == RelationKind.ATTACK
				|| relation.getKind() == RelationKind.UNDERCUT;
	}

	/** The node a relation argues for or against: its target, or for an undercut the inference's conclusion. */
	private static Node conclusion(Relation relation) {
		ArgumentElement target = relation.getTarget();
		if (target instanceof Relation inference) {
			return conclusion(inference);
		}
		return target instanceof Node node ? node : null;
	}

	/** The nodes a relation's premises are one step from: its target, or every node of the inference undercut. */
	private static List<Node> ends(Relation relation) {
		if (relation.getTarget() instanceof Relation inference) {
			List<Node> ends = new ArrayList<>(ends(inference));
			ends.addAll(inference.getSources());
			return ends;
		}
		return relation.getTarget() instanceof Node node ? List.of(node) : List.of();
	}

	private static Set<Node> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}

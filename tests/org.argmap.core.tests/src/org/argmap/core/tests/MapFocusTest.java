package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.core.layout.MapFocus;
import org.argmap.core.layout.MapFocus.Hidden;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Collapsing a node's premises and showing a neighbourhood, on a small map:
 *
 * <pre>
 *        main            other
 *       /    \    \      /
 *   reason  attack  shared
 *     |       |
 *   ground  undercutter (undercuts attack -> main)
 * </pre>
 */
class MapFocusTest {

	private final ArgumentMap map = MapElements.newMap("focus");
	private Node main;
	private Node other;
	private Node reason;
	private Node attack;
	private Node shared;
	private Node ground;
	private Node undercutter;
	private Node loner;
	private final MapFocus focus = new MapFocus();

	@BeforeEach
	void map() {
		main = claim("main");
		other = claim("other");
		reason = claim("reason");
		attack = claim("attack");
		shared = claim("shared");
		ground = claim("ground");
		undercutter = claim("undercutter");
		loner = claim("loner");
		relate(RelationKind.SUPPORT, main, reason);
		Relation attacking = relate(RelationKind.ATTACK, main, attack);
		relate(RelationKind.SUPPORT, main, shared);
		relate(RelationKind.SUPPORT, other, shared);
		relate(RelationKind.SUPPORT, reason, ground);
		relate(RelationKind.UNDERCUT, attacking, undercutter);
	}

	private Node claim(String text) {
		Claim claim = MapElements.newClaim(text);
		map.getNodes().add(claim);
		return claim;
	}

	private Relation relate(RelationKind kind, org.argmap.model.ArgumentElement target, Node... sources) {
		Relation relation = MapElements.newRelation(kind, target, sources);
		map.getRelations().add(relation);
		return relation;
	}

	@Test
	void collapsingHidesWhatArguesForOrAgainstTheNodeButNotWhatArguesForSomethingShown() {
		focus.collapse(main);
		Hidden hidden = focus.hidden(map);
		assertEquals(Set.of(reason, attack, ground, undercutter), Set.copyOf(hidden.nodes()),
				"shared also supports other, which is shown");
		assertEquals(Map.of(main, 4), Map.copyOf(hidden.premises()));

		focus.expand(main);
		assertTrue(focus.hidden(map).isEmpty());
	}

	@Test
	void aCollapsedNodeInsideAnotherCountsInItsBadgeOnly() {
		focus.collapse(reason);
		focus.collapse(main);
		Hidden hidden = focus.hidden(map);
		assertEquals(Set.of(reason, attack, ground, undercutter), Set.copyOf(hidden.nodes()));
		assertEquals(Map.of(main, 4), Map.copyOf(hidden.premises()));
		focus.expand(main);
		assertEquals(Set.of(ground), Set.copyOf(focus.hidden(map).nodes()), "reason stays collapsed");
	}

	@Test
	void aNeighbourhoodShowsTheNodesWithinItsStepsAndNodesAddedLater() {
		focus.showNeighbourhood(map, List.of(reason), 1);
		assertEquals(Set.of(other, attack, shared, undercutter, loner), Set.copyOf(focus.hidden(map).nodes()),
				"one step from reason: main and ground");
		focus.showNeighbourhood(map, List.of(reason), 2);
		assertEquals(Set.of(other, loner), Set.copyOf(focus.hidden(map).nodes()),
				"two steps: main's premises, and what undercuts an inference to main");
		Node added = claim("added");
		assertTrue(!focus.hidden(map).nodes().contains(added), "a node made while focusing is shown");
		focus.showAll();
		assertTrue(focus.hidden(map).isEmpty());
	}

	@Test
	void revealingAHiddenNodeOpensWhatHidItAndNothingElse() {
		focus.collapse(reason);
		focus.collapse(main);
		focus.reveal(map, ground);
		assertTrue(focus.hidden(map).isEmpty(), "ground argues for reason and, through it, for main: both open");

		focus.collapse(main);
		focus.collapse(reason);
		focus.reveal(map, undercutter);
		assertEquals(Set.of(ground), Set.copyOf(focus.hidden(map).nodes()),
				"main opens for its undercutter; reason, which does not lead to it, stays collapsed");

		focus.showAll();
		focus.showNeighbourhood(map, List.of(reason), 1);
		focus.reveal(map, loner);
		assertEquals(Set.of(other, attack, shared, undercutter), Set.copyOf(focus.hidden(map).nodes()),
				"the node found joins the neighbourhood shown");
	}
}

package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.core.layout.MapDrawing;
import org.argmap.core.layout.MapLayout;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.persistence.MapStore;
import org.argmap.sample.SampleMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drawing of the sample map kept up to date edit by edit: what an edit does not touch stays exactly where
 * it was, new nodes land in free space beside what they relate to, and nodes that come back return to their
 * place.
 */
class MapDrawingTest {

	private static final MapLayout.NodeSizes SIZES = node -> new double[] { 180,
			40 + (node.getText() == null ? 0 : node.getText().length() / 3.0) };

	@TempDir
	Path folder;

	private ArgumentMap map;
	private MapDrawing drawing;

	@BeforeEach
	void sample() throws Exception {
		map = MapStore.load(SampleMap.write(folder));
		drawing = MapDrawing.of(MapLayout.compute(map, SIZES));
	}

	@Test
	void aNewPremiseGoesIntoFreeSpaceUnderItsConclusionAndNothingElseMoves() {
		Map<Node, Box> before = new IdentityHashMap<>(drawing.boxes());
		Node conclusion = map.getNodes().get(0);
		Claim premise = MapElements.newClaim("Benchmarks saturate faster than ever.");
		map.getNodes().add(premise);
		Relation support = MapElements.newRelation(RelationKind.SUPPORT, conclusion, premise);
		map.getRelations().add(support);

		Set<Node> changed = drawing.update(map, SIZES, List.of(), List.of(), null);

		assertEquals(Set.of(premise), changed);
		assertEquals(before, withoutNode(drawing.boxes(), premise), "no other node moved");
		Box placed = drawing.boxes().get(premise);
		Box above = drawing.boxes().get(conclusion);
		assertTrue(placed.y() > above.y() + above.height(), "the premise is under its conclusion");
		drawing.boxes().forEach((node, box) -> assertFalse(node != premise && overlap(box, placed), "overlaps " + node.getId()));
		assertEquals(1, drawing.routes().stream().filter(route -> route.relation() == support).count());
	}

	@Test
	void aDeletedNodeLeavesAGapAndComesBackToItsPlace() {
		Node doomed = map.getNodes().get(5);
		Box was = drawing.boxes().get(doomed);
		List<Relation> itsRelations = map.getRelations().stream()
				.filter(relation -> relation.getTarget() == doomed || relation.getSources().contains(doomed)).toList();
		map.getRelations().removeAll(itsRelations);
		map.getNodes().remove(doomed);
		Map<Node, Box> before = withoutNode(drawing.boxes(), doomed);

		drawing.update(map, SIZES, List.of(), List.of(), null);
		assertFalse(drawing.boxes().containsKey(doomed));
		assertEquals(before, drawing.boxes(), "the others stay put");
		assertTrue(drawing.routes().stream().noneMatch(route -> itsRelations.contains(route.relation())));

		map.getNodes().add(5, doomed);
		map.getRelations().addAll(itsRelations);
		drawing.update(map, SIZES, List.of(), List.of(), null);
		assertEquals(was, drawing.boxes().get(doomed), "undo puts it back where it was");
	}

	@Test
	void aRewordedNodeKeepsItsCornerAndAJoinedPremiseMeetsTheOthersAtAJunction() {
		Relation single = map.getRelations().stream()
				.filter(relation -> relation.getKind() == RelationKind.SUPPORT && relation.getSources().size() == 1
						&& !drawing.junctions().containsKey(relation))
				.findFirst().orElseThrow();
		Node premise = single.getSources().get(0);
		Box corner = drawing.boxes().get(premise);
		premise.setText(premise.getText() + " And much, much more, said at length so that the box must grow taller.");
		drawing.update(map, SIZES, List.of(premise), List.of(), null);
		Box grown = drawing.boxes().get(premise);
		assertEquals(corner.x(), grown.x());
		assertEquals(corner.y(), grown.y());
		assertTrue(grown.height() > corner.height());

		Node other = map.getNodes().stream().filter(node -> !single.getSources().contains(node) && node != single.getTarget())
				.findFirst().orElseThrow();
		single.getSources().add(other);
		drawing.update(map, SIZES, List.of(), List.of(), null);
		assertNotNull(drawing.junctions().get(single), "linked premises meet at a junction");
		assertEquals(3, drawing.routes().stream().filter(route -> route.relation() == single).count());
	}

	@Test
	void aRelationGivenAnotherConclusionIsDrawnToIt() {
		Relation relation = map.getRelations().stream()
				.filter(each -> each.getSources().size() == 1 && !drawing.junctions().containsKey(each)
						&& each.getTarget() instanceof Node)
				.findFirst().orElseThrow();
		Node other = map.getNodes().stream()
				.filter(node -> node != relation.getTarget() && !relation.getSources().contains(node)).findFirst()
				.orElseThrow();
		relation.setTarget(other);
		drawing.update(map, SIZES, List.of(), List.of(relation), null);
		List<double[]> line = drawing.routes().stream().filter(route -> route.relation() == relation).findFirst()
				.orElseThrow().points();
		double[] end = line.get(line.size() - 1);
		Box target = drawing.boxes().get(other);
		assertTrue(end[0] >= target.x() - 1 && end[0] <= target.x() + target.width() + 1 && end[1] >= target.y() - 1
				&& end[1] <= target.y() + target.height() + 1, "the line ends at the new conclusion");
	}

	private static Map<Node, Box> withoutNode(Map<Node, Box> boxes, Node node) {
		Map<Node, Box> copy = new IdentityHashMap<>(boxes);
		copy.remove(node);
		return copy;
	}

	private static boolean overlap(Box a, Box b) {
		return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
				&& b.y() < a.y() + a.height();
	}
}

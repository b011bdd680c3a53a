package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.core.layout.MapLayout;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.core.layout.MapLayout.Result;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.persistence.MapStore;
import org.argmap.sample.SampleMap;
import org.argmap.tests.support.SyntheticMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ELK's layout of the sample map and of a large debate: readable, conclusions on top, placed nodes kept. */
class MapLayoutTest {

	private static final MapLayout.NodeSizes SIZES = node -> new double[] { 180, 40 + node.getText().length() / 3.0 };

	@TempDir
	Path folder;

	private ArgumentMap map;

	@BeforeEach
	void sample() throws Exception {
		map = MapStore.load(SampleMap.write(folder));
	}

	@Test
	void everyNodeHasItsOwnPlace() {
		Result layout = MapLayout.compute(map, SIZES);
		List<Box> boxes = new ArrayList<>(layout.boxes().values());
		assertEquals(map.getNodes().size(), boxes.size());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(overlap(boxes.get(i), boxes.get(j)), "nodes " + i + " and " + j + " overlap");
			}
			assertTrue(boxes.get(i).x() + boxes.get(i).width() <= layout.width());
			assertTrue(boxes.get(i).y() + boxes.get(i).height() <= layout.height());
		}
	}

	@Test
	void conclusionsAreAbovePremisesAndEveryRelationIsDrawn() {
		Result layout = MapLayout.compute(map, SIZES);
		int lines = 0;
		for (Relation relation : map.getRelations()) {
			lines += relation.getSources().size() > 1 || layout.junctions().containsKey(relation)
					? relation.getSources().size() + 1
					: 1;
			if (relation.getKind() == RelationKind.SUPPORT && relation.getTarget() instanceof Node conclusion
					&& relation.getSources().size() == 1) {
				assertTrue(layout.boxes().get(conclusion).y() < layout.boxes().get(relation.getSources().get(0)).y(),
						relation.getId() + ": conclusion above its premise");
			}
		}
		assertEquals(lines, layout.routes().size());
		assertTrue(layout.routes().stream().allMatch(route -> route.points().size() >= 2));
		long arrows = layout.routes().stream().filter(MapLayout.Route::arrow).count();
		assertEquals(map.getRelations().size(), arrows, "one arrowhead per relation");
	}

	@Test
	void placedNodeStaysWhereTheUserPutIt() {
		Node wall = map.getNodes().get(0);
		wall.setPosition(MapElements.newPosition(5000, 40));
		Result layout = MapLayout.compute(map, SIZES);
		assertEquals(5000, layout.boxes().get(wall).x());
		assertEquals(40, layout.boxes().get(wall).y());
		assertTrue(layout.width() >= 5000 + 180, "the drawing grows to hold it");
	}

	@Test
	void reasonsWithNoPremisesOfTheirOwnAreListedInAColumnUnderTheirConclusion() {
		Result layout = MapLayout.compute(map, SIZES);
		Box conclusion = layout.boxes().get(node("Probably no wall (Juijn)"));
		Box farFromOver = layout.boxes().get(node("Far from over"));
		Box reinforcement = layout.boxes().get(node("Reinforcement learning may save it"));
		assertEquals(farFromOver.x(), reinforcement.x(), "one column");
		assertTrue(farFromOver.y() + farFromOver.height() < reinforcement.y(), "one under the other, in map order");
		assertTrue(conclusion.y() + conclusion.height() < farFromOver.y(), "under their conclusion");
		for (MapLayout.Route route : layout.routes()) {
			if (route.relation().getSources().get(0) == node("Reinforcement learning may save it")) {
				double[] start = route.points().get(0);
				double[] end = route.points().get(route.points().size() - 1);
				assertEquals(reinforcement.x(), start[0], "the line leaves the premise's side");
				assertTrue(start[0] > route.points().get(1)[0] && route.points().get(1)[0] > farFromOver.x() - 20,
						"and runs up beside the column");
				assertTrue(conclusion.contains(end[0], end[1] - 1), "to the conclusion");
			}
		}
		assertEquals(layout.boxes().get(node("Progress has not slowed")).x(),
				layout.boxes().get(node("One advance is enough")).x(), "attacks are listed too");
	}

	@Test
	void aLargeDebateIsDrawnAboutAsHighAsItIsWideWithConclusionsOnTop() {
		ArgumentMap debate = SyntheticMaps.debate(3, 1_000);
		Result layout = MapLayout.compute(debate, node -> new double[] { 170, 60 });
		double aspect = layout.width() / layout.height();
		assertTrue(aspect >= 0.5 && aspect <= 2, "width : height between 1:2 and 2:1, was " + aspect + ":1");
		List<Box> boxes = new ArrayList<>(layout.boxes().values());
		assertEquals(debate.getNodes().size(), boxes.size());
		boxes.sort((a, b) -> Double.compare(a.x(), b.x()));
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size() && boxes.get(j).x() < boxes.get(i).x() + boxes.get(i).width(); j++) {
				assertFalse(overlap(boxes.get(i), boxes.get(j)), "two nodes overlap");
			}
		}
		for (Relation relation : debate.getRelations()) {
			if (relation.getTarget() instanceof Node conclusion) {
				for (Node premise : relation.getSources()) {
					assertTrue(layout.boxes().get(conclusion).y() < layout.boxes().get(premise).y(),
							relation.getId() + ": conclusion above its premise");
				}
			}
		}
	}

	private Node node(String label) {
		return map.getNodes().stream().filter(node -> label.equals(node.getLabel())).findFirst().orElseThrow();
	}

	private static boolean overlap(Box a, Box b) {
		return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
				&& b.y() < a.y() + a.height();
	}

	@Test
	void cancellingStopsElkBetweenItsPhasesAndGivesNoLayout() {
		int[] askedInFullRun = { 0 };
		MapLayout.prepare(map, SIZES).compute(() -> ++askedInFullRun[0] < 0);
		int[] asked = { 0 };
		Result cancelled = MapLayout.prepare(map, SIZES).compute(() -> ++asked[0] > 3);
		assertEquals(null, cancelled, "a cancelled layout never reaches the canvas");
		assertTrue(asked[0] < askedInFullRun[0],
				"ELK stopped early: asked " + asked[0] + " times, " + askedInFullRun[0] + " in a full run");
	}
}

package org.argmap.core.tests.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.argmap.core.evaluation.Label;
import org.argmap.core.evaluation.MapArgument;
import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Identified;
import org.argmap.model.Node;
import org.argmap.model.persistence.MapStore;
import org.argmap.sample.SampleMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample map "Is AI progress hitting a wall?" under grounded semantics, with the labels worked out by
 * hand from SampleMap.build:
 * <ul>
 * <li>c-2-plateau (and c-33-cot-diminishing, which restates it) is OUT: three of its four supports stand (the
 * Sutskever one is undercut by r-8-ssi-interest), but c-32-not-maxed attacks it and nothing attacks c-32-not-maxed.</li>
 * <li>r-15-economics is OUT: c-16-billion supports it, but c-24-cheaper-inference attacks it unopposed (its analogy
 * support from a-18-quantum is undercut by r-20-quantum-comment as well). So c-48-think-longer, which only
 * r-15-economics attacks, is IN, and so is c-47-o1-paradigm (and c-65-o1-path), which it supports.</li>
 * <li>r-28-cot-main is OUT: c-68-harder attacks it, unopposed.</li>
 * <li>c-86-forum-main is OUT: four unopposed rebuttals attack it (r-95-gwern, r-96-one-advance, r-97-s-curves,
 * r-98-money-talent); the undercuts of its support from c-88-before-2018 and of its analogy (r-94-obscure, and the
 * conceded critical question of a-92-weightlifting) do not matter for it then.</li>
 * <li>c-67-winter is IN: r-71-noise attacks it, but r-72-vested undercuts that attack.</li>
 * <li>c-1-wall is OUT: r-51-hard-ceiling attacks it, unopposed, and so does r-45-juijn-main, which stands.</li>
 * <li>Every other node is IN: it is unattacked, and either has no support or a support whose premises stand.</li>
 * </ul>
 * The map has no cycle of attacks, so preferred and stable semantics agree with grounded.
 */
class SampleMapEvaluationTest {

	static final Set<String> OUT = Set.of("c-1-wall", "c-2-plateau", "c-33-cot-diminishing", "r-15-economics", "r-28-cot-main",
			"c-86-forum-main");

	@TempDir
	Path folder;

	ArgumentMap map;

	@BeforeEach
	void load() throws Exception {
		map = MapStore.load(SampleMap.write(folder));
	}

	Map<String, Label> labels(Semantics semantics) {
		MapEvaluation evaluation = MapEvaluation.of(map, semantics);
		Map<String, Label> labels = new TreeMap<>();
		for (Node node : map.getNodes()) {
			labels.put(node.getId(), evaluation.label(node));
		}
		return labels;
	}

	@Test
	void groundedLabelsAsWorkedOutByHand() {
		Map<String, Label> expected = new TreeMap<>();
		for (Node node : map.getNodes()) {
			expected.put(node.getId(), OUT.contains(node.getId()) ? Label.OUT : Label.IN);
		}
		assertEquals(expected, labels(Semantics.GROUNDED));
	}

	@Test
	void preferredAndStableAgreeWithGrounded() {
		Map<String, Label> grounded = labels(Semantics.GROUNDED);
		assertEquals(grounded, labels(Semantics.PREFERRED));
		assertEquals(grounded, labels(Semantics.STABLE));
		assertEquals(1, MapEvaluation.of(map, Semantics.PREFERRED).evaluation().labellings().size());
	}

	@Test
	void explanationsNameTheDefeaterAndTheDefender() {
		MapEvaluation evaluation = MapEvaluation.of(map, Semantics.GROUNDED);
		List<MapEvaluation.Step> plateau = evaluation.explain(node("c-2-plateau"));
		assertEquals(List.of("c-2-plateau OUT", "c-32-not-maxed IN"), describe(plateau));

		List<MapEvaluation.Step> winter = evaluation.explain(node("c-67-winter"));
		assertEquals(List.of("c-67-winter IN", "rel-80-noise-attacks-winter OUT", "r-72-vested IN"), describe(winter),
				"the attack by r-71-noise fails, undercut by r-72-vested");
		assertEquals(MapArgument.Kind.ATTACK, winter.get(1).argument().kind());
	}

	private List<String> describe(List<MapEvaluation.Step> steps) {
		return steps.stream().map(step -> ((Identified) step.argument().element()).getId() + " "
				+ step.label()).toList();
	}

	private Node node(String id) {
		return map.getNodes().stream().filter(node -> id.equals(node.getId())).findFirst().orElseThrow();
	}
}

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
 * <li>c-plateau (and c-cot-diminishing, which restates it) is OUT: three of its four supports stand (the
 * Sutskever one is undercut by r-ssi-interest), but c-not-maxed attacks it and nothing attacks c-not-maxed.</li>
 * <li>r-economics is OUT: c-billion supports it, but c-cheaper-inference attacks it unopposed (its analogy
 * support from a-quantum is undercut by r-quantum-comment as well). So c-think-longer, which only
 * r-economics attacks, is IN, and so is c-o1-paradigm (and c-o1-path), which it supports.</li>
 * <li>r-cot-main is OUT: c-harder attacks it, unopposed.</li>
 * <li>c-forum-main is OUT: four unopposed rebuttals attack it (r-gwern, r-one-advance, r-s-curves,
 * r-money-talent); the undercuts of its support from c-before-2018 and of its analogy (r-obscure, and the
 * conceded critical question of a-weightlifting) do not matter for it then.</li>
 * <li>c-winter is IN: r-noise attacks it, but r-vested undercuts that attack.</li>
 * <li>c-wall is OUT: r-hard-ceiling attacks it, unopposed, and so does r-juijn-main, which stands.</li>
 * <li>Every other node is IN: it is unattacked, and either has no support or a support whose premises stand.</li>
 * </ul>
 * The map has no cycle of attacks, so preferred and stable semantics agree with grounded.
 */
class SampleMapEvaluationTest {

	static final Set<String> OUT = Set.of("c-wall", "c-plateau", "c-cot-diminishing", "r-economics", "r-cot-main",
			"c-forum-main");

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
		List<MapEvaluation.Step> plateau = evaluation.explain(node("c-plateau"));
		assertEquals(List.of("c-plateau OUT", "c-not-maxed IN"), describe(plateau));

		List<MapEvaluation.Step> winter = evaluation.explain(node("c-winter"));
		assertEquals(List.of("c-winter IN", "rel-noise-attacks-winter OUT", "r-vested IN"), describe(winter),
				"the attack by r-noise fails, undercut by r-vested");
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

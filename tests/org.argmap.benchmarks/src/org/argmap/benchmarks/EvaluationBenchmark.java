package org.argmap.benchmarks;

import java.util.Arrays;
import java.util.Random;

import org.argmap.core.evaluation.Evaluation;
import org.argmap.core.evaluation.Framework;
import org.argmap.core.evaluation.Grounded;
import org.argmap.core.evaluation.Label;
import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.tests.support.SyntheticMaps;
import org.junit.jupiter.api.Test;

/**
 * Evaluating argumentation (issue 17): grounded on a 100,000-argument framework (goal 200 ms); preferred
 * on 1,000 random frameworks of 50 to 200 arguments, with how many extensions were enumerated; and what the
 * workbench does after each edit on the 2,000-node debate, building the framework from the map and
 * labelling it (goal 50 ms).
 */
class EvaluationBenchmark {

	private static final String NAME = "evaluation";

	/** Each argument attacked by 0 to 4 random others (2 on average), so cycles of every parity occur. */
	private static Framework random(Random random, int size) {
		Framework.Builder builder = Framework.builder(size);
		for (int a = 0; a < size; a++) {
			int attackers = random.nextInt(5);
			for (int k = 0; k < attackers; k++) {
				builder.attack(random.nextInt(size), a);
			}
		}
		return builder.build();
	}

	@Test
	void groundedOnAHundredThousandArguments() throws Exception {
		Framework framework = random(new Random(17), 100_000);
		double[] millis = Figures.time(10, () -> Grounded.of(framework));
		Figures.print(NAME, "grounded, 100,000 args / " + framework.attackCount() + " attacks", Figures.ms(millis)); //$NON-NLS-1$ //$NON-NLS-2$
		Grounded grounded = Grounded.of(framework);
		Figures.print(NAME, "  labels in / out / undec", grounded.labelling().count(Label.IN) + " / " //$NON-NLS-1$ //$NON-NLS-2$
				+ grounded.labelling().count(Label.OUT) + " / " + grounded.labelling().count(Label.UNDEC)); //$NON-NLS-1$
		// the same size reached through a map: building the framework (with its inference arguments) dominates
		ArgumentMap map = SyntheticMaps.generate(11, 100_000, 200_000, 0, 1, 100);
		double[] fromMap = Figures.time(5, () -> MapEvaluation.of(map, Semantics.GROUNDED));
		Figures.print(NAME, "grounded, map of 100,000 nodes / 200,000 rel.", Figures.ms(fromMap)); //$NON-NLS-1$
	}

	@Test
	void preferredOnAThousandRandomFrameworks() throws Exception {
		Random random = new Random(42);
		Framework[] frameworks = new Framework[1_000];
		for (int i = 0; i < frameworks.length; i++) {
			frameworks[i] = random(random, 50 + random.nextInt(151));
		}
		long[] counts = new long[3]; // extensions, most in one framework, frameworks with more than one
		double[] perFramework = new double[frameworks.length];
		double total = Figures.once(() -> {
			for (int i = 0; i < frameworks.length; i++) {
				long start = System.nanoTime();
				int extensions = Evaluation.of(frameworks[i], Semantics.PREFERRED).labellings().size();
				perFramework[i] = (System.nanoTime() - start) / 1e6;
				counts[0] += extensions;
				counts[1] = Math.max(counts[1], extensions);
				counts[2] += extensions > 1 ? 1 : 0;
			}
		});
		Arrays.sort(perFramework);
		Figures.print(NAME, "preferred, 1,000 frameworks of 50-200", String.format( //$NON-NLS-1$
				"%.0f ms total; per framework median %.1f ms, worst %.0f ms", total, Figures.median(perFramework), //$NON-NLS-1$
				perFramework[perFramework.length - 1]));
		Figures.print(NAME, "  preferred extensions enumerated", String.format( //$NON-NLS-1$
				"%d (at most %d in one; %d frameworks with more than one)", counts[0], counts[1], counts[2])); //$NON-NLS-1$
	}

	@Test
	void reEvaluationAfterOneEditOnTheDebate() throws Exception {
		ArgumentMap map = SyntheticMaps.debate(17, 2_000);
		Random random = new Random(5);
		// each run is one edit (a new rebuttal attacking a random node) and the evaluation the canvas then needs
		double[] grounded = Figures.time(30, () -> {
			edit(map, random);
			MapEvaluation.of(map, Semantics.GROUNDED);
		});
		Figures.print(NAME, "grounded after one edit, 2,000 nodes", Figures.ms(grounded)); //$NON-NLS-1$
		double[] preferred = Figures.time(30, () -> {
			edit(map, random);
			MapEvaluation.of(map, Semantics.PREFERRED);
		});
		Figures.print(NAME, "preferred after one edit, 2,000 nodes", Figures.ms(preferred)); //$NON-NLS-1$
	}

	private static void edit(ArgumentMap map, Random random) {
		Node target = map.getNodes().get(random.nextInt(map.getNodes().size()));
		Rebuttal rebuttal = MapElements.newRebuttal("an objection"); //$NON-NLS-1$
		map.getNodes().add(rebuttal);
		Relation attack = MapElements.newRelation(RelationKind.ATTACK, target, rebuttal);
		map.getRelations().add(attack);
	}
}

package org.argmap.core.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;

/**
 * Which nodes of a map stand under a semantics, and why: the map's framework evaluated, read back per node.
 */
public final class MapEvaluation {

	/** How many steps an explanation chain takes at most: enough to reach the ground of a typical map. */
	public static final int CHAIN_LENGTH = 8;

	private final MapFramework mapFramework;
	private final Evaluation evaluation;

	private MapEvaluation(MapFramework mapFramework, Evaluation evaluation) {
		this.mapFramework = mapFramework;
		this.evaluation = evaluation;
	}

	public static MapEvaluation of(ArgumentMap map, Semantics semantics) {
		MapFramework mapFramework = MapFramework.of(map);
		return of(mapFramework, Evaluation.of(mapFramework.framework(), semantics));
	}

	/**
	 * The evaluation of a map's framework, for callers that build the framework where the map may be read
	 * (the UI thread) and evaluate it elsewhere: the framework itself never reads the map again.
	 */
	public static MapEvaluation of(MapFramework mapFramework, Evaluation evaluation) {
		return new MapEvaluation(mapFramework, evaluation);
	}

	public Evaluation evaluation() {
		return evaluation;
	}

	public Semantics semantics() {
		return evaluation.semantics();
	}

	/** The label of {@code node} every labelling agrees on, or UNDEC; null for a node not in the map evaluated. */
	public Label label(Node node) {
		int argument = mapFramework.argumentOf(node);
		return argument < 0 ? null : evaluation.label(argument);
	}

	/** The label of {@code node} in the {@code index}-th labelling (extension). */
	public Label label(Node node, int index) {
		int argument = mapFramework.argumentOf(node);
		return argument < 0 ? null : evaluation.labellings().get(index).get(argument);
	}

	public boolean credulous(Node node) {
		int argument = mapFramework.argumentOf(node);
		return argument >= 0 && evaluation.credulous(argument);
	}

	public boolean sceptical(Node node) {
		int argument = mapFramework.argumentOf(node);
		return argument >= 0 && evaluation.sceptical(argument);
	}

	/** One step of an explanation: an argument and its label. */
	public record Step(MapArgument argument, Label label) {
	}

	/**
	 * Why {@code node} is labelled as it is: the node first, then alternately an attacker and what defeats it,
	 * down to an argument nothing defeats (see {@link Evaluation#chain}).
	 */
	public List<Step> explain(Node node) {
		int argument = mapFramework.argumentOf(node);
		List<Step> steps = new ArrayList<>();
		if (argument >= 0) {
			for (int a : evaluation.chain(argument, CHAIN_LENGTH)) {
				// the node asked about, not whichever of its equivalents stands for them all
				MapArgument step = a == argument ? new MapArgument(MapArgument.Kind.CLAIM, node) : mapFramework.argument(a);
				steps.add(new Step(step, evaluation.label(a)));
			}
		}
		return steps;
	}
}

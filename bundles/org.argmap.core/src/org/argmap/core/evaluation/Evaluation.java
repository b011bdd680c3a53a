package org.argmap.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The labellings of one framework under one semantics, summed up per argument: IN where every labelling
 * says IN, OUT where every one says OUT, UNDEC otherwise (and everywhere when there is no labelling, as
 * for a framework with no stable extension).
 */
public final class Evaluation {

	/** How many labellings are enumerated at most for complete, preferred and stable semantics. */
	public static final int DEFAULT_LIMIT = 1000;

	private final Framework framework;
	private final Semantics semantics;
	private final Grounded grounded;
	private final List<Labelling> labellings;
	private final boolean truncated;
	private final Label[] summary;

	private Evaluation(Framework framework, Semantics semantics, Grounded grounded, List<Labelling> labellings,
			boolean truncated) {
		this.framework = framework;
		this.semantics = semantics;
		this.grounded = grounded;
		this.labellings = List.copyOf(labellings);
		this.truncated = truncated;
		summary = new Label[framework.size()];
		for (int a = 0; a < summary.length; a++) {
			summary[a] = agreed(a);
		}
	}

	public static Evaluation of(Framework framework, Semantics semantics) {
		return of(framework, semantics, DEFAULT_LIMIT);
	}

	/** Evaluates, enumerating at most {@code limit} labellings for the multi-extension semantics. */
	public static Evaluation of(Framework framework, Semantics semantics, int limit) {
		Grounded grounded = Grounded.of(framework);
		List<Labelling> labellings = switch (semantics) {
		case GROUNDED -> List.of(grounded.labelling());
		case COMPLETE -> new SatLabellings(framework, grounded.labelling(), false).all(limit + 1);
		case PREFERRED -> new SatLabellings(framework, grounded.labelling(), false).maximal(limit + 1);
		case STABLE -> new SatLabellings(framework, grounded.labelling(), true).all(limit + 1);
		};
		boolean truncated = labellings.size() > limit;
		return new Evaluation(framework, semantics, grounded,
				truncated ? new ArrayList<>(labellings.subList(0, limit)) : labellings, truncated);
	}

	private Label agreed(int a) {
		if (labellings.isEmpty()) {
			return Label.UNDEC;
		}
		Label first = labellings.get(0).get(a);
		for (Labelling labelling : labellings) {
			if (labelling.get(a) != first) {
				return Label.UNDEC;
			}
		}
		return first;
	}

	public Semantics semantics() {
		return semantics;
	}

	/** The labellings found: one for grounded, any number (even none, for stable) otherwise. */
	public List<Labelling> labellings() {
		return labellings;
	}

	/** Whether enumeration stopped at the limit, so that more labellings exist. */
	public boolean truncated() {
		return truncated;
	}

	/** The label every labelling agrees on, or UNDEC. */
	public Label label(int argument) {
		return summary[argument];
	}

	/** IN in at least one labelling. */
	public boolean credulous(int argument) {
		return labellings.stream().anyMatch(labelling -> labelling.get(argument) == Label.IN);
	}

	/** IN in every labelling, of which there is at least one (so not vacuously, when there is no stable one). */
	public boolean sceptical(int argument) {
		return summary[argument] == Label.IN;
	}

	/**
	 * Why {@code argument} has its summary label, as a chain of at most {@code maxSteps} arguments: an OUT
	 * argument is followed by an IN attacker that defeats it; an IN one by an attacker (OUT) of it, whose
	 * defeater, a defender, comes next; an UNDEC one by an undecided attacker. Ends at an unattacked
	 * argument, or where the chain would come back on itself. The attacker decided in the earliest grounded round
	 * is taken, which keeps the chain short and, on grounded labels, makes it reach an unattacked argument.
	 */
	public List<Integer> chain(int argument, int maxSteps) {
		List<Integer> chain = new ArrayList<>();
		int current = argument;
		while (current >= 0 && chain.size() < maxSteps && !chain.contains(current)) {
			chain.add(current);
			current = next(current);
		}
		return chain;
	}

	private int next(int a) {
		Label label = summary[a];
		Label wanted = switch (label) {
		case IN -> Label.OUT;
		case OUT -> Label.IN;
		case UNDEC -> Label.UNDEC;
		};
		int best = -1;
		for (int k = 0; k < framework.attackerCount(a); k++) {
			int b = framework.attacker(a, k);
			if (summary[b] == wanted && (best < 0 || grounded.round(b) < grounded.round(best))) {
				best = b;
			}
		}
		return best;
	}
}

package org.argmap.core.evaluation;

import org.argmap.model.CriticalQuestion;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.edit.MapLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * An argument of the framework built from a map, with the map element it stands for, so that an
 * explanation can be read and clicked through.
 *
 * @param element a {@link Node} for {@link Kind#CLAIM}, {@link Kind#PREMISE_FAILS} and
 *                {@link Kind#UNSUPPORTED}; a {@link Relation} for {@link Kind#INFERENCE} and
 *                {@link Kind#ATTACK}; a {@link CriticalQuestion} for {@link Kind#CONCEDED}
 */
public record MapArgument(Kind kind, EObject element) {

	public enum Kind {
		/** A node, standing for every node equivalent to it. */
		CLAIM,
		/** The inference of a support or analogy relation: it stands when all its premises stand. */
		INFERENCE,
		/** An attack that is linked (several sources) or undercut, so that it can itself fall. */
		ATTACK,
		/** "This premise does not stand": IN exactly when the node is OUT; it defeats inferences using it. */
		PREMISE_FAILS,
		/** "No inference for this conclusion stands": it defeats a supported node whose supports all fell. */
		UNSUPPORTED,
		/** A conceded critical question of an analogy: it undercuts the analogy's inference. */
		CONCEDED
	}

	/** A sentence naming the argument, e.g. the inference of “Orion disappoints” supports “Pre-training plateau”. */
	public String describe() {
		String name = element instanceof CriticalQuestion question
				? MapLabels.text(question.getKind()) + " (" + MapLabels.text(question.eContainer()) + ')' //$NON-NLS-1$
				: MapLabels.text(element);
		return switch (kind) {
		case CLAIM -> name;
		case INFERENCE -> NLS.bind(Messages.MapArgument_inference, name);
		case ATTACK -> NLS.bind(Messages.MapArgument_attack, name);
		case PREMISE_FAILS -> NLS.bind(Messages.MapArgument_premiseFails, name);
		case UNSUPPORTED -> NLS.bind(Messages.MapArgument_unsupported, name);
		case CONCEDED -> NLS.bind(Messages.MapArgument_conceded, name);
		};
	}
}

package org.argmap.core.agreement;

import java.util.Locale;

import org.argmap.model.Analogy;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;

/** The categories annotators choose between for a passage: the kind of node they made of it. */
public enum NodeKind {
	CLAIM, REBUTTAL, ANALOGY, IMPLICIT;

	public static NodeKind of(Node node) {
		if (node instanceof Rebuttal) {
			return REBUTTAL;
		}
		if (node instanceof Claim claim) {
			return claim.isImplicit() ? IMPLICIT : CLAIM;
		}
		if (node instanceof Analogy) {
			return ANALOGY;
		}
		throw new IllegalArgumentException(node.eClass().getName());
	}

	/** The word used in reports and as the category in DKPro's studies. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}
}

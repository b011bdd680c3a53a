package org.argmap.core.drawing;

import org.argmap.model.Analogy;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.RelationKind;

/**
 * The colours of node and relation kinds, as {@code #rrggbb}: one palette for the yEd and DOT exports and the
 * graph canvas, so a map looks the same in every drawing of it.
 */
public final class KindColours {

	private KindColours() {
	}

	public static String line(RelationKind kind) {
		return switch (kind) {
		case SUPPORT -> "#2e8b57"; //$NON-NLS-1$
		case ATTACK -> "#c0392b"; //$NON-NLS-1$
		case UNDERCUT -> "#8e44ad"; //$NON-NLS-1$
		case ANALOGY -> "#b8860b"; //$NON-NLS-1$
		case EQUIVALENCE -> "#555555"; //$NON-NLS-1$
		};
	}

	public static String border(Node node) {
		if (node instanceof Analogy) {
			return "#b8860b"; //$NON-NLS-1$
		}
		return node instanceof Rebuttal ? "#c0392b" : "#3b6fb6"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The fill of exported drawings (the canvas takes its fills from the user's preferences). */
	public static String fill(Node node) {
		if (node instanceof Analogy) {
			return "#fff2cc"; //$NON-NLS-1$
		}
		return node instanceof Rebuttal ? "#fde2de" : "#dcebff"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}

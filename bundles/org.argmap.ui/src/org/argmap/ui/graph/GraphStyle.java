package org.argmap.ui.graph;

import org.argmap.interchange.KindColours;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.RelationKind;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.swt.graphics.RGB;

/**
 * Colours and lines by kind, the same for screen, PNG and SVG and, through {@link KindColours}, for the yEd and
 * DOT exports; node fills follow the highlight preferences.
 */
public final class GraphStyle {

	public static final RGB TEXT = new RGB(33, 37, 41);
	public static final RGB SELECTION = new RGB(255, 140, 0);
	public static final RGB BACKGROUND = new RGB(255, 255, 255);
	/** A node whose passage was lost. */
	public static final RGB ORPHANED = new RGB(200, 30, 30);

	private GraphStyle() {
	}

	public static RGB fill(Node node) {
		return ArgmapPreferences.colour(node);
	}

	public static RGB border(Node node) {
		return rgb(KindColours.border(node));
	}

	public static boolean dashedBorder(Node node) {
		return node instanceof Claim claim && claim.isImplicit();
	}

	public static RGB line(RelationKind kind) {
		return rgb(KindColours.line(kind));
	}

	private static RGB rgb(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}

	/** Dash lengths, or null for a solid line. */
	public static int[] dashes(RelationKind kind) {
		return switch (kind) {
		case SUPPORT, ATTACK -> null;
		case UNDERCUT -> new int[] { 6, 4 };
		case ANALOGY -> new int[] { 10, 4, 2, 4 };
		case EQUIVALENCE -> new int[] { 2, 3 };
		};
	}

	/** What the legend calls a relation kind. */
	public static String legend(RelationKind kind) {
		return switch (kind) {
		case SUPPORT -> Messages.Legend_support;
		case ATTACK -> Messages.Legend_attack;
		case UNDERCUT -> Messages.Legend_undercut;
		case ANALOGY -> Messages.Legend_analogy;
		case EQUIVALENCE -> Messages.Legend_equivalence;
		};
	}
}

package org.argmap.core.drawing;

import java.util.function.Function;

import org.argmap.core.evaluation.Label;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.RelationKind;

/**
 * Colours and lines by kind, the same on screen, in PNG and SVG and, through {@link KindColours}, in the yEd
 * and DOT exports. Only node fills vary: the workbench draws them in the user's highlight colours.
 */
public final class DrawingStyle {

	public static final Rgb TEXT = new Rgb(33, 37, 41);
	public static final Rgb SELECTION = new Rgb(255, 140, 0);
	public static final Rgb BACKGROUND = new Rgb(255, 255, 255);
	/** A node whose passage was lost. */
	public static final Rgb ORPHANED = new Rgb(200, 30, 30);

	/** The fills of {@link KindColours}, as the command line and the interchange formats draw them. */
	public static final DrawingStyle STANDARD = new DrawingStyle(node -> Rgb.of(KindColours.fill(node)));

	/** The rings of evaluated nodes: green for IN, red for OUT, amber for UNDEC. */
	public static final Rgb IN = new Rgb(25, 135, 84);
	public static final Rgb OUT = new Rgb(220, 53, 69);
	public static final Rgb UNDEC = new Rgb(230, 160, 0);

	private final Function<Node, Rgb> fills;
	private final Function<Node, Label> labels;

	/** @param fills the fill of each node */
	public DrawingStyle(Function<Node, Rgb> fills) {
		this(fills, null);
	}

	private DrawingStyle(Function<Node, Rgb> fills, Function<Node, Label> labels) {
		this.fills = fills;
		this.labels = labels;
	}

	/** This style with a ring round each node in the colour of its label (none where it answers null). */
	public DrawingStyle withLabels(Function<Node, Label> nodeLabels) {
		return new DrawingStyle(fills, nodeLabels);
	}

	public Rgb fill(Node node) {
		return fills.apply(node);
	}

	/** The colour of the ring round {@code node}, or null when the map is not evaluated or the node not yet. */
	public Rgb ring(Node node) {
		Label label = labels == null ? null : labels.apply(node);
		if (label == null) {
			return null;
		}
		return switch (label) {
		case IN -> IN;
		case OUT -> OUT;
		case UNDEC -> UNDEC;
		};
	}

	public static Rgb border(Node node) {
		return Rgb.of(KindColours.border(node));
	}

	/** Dash lengths of a node's border: an implicit premise's is dashed, others are solid (null). */
	public static int[] borderDashes(Node node) {
		return node instanceof Claim claim && claim.isImplicit() ? new int[] { 5, 4 } : null;
	}

	public static Rgb line(RelationKind kind) {
		return Rgb.of(KindColours.line(kind));
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

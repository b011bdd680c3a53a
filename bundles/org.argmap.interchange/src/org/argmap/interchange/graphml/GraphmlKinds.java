package org.argmap.interchange.graphml;

import java.util.Locale;
import java.util.Map;

import org.argmap.interchange.NodeKinds;
import org.argmap.model.RelationKind;

/** Node and relation kinds as GraphML values, and the words other tools use for them. */
final class GraphmlKinds {

	private static final String CLAIM = NodeKinds.CLAIM;
	private static final String REBUTTAL = NodeKinds.REBUTTAL;
	private static final String ANALOGY = NodeKinds.ANALOGY;

	private static final Map<String, String> NODE_SYNONYMS = Map.ofEntries(Map.entry(CLAIM, CLAIM),
			Map.entry("statement", CLAIM), Map.entry("proposition", CLAIM), Map.entry("premise", CLAIM), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("conclusion", CLAIM), Map.entry("argument", CLAIM), Map.entry("i", CLAIM), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry(REBUTTAL, REBUTTAL), Map.entry("objection", REBUTTAL), Map.entry("counterargument", REBUTTAL), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("con", REBUTTAL), Map.entry("pro", CLAIM), Map.entry("thesis", CLAIM), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry(ANALOGY, ANALOGY));

	private static final Map<String, RelationKind> RELATION_SYNONYMS = Map.ofEntries(
			Map.entry("support", RelationKind.SUPPORT), Map.entry("supports", RelationKind.SUPPORT), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("pro", RelationKind.SUPPORT), Map.entry("+", RelationKind.SUPPORT), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("entails", RelationKind.SUPPORT), Map.entry("inference", RelationKind.SUPPORT), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("ra", RelationKind.SUPPORT), Map.entry("attack", RelationKind.ATTACK), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("attacks", RelationKind.ATTACK), Map.entry("con", RelationKind.ATTACK), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("-", RelationKind.ATTACK), Map.entry("contrary", RelationKind.ATTACK), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("contradictory", RelationKind.ATTACK), Map.entry("rebut", RelationKind.ATTACK), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("conflict", RelationKind.ATTACK), Map.entry("ca", RelationKind.ATTACK), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("undercut", RelationKind.UNDERCUT), Map.entry("undercuts", RelationKind.UNDERCUT), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("analogy", RelationKind.ANALOGY), Map.entry("equivalence", RelationKind.EQUIVALENCE), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("rephrase", RelationKind.EQUIVALENCE), Map.entry("ma", RelationKind.EQUIVALENCE), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("for", RelationKind.SUPPORT), Map.entry("supporting", RelationKind.SUPPORT), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("against", RelationKind.ATTACK), Map.entry("attacking", RelationKind.ATTACK), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("rebuts", RelationKind.ATTACK), Map.entry("rebuttal", RelationKind.ATTACK), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("objection", RelationKind.ATTACK), Map.entry("undermine", RelationKind.ATTACK), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("undermines", RelationKind.ATTACK)); //$NON-NLS-1$

	private GraphmlKinds() {
	}

	/** One of the {@link NodeKinds} words for a value another tool wrote, or null. */
	static String nodeKindOf(String value) {
		return NODE_SYNONYMS.get(value.strip().toLowerCase(Locale.ROOT));
	}

	/** The relation kind for a value another tool wrote, or null. */
	static RelationKind relationKindOf(String value) {
		return RELATION_SYNONYMS.get(value.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * A relation kind judged from a line colour {@code #rrggbb}: green support, red or orange attack, purple
	 * undercut; null for greys, blues and anything unreadable.
	 */
	static RelationKind relationKindOfColour(String colour) {
		if (colour == null || !colour.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) { //$NON-NLS-1$
			return null;
		}
		int rgb = Integer.parseInt(colour.substring(1, 7), 16);
		double red = (rgb >> 16 & 0xff) / 255.0;
		double green = (rgb >> 8 & 0xff) / 255.0;
		double blue = (rgb & 0xff) / 255.0;
		double max = Math.max(red, Math.max(green, blue));
		double range = max - Math.min(red, Math.min(green, blue));
		if (max < 0.2 || range / max < 0.25) {
			return null; // too dark or too grey to say
		}
		double sector;
		if (max == red) {
			sector = (green - blue) / range;
		} else if (max == green) {
			sector = 2 + (blue - red) / range;
		} else {
			sector = 4 + (red - green) / range;
		}
		double degrees = (sector * 60 + 360) % 360;
		if (degrees >= 75 && degrees < 165) {
			return RelationKind.SUPPORT;
		}
		if (degrees < 45 || degrees >= 335) {
			return RelationKind.ATTACK;
		}
		if (degrees >= 260 && degrees < 335) {
			return RelationKind.UNDERCUT;
		}
		return null;
	}
}

package org.argmap.core.statistics;

import java.util.EnumMap;
import java.util.Map;

import org.argmap.model.Analogy;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.TextAnchor;

/**
 * Counts of a map's elements: nodes per kind, relations per kind, anchors per status.
 *
 * @param claims           claims that are not rebuttals, implicit ones included
 * @param implicitClaims   unstated premises among {@code claims}
 * @param unanchoredNodes  nodes with no anchor that are not implicit premises
 */
public record MapStatistics(int documents, int claims, int implicitClaims, int rebuttals, int analogies,
		Map<RelationKind, Integer> relations, Map<AnchorStatus, Integer> anchors, int unanchoredNodes) {

	public int nodes() {
		return claims + rebuttals + analogies;
	}

	public int relationCount() {
		return relations.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int anchorCount() {
		return anchors.values().stream().mapToInt(Integer::intValue).sum();
	}

	public static MapStatistics of(ArgumentMap map) {
		int claims = 0;
		int implicit = 0;
		int rebuttals = 0;
		int analogies = 0;
		int unanchored = 0;
		Map<AnchorStatus, Integer> anchors = new EnumMap<>(AnchorStatus.class);
		AnchorStatus.VALUES.forEach(status -> anchors.put(status, 0));
		for (Node node : map.getNodes()) {
			boolean isImplicit = node instanceof Claim claim && claim.isImplicit();
			if (node instanceof Rebuttal) {
				rebuttals++;
			} else if (node instanceof Claim) {
				claims++;
				implicit += isImplicit ? 1 : 0;
			} else if (node instanceof Analogy) {
				analogies++;
			}
			if (node.getAnchors().isEmpty() && !isImplicit) {
				unanchored++;
			}
			for (TextAnchor anchor : node.getAnchors()) {
				anchors.merge(anchor.getStatus(), 1, Integer::sum);
			}
		}
		Map<RelationKind, Integer> relations = new EnumMap<>(RelationKind.class);
		RelationKind.VALUES.forEach(kind -> relations.put(kind, 0));
		for (Relation relation : map.getRelations()) {
			relations.merge(relation.getKind(), 1, Integer::sum);
		}
		return new MapStatistics(map.getDocuments().size(), claims, implicit, rebuttals, analogies, relations, anchors,
				unanchored);
	}
}

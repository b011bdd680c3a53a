package org.argmap.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.TextAnchor;

/** What cannot stay in a map once some of its elements are removed. */
public final class MapDependents {

	private MapDependents() {
	}

	/**
	 * The relations of {@code map}, other than the {@code removed} ones, with an end among the removed elements
	 * or among these relations themselves: an undercut goes with the relation it attacks.
	 */
	public static Set<Relation> relations(ArgumentMap map, Collection<?> removed) {
		Set<Object> gone = new HashSet<>(removed);
		Set<Relation> dependents = new LinkedHashSet<>();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Relation relation : map.getRelations()) {
				if (!gone.contains(relation)
						&& (gone.contains(relation.getTarget()) || relation.getSources().stream().anyMatch(gone::contains))) {
					gone.add(relation);
					dependents.add(relation);
					grew = true;
				}
			}
		}
		return dependents;
	}

	/** The anchors, on nodes of {@code map} that stay, that lie on one of the {@code removed} documents. */
	public static List<TextAnchor> anchors(ArgumentMap map, Collection<?> removed) {
		Set<Object> gone = new HashSet<>(removed);
		List<TextAnchor> dependents = new ArrayList<>();
		for (Node node : map.getNodes()) {
			if (gone.contains(node)) {
				continue;
			}
			for (TextAnchor anchor : node.getAnchors()) {
				if (gone.contains(anchor.getDocument())) {
					dependents.add(anchor);
				}
			}
		}
		return dependents;
	}
}

package org.argmap.interchange;


import org.argmap.model.ArgumentElement;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;

/**
 * Where a relation lands when it has to be drawn between nodes: its target node, or for an undercut the
 * node that the attacked inference concludes (following undercuts of undercuts).
 */
public final class RelationEnds {

	private RelationEnds() {
	}

	/**
	 * The node a relation's edges point at.
	 *
	 * @throws UnexportableMapException naming the relation when it is incomplete or its undercuts go round in a circle,
	 *                     which only a damaged map can contain
	 */
	public static Node landingNode(Relation relation) throws UnexportableMapException {
		checkComplete(relation);
		ArgumentElement target = relation.getTarget();
		int steps = 0;
		while (target instanceof Relation attacked) {
			checkComplete(attacked);
			if (++steps > 10_000) {
				throw new UnexportableMapException(Messages.bind(Messages.Relation_circular, MapElements.describe(relation)));
			}
			target = attacked.getTarget();
		}
		return (Node) target;
	}

	/** @throws UnexportableMapException naming the relation when it has no target or no source */
	public static void checkComplete(Relation relation) throws UnexportableMapException {
		if (relation.getTarget() == null || relation.getSources().isEmpty()) {
			throw new UnexportableMapException(Messages.bind(Messages.Relation_incomplete, MapElements.describe(relation)));
		}
	}
}

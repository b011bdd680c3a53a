package org.argmap.interchange.webannotation;

import java.util.List;

import org.argmap.interchange.Messages;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEdits;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Web Annotations read onto a map, not yet applied.
 *
 * @param newNodes nodes the map does not have, each with its anchors
 * @param anchors  anchors for nodes the map has
 * @param notices  what was left out or guessed, one sentence each
 */
public record AnnotationImport(List<Node> newNodes, List<Placement> anchors, List<String> notices) {

	/** An anchor for a node of the map. */
	public record Placement(Node node, TextAnchor anchor) {
	}

	public int anchorCount() {
		return anchors.size() + newNodes.stream().mapToInt(node -> node.getAnchors().size()).sum();
	}

	public boolean isEmpty() {
		return newNodes.isEmpty() && anchors.isEmpty();
	}

	/** One undoable command that adds the new nodes and the anchors to {@code map}. */
	public Command command(EditingDomain domain, ArgumentMap map) {
		CompoundCommand command = new CompoundCommand(Messages.bind(Messages.WebAnnotation_command, anchorCount()));
		for (Node node : newNodes) {
			command.append(MapEdits.createNode(domain, map, node));
		}
		for (Placement placement : anchors) {
			command.append(MapEdits.addAnchor(domain, placement.node(), placement.anchor()));
		}
		return command;
	}
}

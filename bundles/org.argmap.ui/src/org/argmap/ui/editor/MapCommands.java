package org.argmap.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The editor's compound edits, each one command so that one undo takes back all of it. */
public final class MapCommands {

	private MapCommands() {
	}

	public static Command addNode(EditingDomain domain, ArgumentMap map, Node node) {
		return AddCommand.create(domain, map, ArgmapPackage.Literals.ARGUMENT_MAP__NODES, node);
	}

	public static Command addRelation(EditingDomain domain, ArgumentMap map, Relation relation) {
		return AddCommand.create(domain, map, ArgmapPackage.Literals.ARGUMENT_MAP__RELATIONS, relation);
	}

	public static Command addAnchor(EditingDomain domain, Node node, TextAnchor anchor) {
		return AddCommand.create(domain, node, ArgmapPackage.Literals.NODE__ANCHORS, anchor);
	}

	static Command addDocuments(EditingDomain domain, ArgumentMap map, Collection<SourceDocument> documents) {
		return AddCommand.create(domain, map, ArgmapPackage.Literals.ARGUMENT_MAP__DOCUMENTS, documents);
	}

	/**
	 * Deletes nodes, relations and anchors. A relation cannot stand without its nodes, nor an undercut without
	 * the relation it attacks, so those go too; a document takes the anchors on it along.
	 */
	public static Command delete(EditingDomain domain, ArgumentMap map, Collection<?> elements) {
		Set<Object> doomed = new LinkedHashSet<>();
		List<TextAnchor> anchors = new ArrayList<>();
		for (Object element : elements) {
			if (element instanceof Node || element instanceof Relation || element instanceof SourceDocument) {
				doomed.add(element);
			} else if (element instanceof TextAnchor anchor) {
				anchors.add(anchor);
			}
		}
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Relation relation : map.getRelations()) {
				if (!doomed.contains(relation) && (doomed.contains(relation.getTarget())
						|| relation.getSources().stream().anyMatch(doomed::contains))) {
					grew |= doomed.add(relation);
				}
			}
		}
		for (Node node : map.getNodes()) {
			for (TextAnchor anchor : node.getAnchors()) {
				if (doomed.contains(anchor.getDocument()) && !doomed.contains(node)) {
					anchors.add(anchor);
				}
			}
		}
		if (doomed.isEmpty()) {
			return anchors.isEmpty() ? org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE
					: RemoveCommand.create(domain, anchors);
		}
		Command delete = DeleteCommand.create(domain, doomed);
		return anchors.isEmpty() ? delete : delete.chain(RemoveCommand.create(domain, anchors));
	}
}

package org.argmap.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The map elements selected in a map editor, by kind, and running the command made of them. */
final class SelectedElements {

	private SelectedElements() {
	}

	static List<Node> nodes(MapEditor editor) {
		return nodes(editor.selection());
	}

	static List<Node> nodes(IStructuredSelection selection) {
		return selection.toList().stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
	}

	static List<Relation> relations(MapEditor editor) {
		return editor.selection().toList().stream().filter(Relation.class::isInstance).map(Relation.class::cast)
				.toList();
	}

	/** Runs one command per element as one undoable step, or tells the user why nothing can be done. */
	static void execute(MapEditor editor, String label, List<Command> commands, String whyNot) {
		CompoundCommand compound = new CompoundCommand(label, new ArrayList<>(commands));
		if (!commands.isEmpty() && compound.canExecute()) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
			editor.domain().getCommandStack().execute(compound.unwrap());
		} else {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(whyNot);
		}
	}
}

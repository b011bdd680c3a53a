package org.argmap.ui.handlers;

import org.argmap.model.Node;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * Create Claim, Create Rebuttal, Create Analogy: the passage selected in the source pane becomes a new node
 * anchored in it, added by one command and then selected, so Properties is ready for its label.
 */
abstract class CreateNodeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		TextAnchor anchor = Passages.selectedPassage(editor);
		if (anchor == null) {
			return null;
		}
		Node node = newNode(Passages.wording(anchor));
		node.getAnchors().add(anchor);
		editor.domain().getCommandStack().execute(MapEdits.createNode(editor.domain(), editor.map(), node));
		return node;
	}

	abstract Node newNode(String text);
}

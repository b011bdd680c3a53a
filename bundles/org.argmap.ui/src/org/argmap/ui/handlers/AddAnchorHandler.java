package org.argmap.ui.handlers;

import org.argmap.model.Node;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** Map > Add Passage to Selected Node (Ctrl+Alt+H): one more anchor for the node selected in the map. */
public final class AddAnchorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		Node node = editor.selectedNode();
		if (node == null) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Handlers_selectNode);
			return null;
		}
		TextAnchor anchor = Passages.selectedPassage(editor);
		if (anchor != null) {
			editor.domain().getCommandStack().execute(MapEdits.addAnchor(editor.domain(), node, anchor));
		}
		return anchor;
	}
}

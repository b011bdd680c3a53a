package org.argmap.ui.handlers;

import org.argmap.model.AnchorStatus;
import org.argmap.model.Node;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * Map > Re-anchor to Selected Passage: the selected node's lost (or else first) passage is put on the passage
 * selected in the source pane.
 */
public final class ReanchorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		Node node = editor.selectedNode();
		if (node == null || node.getAnchors().isEmpty()) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Handlers_selectAnchoredNode);
			return null;
		}
		TextAnchor anchor = node.getAnchors().stream().filter(each -> each.getStatus() == AnchorStatus.ORPHANED)
				.findFirst().orElse(node.getAnchors().get(0));
		TextAnchor placed = Passages.selectedPassage(editor);
		if (placed != null) {
			editor.domain().getCommandStack().execute(MapEdits.reanchor(editor.domain(), anchor, placed.getDocument(),
					placed.getStart(), placed.getEnd(), placed.getExact(), placed.getPrefix(), placed.getSuffix()));
		}
		return null;
	}
}

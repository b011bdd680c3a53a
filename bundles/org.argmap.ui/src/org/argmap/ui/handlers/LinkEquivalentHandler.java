package org.argmap.ui.handlers;

import java.util.List;

import org.argmap.model.Node;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Map > Link Equivalent Claim...: links the selected node to claims of other maps of its corpus that state the
 * same, unlinks them, and opens them.
 */
public final class LinkEquivalentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		List<Node> nodes = SelectedElements.nodes(editor);
		if (nodes.size() != 1) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Handlers_selectOneNode);
			return null;
		}
		new EquivalentClaimsDialog(HandlerUtil.getActiveShellChecked(event), editor, nodes.get(0)).open();
		return null;
	}
}

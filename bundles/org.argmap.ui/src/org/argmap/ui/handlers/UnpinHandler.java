package org.argmap.ui.handlers;

import org.argmap.model.Node;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Map > Unpin: nodes the user placed by hand go back to automatic layout. They stay where they are until the
 * next Re-layout All.
 */
public final class UnpinHandler extends AbstractHandler {

	/** Offered only when a selected node was placed by hand. */
	@Override
	public void setEnabled(Object evaluationContext) {
		Object selection = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME);
		setBaseEnabled(selection instanceof IStructuredSelection structured && structured.toList().stream()
				.anyMatch(element -> element instanceof Node node && node.getPosition() != null));
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		SelectedElements.execute(editor, Messages.Handlers_unpin,
				SelectedElements.nodes(editor).stream().filter(node -> node.getPosition() != null)
						.map(node -> MapEdits.unpin(editor.domain(), node)).toList(),
				Messages.Handlers_selectPinned);
		return null;
	}
}

package org.argmap.ui.handlers;

import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Evaluate: rings the nodes of the open maps by whether they stand (IN, OUT, undecided), following every
 * edit, or stops. One state for all maps, so the checked menu item says what every graph shows; editors
 * opened later start as it stands.
 */
public final class EvaluateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		boolean on = !HandlerUtil.toggleCommandState(event.getCommand());
		for (IEditorReference reference : HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
				.getEditorReferences()) {
			// an editor not restored yet reads the state when it is created
			if (reference.getEditor(false) instanceof MapEditor editor && editor.evaluator() != null) {
				editor.evaluator().setOnCanvas(on);
			}
		}
		return null;
	}
}

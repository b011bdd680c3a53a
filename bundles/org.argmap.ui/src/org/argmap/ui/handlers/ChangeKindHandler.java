package org.argmap.ui.handlers;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.Rebuttal;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * Map > Change Kind: a claim becomes a rebuttal and a rebuttal a claim, keeping its id, passages, place and
 * relations.
 */
public final class ChangeKindHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		SelectedElements.execute(editor, Messages.Handlers_changeKind,
				SelectedElements.nodes(editor).stream()
						.map(node -> MapEdits.changeKind(editor.domain(), node,
								node instanceof Rebuttal ? ArgmapPackage.Literals.CLAIM : ArgmapPackage.Literals.REBUTTAL))
						.toList(),
				Messages.Handlers_selectClaims);
		return null;
	}
}

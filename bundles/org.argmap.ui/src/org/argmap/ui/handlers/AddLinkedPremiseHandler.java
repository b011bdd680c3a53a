package org.argmap.ui.handlers;

import java.util.List;

import org.argmap.model.Relation;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * Map > Add as Linked Premise: with a support and one or more nodes selected, the nodes join the support's
 * premises, which then hold only together.
 */
public final class AddLinkedPremiseHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		List<Relation> relations = SelectedElements.relations(editor);
		Relation support = relations.size() == 1 ? relations.get(0) : null;
		SelectedElements.execute(editor, Messages.Handlers_linkedPremise,
				support == null ? List.of()
						: SelectedElements.nodes(editor).stream()
								.map(node -> MapEdits.addLinkedPremise(editor.domain(), support, node)).toList(),
				Messages.Handlers_selectSupportAndNode);
		return null;
	}
}

package org.argmap.ui.handlers;

import org.argmap.model.Analogy;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.Correspondence;
import org.argmap.model.MapElements;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * Map > Add Correspondence: one more source aspect mapped onto a target aspect for the selected analogy. The
 * new correspondence is selected, so its two aspects are filled in Properties.
 */
public final class AddCorrespondenceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		if (!(editor.selectedNode() instanceof Analogy analogy)) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Handlers_selectAnalogy);
			return null;
		}
		Correspondence correspondence = MapElements.newCorrespondence(Messages.Handlers_sourceAspect,
				Messages.Handlers_targetAspect);
		editor.domain().getCommandStack().execute(AddCommand.create(editor.domain(), analogy,
				ArgmapPackage.Literals.ANALOGY__CORRESPONDENCES, correspondence));
		return correspondence;
	}
}

package org.argmap.ui.editor;

import org.argmap.model.edit.MapEdits;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Binds the workbench's Undo, Redo and Delete (Edit menu, Ctrl+Z, Ctrl+Shift+Z, Delete) to the active map
 * editor's command stack, and Undo and Redo to a map comparison's. The source pane is read-only, so the map's
 * stack is the only undo there is.
 */
public final class MapEditorContributor extends EditorActionBarContributor {

	private final CommandStackAction undo = new CommandStackAction(true);
	private final CommandStackAction redo = new CommandStackAction(false);
	private final Action delete = new Action() {
		@Override
		public void run() {
			// what the pane in use shows selected: nothing while text is selected in the source pane
			if (editor != null && editor.getSelection() instanceof IStructuredSelection selected) {
				Command command = MapEdits.delete(editor.domain(), selected.toList());
				if (command.canExecute()) {
					editor.domain().getCommandStack().execute(command);
				}
			}
		}
	};
	private final CommandStackListener listener = event -> update();

	/** The active editor's domain: a map editor's, or a comparison's (Undo only, nothing to delete). */
	private EditingDomain domain;
	private MapEditor editor;

	public MapEditorContributor() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		delete.setText(Messages.Actions_delete);
		delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
	}

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(listener);
		}
		editor = part instanceof MapEditor mapEditor ? mapEditor : null;
		domain = part instanceof IEditingDomainProvider provider ? provider.getEditingDomain() : null;
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(listener);
		}
		update();
	}

	private void update() {
		undo.setStack(domain == null ? null : domain.getCommandStack());
		redo.setStack(domain == null ? null : domain.getCommandStack());
		delete.setEnabled(editor != null);
	}

	@Override
	public void dispose() {
		setActiveEditor(null);
		super.dispose();
	}
}

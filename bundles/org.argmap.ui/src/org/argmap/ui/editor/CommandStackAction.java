package org.argmap.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Undo or Redo on a map's command stack, labelled with the command it would take back or repeat. The map
 * editor and the views that edit its map (Anchors) install it as the workbench's Undo/Redo handler, so
 * Ctrl+Z works on the map wherever the focus is.
 */
public final class CommandStackAction extends Action {

	private final boolean undoing;
	private final CommandStackListener listener = event -> update();
	private CommandStack stack;

	public CommandStackAction(boolean undoing) {
		this.undoing = undoing;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		setImageDescriptor(images.getImageDescriptor(undoing ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		update();
	}

	/** Follows {@code next} (null for none). */
	public void setStack(CommandStack next) {
		if (stack != next) {
			if (stack != null) {
				stack.removeCommandStackListener(listener);
			}
			stack = next;
			if (stack != null) {
				stack.addCommandStackListener(listener);
			}
		}
		update();
	}

	@Override
	public void run() {
		if (stack != null && undoing) {
			stack.undo();
		} else if (stack != null) {
			stack.redo();
		}
	}

	private void update() {
		Command next = stack == null ? null : undoing ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(stack != null && (undoing ? stack.canUndo() : stack.canRedo()));
		String label = next == null || next.getLabel() == null ? "" : next.getLabel(); //$NON-NLS-1$
		setText(NLS.bind(undoing ? Messages.Actions_undo : Messages.Actions_redo, label).strip());
	}
}

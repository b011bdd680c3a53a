package org.argmap.ui.handlers;

import org.argmap.model.TextAnchor;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** The passage selected in the active map editor's source pane, as a new anchor. */
final class Passages {

	private Passages() {
	}

	static MapEditor editor(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
		if (part instanceof MapEditor editor && editor.sourcePane() != null) {
			return editor;
		}
		throw new ExecutionException(Messages.Handlers_noMapEditor);
	}

	/**
	 * An anchor on the selected passage, snapped to whole words, or null (after telling the user
	 * in the status line) when nothing is selected.
	 */
	static TextAnchor selectedPassage(MapEditor editor) {
		TextAnchor passage = editor.sourcePane().selectedPassage();
		if (passage == null) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Handlers_selectPassage);
			editor.getSite().getShell().getDisplay().beep();
			return null;
		}
		editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		return passage;
	}

	/** The passage's text as a node's first wording: white space runs made single spaces. */
	static String wording(TextAnchor anchor) {
		return anchor.getExact().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

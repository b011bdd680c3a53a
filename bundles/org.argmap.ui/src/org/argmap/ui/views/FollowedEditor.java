package org.argmap.ui.views;

import java.util.function.Consumer;

import org.argmap.ui.editor.MapEditor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/** A view's following of the map editor last active on its page: the editor, then null once it closes. */
final class FollowedEditor implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<MapEditor> follow;
	private MapEditor editor;

	/** Starts following, with the page's active editor if it is a map editor. */
	FollowedEditor(IWorkbenchPage page, Consumer<MapEditor> follow) {
		this.page = page;
		this.follow = follow;
		page.addPartListener(this);
		IEditorPart active = page.getActiveEditor();
		if (active instanceof MapEditor mapEditor) {
			set(mapEditor);
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof MapEditor activated) {
			set(activated);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (editor != null && reference.getPart(false) == editor) {
			set(null);
		}
	}

	private void set(MapEditor next) {
		if (next != editor) {
			editor = next;
			follow.accept(next);
		}
	}

	/** Stops following; the view is told there is no editor any more. */
	void dispose() {
		page.removePartListener(this);
		set(null);
	}
}

package org.argmap.ui.handlers;

import java.util.Map;

import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.editor.SourcePane;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * Show Stored Source: the source pane switches between a document's readable text and the text stored in its
 * file, markup and all, which is what anchors count on. Checked while the stored source is shown.
 */
public final class ShowStoredSourceHandler extends AbstractHandler implements IElementUpdater {

	static final String COMMAND_ID = "org.argmap.ui.showStoredSource"; //$NON-NLS-1$

	/** Offered when the shown document reads differently from how it is stored. */
	@Override
	public void setEnabled(Object evaluationContext) {
		Object part = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_EDITOR_NAME);
		setBaseEnabled(part instanceof MapEditor editor && editor.sourcePane() != null
				&& editor.sourcePane().offersReadableText());
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		SourcePane pane = Passages.editor(event).sourcePane();
		pane.showStoredSource(!pane.showsStoredSource());
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		window.getService(ICommandService.class).refreshElements(COMMAND_ID, null);
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		boolean stored = window != null && window.getActivePage() != null
				&& window.getActivePage().getActiveEditor() instanceof MapEditor editor && editor.sourcePane() != null
				&& editor.sourcePane().showsStoredSource();
		element.setChecked(stored);
	}
}

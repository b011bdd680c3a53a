package org.argmap.ui.handlers;

import java.nio.file.Path;

import org.argmap.model.Node;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.editor.MapEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Map... (Ctrl+O). */
public final class OpenMapHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText(Messages.Handlers_openMapTitle);
		dialog.setFilterExtensions(new String[] { "*.argmap", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			open(window.getActivePage(), Path.of(chosen));
		}
		return null;
	}

	/**
	 * Opens {@code file} in a map editor with the node {@code nodeId} selected; a node that is not in the map
	 * is named on the status line.
	 */
	public static MapEditor openAt(IWorkbenchPage page, Path file, String nodeId) throws ExecutionException {
		MapEditor editor = open(page, file);
		if (editor.map() == null) {
			return editor; // the editor shows why the map cannot be read
		}
		Node node = editor.map().getNodes().stream().filter(candidate -> nodeId.equals(candidate.getId())).findFirst()
				.orElse(null);
		if (node != null) {
			if (editor.graph() != null) {
				// the graph, where the node is shown selected, takes the keyboard from the source pane that an
				// opened editor gives it, so that the Properties and Outline show the node too
				editor.graph().control().setFocus();
			}
			editor.select(node);
		} else {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage(NLS.bind(Messages.Handlers_noSuchNode, file.getFileName(), nodeId));
		}
		return editor;
	}

	/** Opens {@code file} in a map editor, or brings its open editor to the front. */
	public static MapEditor open(IWorkbenchPage page, Path file) throws ExecutionException {
		try {
			return (MapEditor) page.openEditor(new MapEditorInput(file), MapEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}

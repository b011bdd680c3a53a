package org.argmap.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.graph.ImageExport;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/** File > Export > Image...: the graph as PNG or SVG, drawn as on screen. */
public final class ExportImageHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		if (editor.graph().layout() == null) {
			return null;
		}
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Handlers_exportImageTitle);
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { "PNG", "SVG" }); //$NON-NLS-1$ //$NON-NLS-2$
		String name = editor.mapFile().getFileName().toString().replaceFirst("\\.argmap$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName(name + ".png"); //$NON-NLS-1$
		dialog.setFilterPath(editor.mapFile().toAbsolutePath().getParent().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		if (!file.getFileName().toString().contains(".")) { //$NON-NLS-1$
			file = file.resolveSibling(file.getFileName() + (dialog.getFilterIndex() == 1 ? ".svg" : ".png")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			ImageExport.write(editor.graph(), file);
		} catch (IOException e) {
			MessageDialog.openError(editor.getSite().getShell(), Messages.Handlers_exportImageTitle,
					NLS.bind(Messages.Handlers_exportFailed, file, e.getMessage()));
		}
		return file;
	}
}

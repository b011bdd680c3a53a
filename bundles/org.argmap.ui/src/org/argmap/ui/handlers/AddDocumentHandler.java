package org.argmap.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/** Map > Add Documents...: source files chosen in a file dialog (dropping files on the editor does the same). */
public final class AddDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Handlers_addDocumentsTitle);
		dialog.setFilterExtensions(new String[] { "*.txt;*.md;*.html;*.htm;*.pdf", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Handlers_sourceFiles, Messages.Handlers_allFiles });
		dialog.setFilterPath(editor.mapFile().toAbsolutePath().getParent().toString());
		if (dialog.open() == null) {
			return null;
		}
		List<Path> files = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(dialog.getFilterPath(), name));
		}
		editor.addDocuments(files);
		return null;
	}
}

package org.argmap.ui.handlers;

import java.nio.file.Path;

import org.argmap.core.validation.SourceFileTexts;
import org.argmap.interchange.ImportException;
import org.argmap.interchange.webannotation.AnnotationImport;
import org.argmap.interchange.webannotation.WebAnnotationReader;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Map > Import Annotations...: W3C Web Annotations read onto the map's documents and added as one undoable
 * command; what was added and what was left out is told in one dialog.
 */
public final class ImportAnnotationsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		Shell shell = editor.getSite().getShell();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.Handlers_importAnnotationsTitle);
		dialog.setFilterExtensions(new String[] { "*.jsonld;*.json", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Handlers_annotationFiles, Messages.Handlers_allFiles });
		dialog.setFilterPath(editor.mapFile().toAbsolutePath().getParent().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			importAnnotations(editor, Path.of(chosen));
		}
		return null;
	}

	/** Reads {@code file} onto the editor's map and adds what it holds; tells the user either way. */
	public static void importAnnotations(MapEditor editor, Path file) {
		Shell shell = editor.getSite().getShell();
		AnnotationImport[] read = new AnnotationImport[1];
		ImportException[] failure = new ImportException[1];
		// a file of annotations is read in moments, and the map must not change while it is matched
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				read[0] = WebAnnotationReader.read(file, editor.map(),
						new SourceFileTexts(editor.mapFile(), ArgmapPreferences.sourcePolicy(editor.mapFile())));
			} catch (ImportException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(shell, Messages.Handlers_importAnnotationsTitle, failure[0].getMessage());
			return;
		}
		if (!read[0].isEmpty()) {
			editor.domain().getCommandStack().execute(read[0].command(editor.domain(), editor.map()));
		}
		StringBuilder told = new StringBuilder(NLS.bind(Messages.Handlers_annotationsImported,
				read[0].anchorCount(), read[0].newNodes().size()));
		read[0].notices().forEach(notice -> told.append("\n\n").append(notice)); //$NON-NLS-1$
		MessageDialog.openInformation(shell, Messages.Handlers_importAnnotationsTitle, told.toString());
	}
}

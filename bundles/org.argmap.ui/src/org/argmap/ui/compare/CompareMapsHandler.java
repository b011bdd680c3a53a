package org.argmap.ui.compare;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.argmap.ui.editor.MapEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Compare Maps...: choose two or more annotators' maps of the same documents and compare them. */
public final class CompareMapsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Compare_chooseTitle);
		dialog.setFilterExtensions(new String[] { "*.argmap", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		// the open map is usually one of the annotators' maps: start in its folder
		IEditorPart active = HandlerUtil.getActiveEditor(event);
		if (active != null && active.getEditorInput() instanceof MapEditorInput input && input.file() != null) {
			dialog.setFilterPath(input.file().toAbsolutePath().getParent().toString());
		}
		if (dialog.open() == null) {
			return null;
		}
		List<Path> files = Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name))
				.toList();
		if (files.size() < 2) {
			MessageDialog.openInformation(window.getShell(), Messages.Compare_chooseTitle, Messages.Compare_tooFew);
			return null;
		}
		CompareMapsJob.start(window.getActivePage(), files);
		return null;
	}
}

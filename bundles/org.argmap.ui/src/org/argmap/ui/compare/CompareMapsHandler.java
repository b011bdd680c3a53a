package org.argmap.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.argmap.ui.editor.MapEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Compare Maps...: choose two or more annotators' maps of the same documents and compare them. */
public final class CompareMapsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IEditorPart active = HandlerUtil.getActiveEditor(event);
		List<Path> open = active != null && active.getEditorInput() instanceof MapEditorInput input
				&& input.file() != null && Files.isRegularFile(input.file()) ? List.of(input.file()) : List.of();
		ChooseMapsDialog dialog = new ChooseMapsDialog(window.getShell(), open);
		if (dialog.open() == Window.OK) {
			CompareMapsJob.start(window.getActivePage(), dialog.files());
		}
		return null;
	}
}

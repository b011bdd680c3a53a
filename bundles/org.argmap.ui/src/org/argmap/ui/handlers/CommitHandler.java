package org.argmap.ui.handlers;

import java.nio.file.Path;

import org.argmap.core.team.MapRepository;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.osgi.util.NLS;

/** Team > Commit...: saves the active map and commits it, with the sources it names, under a message the user writes. */
public final class CommitHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), Messages.Handlers_commitTitle,
				NLS.bind(Messages.Handlers_commitMessage, editor.mapFile().getFileName()), "", //$NON-NLS-1$
				text -> text.isBlank() ? Messages.Handlers_commitNoMessage : null);
		if (dialog.open() != IDialogConstants.OK_ID) {
			return null;
		}
		if (!TeamJob.saved(editor)) {
			return null;
		}
		Path map = editor.mapFile();
		String message = dialog.getValue().strip();
		return TeamJob.start(NLS.bind(Messages.Handlers_commitJob, map.getFileName()), progress -> {
			try (MapRepository repository = MapRepository.containing(map)) {
				return repository.commit(map, message).abbreviate(7).name();
			}
		}, commit -> editor.getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(Messages.Handlers_committed, map.getFileName(), commit)));
	}
}

package org.argmap.ui.handlers;

import java.nio.file.Path;

import org.argmap.core.team.MapRepository;
import org.argmap.core.team.PullOutcome;
import org.argmap.model.persistence.MapFileException;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.views.ConflictsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Team > Pull: saves the active map, fetches and merges what the team pushed, maps by id, then takes the merged
 * map into the open editor in place, as one undoable command; conflicts the merge recorded are listed in the
 * Conflicts view for resolution.
 */
public final class PullHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		if (!TeamJob.saved(editor)) {
			return null;
		}
		Path map = editor.mapFile();
		IWorkbenchPage page = editor.getSite().getPage();
		return TeamJob.start(NLS.bind(Messages.Handlers_pullJob, map.getFileName()), progress -> {
			try (MapRepository repository = MapRepository.containing(map)) {
				return repository.pull(progress);
			}
		}, outcome -> show(page, editor, map, outcome));
	}

	private static void show(IWorkbenchPage page, MapEditor editor, Path map, PullOutcome outcome) {
		if (editor.isDirty()) {
			// edited while the pull ran: reopening would drop those edits, saving would undo the merge
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(NLS.bind(Messages.Handlers_pullEditedMeanwhile, map.getFileName()));
			return;
		}
		MapEditor shown = editor;
		try {
			if (outcome.kind() != PullOutcome.Kind.UP_TO_DATE && !reloaded(editor)) {
				// the editor showed no map, or cannot read the merged one: opened afresh, it says why
				page.closeEditor(editor, false);
				shown = OpenMapHandler.open(page, map);
			}
			if (shown.map() == null) {
				return; // the merged file cannot be read: the reopened editor says why
			}
			if (!shown.map().getConflicts().isEmpty()) {
				page.showView(ConflictsView.ID);
				page.activate(shown);
			}
		} catch (ExecutionException | PartInitException e) {
			ArgmapUi.log(map.toString(), e);
			return;
		}
		String told = switch (outcome.kind()) {
		case UP_TO_DATE -> Messages.Handlers_pullUpToDate;
		case FAST_FORWARD -> Messages.Handlers_pullFastForward;
		case MERGED -> Messages.Handlers_pullMerged;
		case CONFLICTS -> NLS.bind(Messages.Handlers_pullConflicts, shown.map().getConflicts().size(),
				String.join(", ", outcome.unmergedFiles())); //$NON-NLS-1$
		};
		shown.getEditorSite().getActionBars().getStatusLineManager().setMessage(told);
	}

	/** The file on disk is the merged map now: the open editor takes it in, keeping its selection and undo. */
	private static boolean reloaded(MapEditor editor) {
		try {
			return editor.reload();
		} catch (MapFileException e) {
			return false; // reopened, the editor shows why the file cannot be read
		}
	}
}

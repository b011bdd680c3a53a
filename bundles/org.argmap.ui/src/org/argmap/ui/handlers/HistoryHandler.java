package org.argmap.ui.handlers;

import java.nio.file.Path;

import org.argmap.core.team.MapRepository;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.views.HistoryView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Team > History: the commits that changed the active map, in the History view. */
public final class HistoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		Path map = editor.mapFile();
		IWorkbenchPage page = editor.getSite().getPage();
		return TeamJob.start(NLS.bind(Messages.Handlers_historyJob, map.getFileName()), progress -> {
			try (MapRepository repository = MapRepository.containing(map)) {
				return repository.history(map);
			}
		}, versions -> {
			try {
				((HistoryView) page.showView(HistoryView.ID)).show(map, versions);
			} catch (PartInitException e) {
				ArgmapUi.log(map.toString(), e);
			}
		});
	}
}

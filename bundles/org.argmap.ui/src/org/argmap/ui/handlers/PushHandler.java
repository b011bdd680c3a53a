package org.argmap.ui.handlers;

import java.nio.file.Path;

import org.argmap.core.team.MapRepository;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;

/** Team > Push: the commits of the active map's repository to the remote branch it follows. */
public final class PushHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		Path map = editor.mapFile();
		return TeamJob.start(NLS.bind(Messages.Handlers_pushJob, map.getFileName()), progress -> {
			try (MapRepository repository = MapRepository.containing(map)) {
				repository.push(progress);
				return repository.workTree();
			}
		}, pushed -> editor.getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(Messages.Handlers_pushed, pushed)));
	}
}

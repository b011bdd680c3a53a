package org.argmap.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.argmap.core.team.MapRepository;
import org.argmap.ui.ArgmapUi;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Clone Repository...: a repository of maps into a new folder, then its first map opened. */
public final class CloneHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		InputDialog address = new InputDialog(window.getShell(), Messages.Handlers_cloneTitle,
				Messages.Handlers_cloneAddress, "", //$NON-NLS-1$
				text -> text.isBlank() ? Messages.Handlers_cloneNoAddress : null);
		if (address.open() != IDialogConstants.OK_ID) {
			return null;
		}
		DirectoryDialog folder = new DirectoryDialog(window.getShell());
		folder.setText(Messages.Handlers_cloneFolder);
		String parent = folder.open();
		if (parent == null) {
			return null;
		}
		String uri = address.getValue().strip();
		Path directory = Path.of(parent).resolve(repositoryName(uri));
		return TeamJob.start(NLS.bind(Messages.Handlers_cloneJob, uri), progress -> {
			try (MapRepository clone = MapRepository.cloneFrom(uri, directory, progress)) {
				return firstMap(clone.workTree());
			}
		}, map -> map.ifPresent(file -> {
			try {
				OpenMapHandler.open(window.getActivePage(), file);
			} catch (ExecutionException e) {
				ArgmapUi.log(file.toString(), e);
			}
		}));
	}

	/** The folder name git itself would choose: the last segment of the address, without ".git". */
	static String repositoryName(String uri) {
		String trimmed = uri.replaceAll("[/\\\\]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
		return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last; //$NON-NLS-1$
	}

	private static Optional<Path> firstMap(Path workTree) {
		try (Stream<Path> files = Files.walk(workTree, 2)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".argmap")) //$NON-NLS-1$
					.filter(file -> !workTree.relativize(file).startsWith(".git")).sorted().findFirst(); //$NON-NLS-1$
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}

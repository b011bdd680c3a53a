package org.argmap.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.ui.handlers.OpenMapHandler;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Opens windows on the Argument Mapping perspective, remembers the layout and open maps between sessions,
 * opens the maps named on the command line ({@code ./argmap debate.argmap}), and opens the sample map when no
 * map would be open otherwise.
 */
public final class ArgmapWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	/** Writes the sample on the second core while the window is built: the first screen waits for it otherwise. */
	@Override
	public void preStartup() {
		if (mapsNamedOnTheCommandLine().isEmpty()) {
			FirstStart.prepare();
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ArgumentMappingPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new ArgmapWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		openMapsNamedOnTheCommandLine(window);
		if (window.getActivePage().getEditorReferences().length == 0) {
			// A new user, or one who closed every map: the workbench opens on the sample, not on nothing.
			FirstStart.openSample(window);
		}
	}

	private static void openMapsNamedOnTheCommandLine(IWorkbenchWindow window) {
		for (Path file : mapsNamedOnTheCommandLine()) {
			try {
				OpenMapHandler.open(window.getActivePage(), file);
			} catch (ExecutionException e) {
				ILog.of(ArgmapWorkbenchAdvisor.class).error(file.toString(), e);
			}
		}
	}

	private static List<Path> mapsNamedOnTheCommandLine() {
		List<Path> maps = new ArrayList<>();
		for (String argument : Platform.getApplicationArgs()) {
			Path file = Path.of(argument).toAbsolutePath();
			if (argument.endsWith(".argmap") && Files.isRegularFile(file)) { //$NON-NLS-1$
				maps.add(file);
			}
		}
		return maps;
	}
}

package org.argmap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.sample.SampleMap;
import org.argmap.ui.handlers.OpenMapHandler;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The sample map in the data folder ({@code ARGMAP_DATA/workspace/sample}): written on first start (never
 * over the user's edited copy) and opened, with Getting Started beside it the first time.
 */
final class FirstStart {

	private static final String DONE = "firstStartDone"; //$NON-NLS-1$

	private FirstStart() {
	}

	static void openSample(IWorkbenchWindow window) {
		Path folder = dataFolder().resolve("sample"); //$NON-NLS-1$
		boolean first = !preferences().getBoolean(DONE, false);
		try {
			Path mapFile = folder.resolve(SampleMap.FILE_NAME);
			if (!Files.exists(mapFile)) {
				SampleMap.write(folder);
			}
			IWorkbenchPage page = window.getActivePage();
			if (first) {
				page.showView(GettingStartedView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			}
			OpenMapHandler.open(page, mapFile);
		} catch (IOException | ExecutionException | PartInitException e) {
			ILog.of(FirstStart.class).error(NLS.bind(Messages.FirstStart_failed, folder), e);
		}
		IEclipsePreferences preferences = preferences();
		preferences.putBoolean(DONE, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(FirstStart.class).error(DONE, e);
		}
	}

	private static Path dataFolder() {
		try {
			return Path.of(Platform.getInstanceLocation().getURL().toURI());
		} catch (java.net.URISyntaxException | RuntimeException e) {
			return Path.of(System.getProperty("user.home"), ".argmap"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.argmap.app"); //$NON-NLS-1$
	}
}

package org.argmap.app;

import java.io.IOException;
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
 * A new user's first start: the sample map is written into the data folder ({@code ARGMAP_DATA/sample}) and
 * opened, with Getting Started beside it. Later starts restore whatever the user had open instead.
 */
final class FirstStart {

	private static final String DONE = "firstStartDone"; //$NON-NLS-1$

	private FirstStart() {
	}

	static boolean isFirst() {
		return !preferences().getBoolean(DONE, false);
	}

	static void openSample(IWorkbenchWindow window) {
		Path folder = dataFolder().resolve("sample"); //$NON-NLS-1$
		try {
			Path mapFile = SampleMap.write(folder);
			IWorkbenchPage page = window.getActivePage();
			page.showView(GettingStartedView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
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

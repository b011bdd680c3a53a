package org.argmap.app;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.sample.SampleMap;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.handlers.OpenMapHandler;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The sample map in the data folder ({@code ARGMAP_DATA/workspace/sample}): written on first start (never
 * over the user's edited copy) and opened, with Getting Started beside it the first time.
 */
final class FirstStart {

	private static final String DONE = "firstStartDone"; //$NON-NLS-1$

	/** Writing the sample while the window is built (first start only); null when none runs or was awaited. */
	private static Job writing;
	/** Why that writing failed, reported when the sample is opened; null if it did not. */
	private static volatile IOException writingFailure;

	private FirstStart() {
	}

	/**
	 * On first start, writes the sample on another core while the window is built, so the first screen does
	 * not wait for it. Opening the sample reports a failure.
	 */
	static void prepare() {
		Path folder = sampleFolder();
		if (preferences().getBoolean(DONE, false) || Files.exists(folder.resolve(SampleMap.FILE_NAME))) {
			return;
		}
		writing = Job.create(Messages.FirstStart_writing, (ICoreRunnable) monitor -> {
			try {
				SampleMap.write(folder);
			} catch (IOException e) {
				writingFailure = e;
			}
		});
		writing.setSystem(true);
		writing.schedule();
	}

	static void openSample(IWorkbenchWindow window) {
		Path folder = sampleFolder();
		MapEditor editor = null;
		try {
			awaitWriting();
			Path mapFile = folder.resolve(SampleMap.FILE_NAME);
			if (!Files.exists(mapFile)) {
				SampleMap.write(folder);
			}
			editor = OpenMapHandler.open(window.getActivePage(), mapFile);
		} catch (IOException | ExecutionException e) {
			ILog.of(FirstStart.class).error(NLS.bind(Messages.FirstStart_failed, folder), e);
		}
		if (preferences().getBoolean(DONE, false)) {
			return;
		}
		if (editor != null) {
			// beside the map once it is painted: the first screen does not wait for the view
			editor.afterFirstGraphPaint(() -> welcome(window));
		} else {
			welcome(window);
		}
	}

	/**
	 * Shows Getting Started, and notes that the first start is done: a window closed before this ran gets the
	 * first start's welcome at the next start.
	 */
	private static void welcome(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null || PlatformUI.getWorkbench().isClosing()) {
			return;
		}
		try {
			page.showView(GettingStartedView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(FirstStart.class).error(e.getMessage(), e);
		}
		IEclipsePreferences preferences = preferences();
		preferences.putBoolean(DONE, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(FirstStart.class).error(DONE, e);
		}
	}

	/** Usually done by the time the window is up; if not, the wait is what writing here would have taken. */
	private static void awaitWriting() throws IOException {
		if (writing == null) {
			return;
		}
		try {
			writing.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			// not written here as well while the job may still be writing
			throw new InterruptedIOException();
		}
		writing = null;
		if (writingFailure != null) {
			throw writingFailure;
		}
	}

	private static Path sampleFolder() {
		return dataFolder().resolve("sample"); //$NON-NLS-1$
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

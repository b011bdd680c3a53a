package org.argmap.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/** The Argmap workbench application ({@code org.argmap.app.application}). */
public final class ArgmapApplication implements IApplication {

	/** Read by about.mappings, so the About dialog shows the version of the running build. */
	private static final String VERSION_PROPERTY = "argmap.version"; //$NON-NLS-1$

	@Override
	public Object start(IApplicationContext context) {
		System.setProperty(VERSION_PROPERTY, FrameworkUtil.getBundle(getClass()).getVersion().toString());
		StartupWarmUp warmUp = StartupWarmUp.begin();
		Display display = PlatformUI.createDisplay();
		warmUp.awaitModels();
		StartupWarmUp.warmEngines();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new ArgmapWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}

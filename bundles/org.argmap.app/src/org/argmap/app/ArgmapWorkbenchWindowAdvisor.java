package org.argmap.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class ArgmapWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/** Wide enough for a source pane beside a graph pane on a laptop screen. */
	private static final Point INITIAL_SIZE = new Point(1280, 800);

	/** Whether the window came back as the user left it, rather than opening for the first time. */
	private boolean restored;

	ArgmapWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new ArgmapActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(INITIAL_SIZE);
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
	}

	@Override
	public void postWindowRestore() {
		restored = true;
	}

	/** A first start opens maximized, so the sample map has the whole screen; later starts keep the user's size. */
	@Override
	public void postWindowCreate() {
		if (!restored) {
			getWindowConfigurer().getWindow().getShell().setMaximized(true);
		}
	}
}

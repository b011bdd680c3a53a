package org.argmap.app;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.argmap.core.layout.MapLayout;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Runs, on the second core while the UI thread builds the window, the first use of two engines the first screen
 * waits for otherwise: ELK for the map's layout, and the SVG rasterizer (JSVG and Java2D) that draws the
 * platform's view icons on the window's first paint. Each costs the UI thread over a tenth of a second cold.
 */
final class StartupWarmUp {

	/** A small picture made of what the platform's icons are made of: shapes filled plainly and with gradients. */
	private static final byte[] ICON = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">" //$NON-NLS-1$
			+ "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/>" //$NON-NLS-1$
			+ "<stop offset=\"1\" stop-color=\"#4a7ab5\"/></linearGradient></defs>" //$NON-NLS-1$
			+ "<rect x=\"1\" y=\"1\" width=\"14\" height=\"14\" rx=\"2\" fill=\"url(#g)\" stroke=\"#333\"/>" //$NON-NLS-1$
			+ "<circle cx=\"8\" cy=\"8\" r=\"4\" fill=\"#4a7ab5\"/></svg>").getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	private StartupWarmUp() {
	}

	static void schedule() {
		Job warmUp = Job.create(Messages.Startup_preparing, (ICoreRunnable) monitor -> {
			MapLayout.warmUp();
			// ImageLoader needs no Display; with java.awt.headless (see ./argmap) Java2D does not touch X either
			new ImageLoader().load(new ByteArrayInputStream(ICON));
		});
		warmUp.setSystem(true);
		warmUp.schedule();
	}
}

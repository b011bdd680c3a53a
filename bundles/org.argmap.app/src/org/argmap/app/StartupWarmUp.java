package org.argmap.app;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.argmap.core.layout.MapLayout;
import org.argmap.model.ArgmapPackage;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Work the first screen would otherwise wait for, done on the second core:
 * <ul>
 * <li>while the UI thread creates the display (waiting for GTK, with the other core idle), the EMF packages of the
 * e4 workbench model and of Argmap's own model: 0.2 s on that core. The UI thread waits for them before it builds
 * the workbench, and touches neither model before: packages that refer to each other, initialised on two threads
 * at once, can leave both threads waiting for each other for good;</li>
 * <li>then, while the workbench is built, the first use of ELK for the map's layout (its warm-up builds a small
 * map, so it comes after the packages) and of the SVG rasterizer (JSVG and Java2D) that draws the platform's view
 * icons on the window's first paint; each costs the UI thread over a tenth of a second cold.</li>
 * </ul>
 */
final class StartupWarmUp {

	/** The e4 workbench model's root package, which initialises the model's other packages. */
	private static final String WORKBENCH_MODEL = "http://www.eclipse.org/ui/2010/UIModel/application"; //$NON-NLS-1$

	/** A small picture made of what the platform's icons are made of: shapes filled plainly and with gradients. */
	private static final byte[] ICON = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">" //$NON-NLS-1$
			+ "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/>" //$NON-NLS-1$
			+ "<stop offset=\"1\" stop-color=\"#4a7ab5\"/></linearGradient></defs>" //$NON-NLS-1$
			+ "<rect x=\"1\" y=\"1\" width=\"14\" height=\"14\" rx=\"2\" fill=\"url(#g)\" stroke=\"#333\"/>" //$NON-NLS-1$
			+ "<circle cx=\"8\" cy=\"8\" r=\"4\" fill=\"#4a7ab5\"/></svg>").getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	private final Job models;

	private StartupWarmUp(Job models) {
		this.models = models;
	}

	/** Begins the warm-up of the models; {@link #awaitModels()} ends it, before the workbench is built. */
	static StartupWarmUp begin() {
		Job models = Job.create(Messages.Startup_preparingModels, (ICoreRunnable) monitor -> {
			EPackage.Registry.INSTANCE.getEPackage(WORKBENCH_MODEL);
			ArgmapPackage.eINSTANCE.getArgmapFactory();
		});
		models.setSystem(true);
		models.schedule();
		return new StartupWarmUp(models);
	}

	/**
	 * Waits, on the UI thread before it builds the workbench, until the models' packages are initialised: by the
	 * job if it ran, else (not begun yet, or failed) here.
	 */
	void awaitModels() {
		models.cancel();
		joinUninterruptibly(models);
		// at once if the job initialised them; before any other job builds a map otherwise
		ArgmapPackage.eINSTANCE.getArgmapFactory();
	}

	/** Warms up ELK and the SVG rasterizer; after {@link #awaitModels()}, since ELK's warm-up builds a map. */
	static void warmEngines() {
		Job engines = Job.create(Messages.Startup_preparing, (ICoreRunnable) monitor -> {
			MapLayout.warmUp();
			// ImageLoader needs no Display; with java.awt.headless (releng/workbench.jvm-options) Java2D does not
			// touch X either
			new ImageLoader().load(new ByteArrayInputStream(ICON));
		});
		engines.setSystem(true);
		engines.schedule();
	}

	/** The packages must not be initialised on two threads at once: an interrupt does not end the wait. */
	private static void joinUninterruptibly(Job job) {
		boolean interrupted = false;
		while (true) {
			try {
				job.join();
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}

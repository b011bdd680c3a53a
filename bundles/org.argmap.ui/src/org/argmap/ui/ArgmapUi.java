package org.argmap.ui;

import org.argmap.ui.handlers.AskingCredentialsProvider;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The map editor bundle: its images, preferences and log. */
public final class ArgmapUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.argmap.ui"; //$NON-NLS-1$
	/**
	 * Tracing option (see {@code .options}): a line on standard output when a map's graph is first painted,
	 * which the start-up benchmark waits for.
	 */
	public static final String TRACE_FIRST_PAINT = PLUGIN_ID + "/debug/firstPaint"; //$NON-NLS-1$

	/** Images by name, from {@code icons/NAME.png}. */
	public static final String IMAGE_CLAIM = "claim"; //$NON-NLS-1$
	public static final String IMAGE_IMPLICIT = "implicit"; //$NON-NLS-1$
	public static final String IMAGE_REBUTTAL = "rebuttal"; //$NON-NLS-1$
	public static final String IMAGE_ANALOGY = "analogy"; //$NON-NLS-1$
	public static final String IMAGE_RELATION = "relation"; //$NON-NLS-1$
	public static final String IMAGE_DOCUMENT = "document"; //$NON-NLS-1$

	private static ArgmapUi plugin;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
		// the Team menu's git operations ask the user for passphrases, passwords and host keys
		CredentialsProvider.setDefault(new AskingCredentialsProvider());
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		CredentialsProvider.setDefault(null);
		plugin = null;
		super.stop(context);
	}

	public static ArgmapUi getDefault() {
		return plugin;
	}

	@Override
	protected void initializeImageRegistry(ImageRegistry registry) {
		for (String name : new String[] { IMAGE_CLAIM, IMAGE_IMPLICIT, IMAGE_REBUTTAL, IMAGE_ANALOGY, IMAGE_RELATION,
				IMAGE_DOCUMENT }) {
			registry.put(name, ImageDescriptor.createFromURL(getBundle().getEntry("icons/" + name + ".png"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	public static Image image(String name) {
		return getDefault().getImageRegistry().get(name);
	}

	/** Prints {@code what} happened, with the time since the JVM started, when {@code option} is traced. */
	public static void trace(String option, String what) {
		if (Platform.inDebugMode() && Platform.getDebugBoolean(option)) {
			System.out.println(option + ": " + what + " after " //$NON-NLS-1$ //$NON-NLS-2$
					+ java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms"); //$NON-NLS-1$
		}
	}

	public static void log(String message, Throwable failure) {
		ILog.of(getDefault().getBundle()).log(new Status(IStatus.ERROR, PLUGIN_ID, message, failure));
	}
}

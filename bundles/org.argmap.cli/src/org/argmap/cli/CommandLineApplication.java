package org.argmap.cli;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** The Equinox application {@code org.argmap.cli.app}: runs one command line and exits with its code. */
public final class CommandLineApplication implements IApplication {

	private static final String HEADLESS = "java.awt.headless"; //$NON-NLS-1$

	@Override
	public Object start(IApplicationContext context) {
		// PNG and SVG exports draw with Java 2D and measure text with its fonts: no display is needed, or opened
		if (System.getProperty(HEADLESS) == null) {
			System.setProperty(HEADLESS, "true"); //$NON-NLS-1$
		}
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		CommandContext output = new CommandContext(System.out, System.err, productVersion());
		return Integer.valueOf(new ArgmapCommandLine().execute(arguments, output));
	}

	@Override
	public void stop() {
		// A command line runs to its end; there is nothing to interrupt.
	}

	/** "Argmap 0.1.0.v20261123-0900": the product's name and the version of the bundle defining it. */
	static String productVersion() {
		IProduct product = Platform.getProduct();
		if (product != null) {
			return product.getName() + " " + product.getDefiningBundle().getVersion(); //$NON-NLS-1$
		}
		// Outside the product (tests, a bare OSGi launch) all Argmap bundles share one version.
		return "Argmap " + FrameworkUtil.getBundle(CommandLineApplication.class).getVersion(); //$NON-NLS-1$
	}
}

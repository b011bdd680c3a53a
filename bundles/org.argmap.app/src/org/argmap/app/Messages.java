package org.argmap.app;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.app.messages"; //$NON-NLS-1$

	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_recentMaps;
	public static String Menu_help;
	public static String GettingStarted_text;
	public static String FirstStart_failed;
	public static String FirstStart_writing;
	public static String Startup_preparing;
	public static String Startup_preparingModels;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

package org.argmap.ui.preferences;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.ui.preferences.messages"; //$NON-NLS-1$

	public static String Preferences_description;
	public static String Preferences_claimColour;
	public static String Preferences_rebuttalColour;
	public static String Preferences_analogyColour;
	public static String Preferences_sourceFont;
	public static String Preferences_exportFormat;
	public static String Preferences_autosave;
	public static String Preferences_allowedSources;
	public static String Preferences_allowSource;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

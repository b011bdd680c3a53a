package org.argmap.ui.wizards;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.ui.wizards.messages"; //$NON-NLS-1$

	public static String NewMap_title;
	public static String NewMap_pageTitle;
	public static String NewMap_pageDescription;
	public static String NewMap_folder;
	public static String NewMap_browse;
	public static String NewMap_fileName;
	public static String NewMap_mapTitle;
	public static String NewMap_noFolder;
	public static String NewMap_noName;
	public static String NewMap_exists;
	public static String NewMap_noTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

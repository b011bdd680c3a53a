package org.argmap.ui.wizards;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.ui.wizards.messages"; //$NON-NLS-1$

	public static String Export_title;
	public static String Export_pageTitle;
	public static String Export_pageDescription;
	public static String Export_format;
	public static String Export_graphml;
	public static String Export_graphmlYed;
	public static String Export_aif;
	public static String Export_ova;
	public static String Export_webAnnotation;
	public static String Export_dot;
	public static String Export_argdown;
	public static String Export_cytoscape;
	public static String Export_png;
	public static String Export_svg;
	public static String Export_file;
	public static String Export_browse;
	public static String Export_noFile;
	public static String Export_noFolder;
	public static String Export_isFolder;
	public static String Export_ontoMap;
	public static String Export_ontoOpenMap;
	public static String Export_replaces;
	public static String Export_notLaidOut;
	public static String Export_job;
	public static String Export_failed;
	public static String Import_title;
	public static String Import_pageTitle;
	public static String Import_pageDescription;
	public static String Import_input;
	public static String Import_map;
	public static String Import_foreign;
	public static String Import_labelKey;
	public static String Import_kindKey;
	public static String Import_noInput;
	public static String Import_inputMissing;
	public static String Import_noMap;
	public static String Import_notArgmap;
	public static String Import_mapExists;
	public static String Import_reading;
	public static String Import_noticesTitle;
	public static String Import_noticesDescription;
	public static String Import_summary;
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

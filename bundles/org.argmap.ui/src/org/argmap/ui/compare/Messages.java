package org.argmap.ui.compare;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.ui.compare.messages"; //$NON-NLS-1$

	public static String Compare_job;
	public static String Compare_loading;
	public static String Compare_measuring;
	public static String Compare_noSharedDocument;
	public static String Compare_failedTitle;
	public static String Compare_wrongInput;
	public static String Compare_editorName;
	public static String Compare_curatedTitle;
	public static String Compare_summary;
	public static String Compare_legend;
	public static String Compare_markHighlight;
	public static String Compare_markBox;
	public static String Compare_markUnderline;
	public static String Compare_markSquiggle;
	public static String Compare_markDouble;
	public static String Compare_disagreements;
	public static String Compare_passageColumn;
	public static String Compare_passage;
	public static String Compare_none;
	public static String Compare_accept;
	public static String Compare_acceptDropsAnalogies;
	public static String Compare_curated;
	public static String Compare_fromAnnotator;
	public static String Compare_saveAsTitle;
	public static String Compare_saveFailedTitle;
	public static String Compare_openElsewhere;
	public static String Compare_chooseTitle;
	public static String Compare_chooseAbout;
	public static String Compare_add;
	public static String Compare_addTitle;
	public static String Compare_remove;
	public static String Compare_compare;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

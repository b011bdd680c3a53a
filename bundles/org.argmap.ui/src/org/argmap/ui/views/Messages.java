package org.argmap.ui.views;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.ui.views.messages"; //$NON-NLS-1$

	public static String Anchors_reanchor;
	public static String Anchors_accept;
	public static String Anchors_delete;
	public static String Anchors_status;
	public static String Anchors_confidence;
	public static String Anchors_node;
	public static String Anchors_document;
	public static String Anchors_offsets;
	public static String Anchors_passage;
	public static String Anchors_noEditor;
	public static String Anchors_summary;
	public static String Anchors_selectPassage;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

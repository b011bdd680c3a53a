package org.argmap.ui.editor;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.ui.editor.messages"; //$NON-NLS-1$

	public static String Groups_documents;
	public static String Groups_claims;
	public static String Groups_rebuttals;
	public static String Groups_analogies;
	public static String Groups_relations;

	public static String Actions_delete;
	public static String Actions_redo;
	public static String Actions_undo;
	public static String Editor_notAFile;
	public static String Editor_recoverQuestion;
	public static String Editor_recoverTitle;
	public static String Editor_changedOnDiskTitle;
	public static String Editor_changedOnDiskReplace;
	public static String Editor_changedOnDiskOverwrite;
	public static String Editor_changedOnDiskUnreadable;
	public static String Editor_reloadedFromDisk;
	public static String Editor_saveFailedTitle;
	public static String Editor_updatingCorpusIndex;
	public static String Editor_openElsewhere;
	public static String Editor_unreadable;
	public static String Hover_node;
	public static String Job_addingDocuments;
	public static String Job_autosave;
	public static String Job_documentsUnreadable;
	public static String Job_loadingTexts;
	public static String Job_evaluating;
	public static String Outline_filter;
	public static String Source_loading;
	public static String Source_noDocuments;
	public static String Source_allowReading;
	public static String Editor_saveAsTitle;
	public static String Editor_importTargetTaken;
	public static String Editor_exportInsteadTitle;
	public static String Editor_exportInstead;
	public static String Source_snapshot;
	public static String Source_readableShown;
	public static String Source_storedShown;

	public static String Editor_graphTab;
	public static String Editor_treeTab;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

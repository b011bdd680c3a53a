package org.argmap.ui.handlers;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.ui.handlers.messages"; //$NON-NLS-1$

	public static String Handlers_noMapEditor;
	public static String Handlers_credentialsTitle;
	public static String Handlers_credentialsFor;
	public static String Handlers_credentialsTitleAnyHost;
	public static String Handlers_credentialsForGit;
	public static String Handlers_noSuchNode;
	public static String Handlers_selectOneNode;
	public static String Equivalent_title;
	public static String Equivalent_about;
	public static String Equivalent_linkColumn;
	public static String Equivalent_open;
	public static String Equivalent_unlink;
	public static String Equivalent_find;
	public static String Equivalent_mapColumn;
	public static String Equivalent_kindColumn;
	public static String Equivalent_textColumn;
	public static String Equivalent_link;
	public static String Equivalent_searching;
	public static String Equivalent_noCorpus;
	public static String Equivalent_nothingFound;
	public static String Equivalent_alreadyLinked;
	public static String Equivalent_notALink;
	public static String Equivalent_mapGone;
	public static String Handlers_importCorpusSource;
	public static String Handlers_importCorpusTarget;
	public static String Handlers_importingCorpus;
	public static String Handlers_selectPassage;
	public static String Handlers_selectNode;
	public static String Handlers_addDocumentsTitle;
	public static String Handlers_sourceFiles;
	public static String Handlers_allFiles;
	public static String Handlers_importAnnotationsTitle;
	public static String Handlers_annotationFiles;
	public static String Handlers_annotationsImported;
	public static String Handlers_openMapTitle;
	public static String Handlers_selectAnalogy;
	public static String Handlers_sourceAspect;
	public static String Handlers_targetAspect;
	public static String Handlers_changeKind;
	public static String Handlers_selectClaims;
	public static String Handlers_unpin;
	public static String Handlers_selectPinned;
	public static String Handlers_linkedPremise;
	public static String Handlers_selectSupportAndNode;
	public static String Handlers_selectToRelate;
	public static String Handlers_selectAnchoredNode;
	public static String Handlers_commitTitle;
	public static String Handlers_commitMessage;
	public static String Handlers_commitNoMessage;
	public static String Handlers_commitJob;
	public static String Handlers_committed;
	public static String Handlers_pushJob;
	public static String Handlers_pushed;
	public static String Handlers_pullJob;
	public static String Handlers_pullUpToDate;
	public static String Handlers_pullFastForward;
	public static String Handlers_pullMerged;
	public static String Handlers_pullConflicts;
	public static String Handlers_pullEditedMeanwhile;
	public static String Handlers_historyJob;
	public static String Handlers_cloneTitle;
	public static String Handlers_cloneAddress;
	public static String Handlers_cloneNoAddress;
	public static String Handlers_cloneFolder;
	public static String Handlers_cloneJob;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

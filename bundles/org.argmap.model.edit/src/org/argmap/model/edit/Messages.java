package org.argmap.model.edit;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.model.edit.messages"; //$NON-NLS-1$

	public static String MapEdits_create;
	public static String MapEdits_addAnchor;
	public static String MapEdits_addDocument;
	public static String MapEdits_addDocuments;
	public static String MapEdits_support;
	public static String MapEdits_attack;
	public static String MapEdits_undercut;
	public static String MapEdits_analogy;
	public static String MapEdits_equivalence;
	public static String MapEdits_addLinkedPremise;
	public static String MapEdits_delete;
	public static String MapEdits_changeKind;
	public static String MapEdits_replaceNode;
	public static String MapEdits_acceptAnchor;
	public static String MapEdits_reanchor;
	public static String MapEdits_relocate;
	public static String MapEdits_anchorStatus;
	public static String MapEdits_documentHash;
	public static String MapEdits_move;
	public static String MapEdits_unpin;
	public static String MapEdits_setText;
	public static String MapEdits_keepOurRemoval;
	public static String MapEdits_takeTheirRemoval;
	public static String MapEdits_reload;
	public static String MapEdits_keepOurVersion;
	public static String MapEdits_takeTheirVersion;
	public static String MapEdits_keepTheirChange;
	public static String MapEdits_keepOurDeletion;
	public static String MapEdits_keepOurChange;
	public static String MapEdits_takeTheirDeletion;
	public static String MapEdits_keepUsedElement;
	public static String MapEdits_deleteUsedElement;
	public static String MapEdits_linkEquivalent;
	public static String MapEdits_unlinkEquivalent;
	public static String MapEdits_keepOurs;
	public static String MapEdits_takeTheirs;
	public static String MapEdits_change;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

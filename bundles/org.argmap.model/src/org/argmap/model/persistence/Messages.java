package org.argmap.model.persistence;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.model.persistence.messages"; //$NON-NLS-1$

	public static String MapStore_missing;
	public static String FileReplacement_cancelled;
	public static String MapStore_nothingFetched;
	public static String MapStore_empty;
	public static String MapStore_binary;
	public static String MapStore_unreadable;
	public static String MapStore_malformed;
	public static String MapStore_notUtf8;
	public static String MapStore_notAMap;
	public static String MapStore_newerFormat;
	public static String MapStore_unknownElement;
	public static String MapStore_invalidContent;
	public static String MapStore_severalIds;
	public static String MapStore_wrongKindReferenced;
	public static String MapStore_anchorOf;
	public static String MapStore_saveFailed;
	public static String MapStore_referenceOutside;
	public static String MapStore_danglingReference;
	public static String MapStore_previousUnchanged;
	public static String MapStore_nothingWritten;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

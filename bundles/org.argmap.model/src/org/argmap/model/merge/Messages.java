package org.argmap.model.merge;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.model.merge.messages"; //$NON-NLS-1$

	public static String MapMerge_conflict;
	public static String MapMerge_theMap;
	public static String MapMerge_changedOnBothSides;
	public static String MapMerge_kindChangedOnBothSides;
	public static String MapMerge_deletedByUsChangedByThem;
	public static String MapMerge_changedByUsDeletedByThem;
	public static String MapMerge_deletedButUsed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

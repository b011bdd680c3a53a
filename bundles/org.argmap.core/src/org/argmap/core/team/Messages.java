package org.argmap.core.team;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.core.team.messages"; //$NON-NLS-1$

	public static String MapRepository_notInRepository;
	public static String MapRepository_cloneFailed;
	public static String MapRepository_commitFailed;
	public static String MapRepository_unresolvedConflicts;
	public static String MapRepository_nothingToCommit;
	public static String MapRepository_pullFailed;
	public static String MapRepository_noUpstream;
	public static String MapRepository_localChanges;
	public static String MapRepository_unreadableVersion;
	public static String MapRepository_unmergeableVersion;
	public static String MapRepository_mergeMessage;
	public static String MapRepository_pushFailed;
	public static String MapRepository_pushRejected;
	public static String MapRepository_historyFailed;
	public static String MapRepository_unknownHostKey;
	public static String MapRepository_keysRefused;
	public static String UnixAgentConnectors_authSock;
	public static String UnixAgentConnectors_unreachable;
	public static String UnixAgentConnectors_closed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

package org.argmap.core.anchoring;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.core.anchoring.messages"; //$NON-NLS-1$

	public static String Reanchor_noQuote;
	public static String Reanchor_notFound;
	public static String Reanchor_ambiguous;
	public static String Reanchor_weakContext;
	public static String Reanchor_weakApproximate;
	public static String Reanchor_farWithoutContext;
	public static String Reanchor_claimed;
	public static String Reanchor_approximate;
	public static String Reanchor_splitByMove;
	public static String Reanchor_moved;
	public static String Reanchor_commandLabel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

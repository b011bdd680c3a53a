package org.argmap.core.evaluation;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.core.evaluation.messages"; //$NON-NLS-1$

	public static String MapArgument_inference;
	public static String MapArgument_attack;
	public static String MapArgument_premiseFails;
	public static String MapArgument_unsupported;
	public static String MapArgument_conceded;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

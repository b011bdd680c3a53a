package org.argmap.core.drawing;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.core.drawing.messages"; //$NON-NLS-1$

	public static String Legend_support;
	public static String Legend_attack;
	public static String Legend_undercut;
	public static String Legend_analogy;
	public static String Legend_equivalence;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

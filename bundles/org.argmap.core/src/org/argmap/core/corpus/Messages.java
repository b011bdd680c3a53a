package org.argmap.core.corpus;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.core.corpus.messages"; //$NON-NLS-1$

	public static String Link_notAMap;
	public static String Link_sameMap;
	public static String Link_outsideCorpus;
	public static String Link_malformed;
	public static String Link_mapGone;
	public static String Link_nodeGone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

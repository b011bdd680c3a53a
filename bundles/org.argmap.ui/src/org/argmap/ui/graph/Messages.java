package org.argmap.ui.graph;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.ui.graph.messages"; //$NON-NLS-1$

	public static String Canvas_layingOut;
	public static String Find_prompt;
	public static String Canvas_layoutCancelled;
	public static String Canvas_linkedPremise;
	public static String Canvas_focused;
	public static String Overview_tooltip;
	public static String Neighbourhood_title;
	public static String Neighbourhood_steps;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

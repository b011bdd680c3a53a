package org.argmap.core.text;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.core.text.messages"; //$NON-NLS-1$

	public static String Loader_missing;
	public static String Loader_notAFile;
	public static String Loader_notRegular;
	public static String Loader_unreadable;
	public static String Loader_empty;
	public static String Loader_binary;
	public static String Loader_tooLarge;
	public static String Loader_fallbackEncoding;
	public static String Loader_pdfEncrypted;
	public static String Loader_pdfDamaged;
	public static String Loader_pdfWithoutText;
	public static String Policy_outside;
	public static String Policy_absolute;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

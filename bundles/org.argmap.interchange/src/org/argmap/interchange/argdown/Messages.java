package org.argmap.interchange.argdown;

import org.eclipse.osgi.util.NLS;

/** What the Argdown reader and writer tell users; the texts are in messages.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.interchange.argdown.messages"; //$NON-NLS-1$

	public static String ArgdownJson_notArgdown;
	public static String ArgdownJson_wrongType;
	public static String ArgdownJson_object;
	public static String ArgdownJson_string;
	public static String ArgdownJson_missingField;
	public static String ArgdownJson_unknownStatement;
	public static String ArgdownJson_unknownArgument;
	public static String ArgdownJson_badEndType;
	public static String ArgdownJson_noPremises;
	public static String ArgdownJson_noConclusion;
	public static String ArgdownJson_noInference;
	public static String ArgdownJson_badUse;
	public static String ArgdownJson_wholeArgumentAttacks;
	public static String ArgdownJson_wholeArgumentSupports;
	public static String ArgdownJson_sketchUndercuts;
	public static String ArgdownJson_relationsSkipped;
	public static String Argdown_notWritten;
	public static String ArgdownGraphml_arguments;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

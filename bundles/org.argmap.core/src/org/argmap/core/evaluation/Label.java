package org.argmap.core.evaluation;

/** The status of an argument in a labelling (Caminada): accepted, rejected, or neither. */
public enum Label {
	IN, OUT, UNDEC;

	/** Made once: exports write it for every node. */
	private final String word = name().toLowerCase(java.util.Locale.ROOT);

	/** The lower-case word used in exports and on the command line. */
	public String word() {
		return word;
	}
}

package org.argmap.core.corpus;

/** A link between claims of two maps that cannot be made or followed, with why, naming the file. */
public class ClaimLinkException extends Exception {

	private static final long serialVersionUID = 1L;

	public ClaimLinkException(String message) {
		super(message);
	}
}

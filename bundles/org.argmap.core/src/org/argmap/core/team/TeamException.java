package org.argmap.core.team;

/** A git operation on a repository of maps that did not happen, with a message a user can act on. */
public class TeamException extends Exception {

	private static final long serialVersionUID = 1L;

	public TeamException(String message, Throwable cause) {
		super(message, cause);
	}
}

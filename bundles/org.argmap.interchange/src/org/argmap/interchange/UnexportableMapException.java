package org.argmap.interchange;

import java.io.IOException;

/** The map itself cannot be exported (an incomplete relation, a circle of undercuts); nothing was written. */
public class UnexportableMapException extends IOException {

	private static final long serialVersionUID = 1L;

	public UnexportableMapException(String message) {
		super(message);
	}
}

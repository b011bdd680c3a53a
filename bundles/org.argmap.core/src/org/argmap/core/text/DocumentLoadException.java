package org.argmap.core.text;

import java.io.IOException;
import java.nio.file.Path;

/** A source document whose text cannot be had; the message names the file and says why. */
public class DocumentLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public DocumentLoadException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause); //$NON-NLS-1$
		this.file = file;
	}

	/** A document whose location names no file: the message quotes the location as the map has it. */
	public DocumentLoadException(String location, String problem) {
		super(location + ": " + problem); //$NON-NLS-1$
		this.file = null;
	}

	/** The file that could not be read, or null when the location names no file. */
	public Path getFile() {
		return file;
	}
}

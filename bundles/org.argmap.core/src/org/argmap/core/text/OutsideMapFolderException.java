package org.argmap.core.text;

import java.nio.file.Path;

/**
 * A document that lies outside its map's folder and that the user has not allowed; nothing of it was read.
 * The user may allow {@link #getFile() the file} by name.
 */
public final class OutsideMapFolderException extends DocumentLoadException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	OutsideMapFolderException(String location, Path file, String problem) {
		super(location, problem);
		this.file = file;
	}

	/** The file the location leads to. */
	@Override
	public Path getFile() {
		return file;
	}
}

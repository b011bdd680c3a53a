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

	/**
	 * The file the location leads to: with its links resolved when the location was inside the map's folder or
	 * an allowed one; as the location names it when it was refused from its text alone.
	 */
	@Override
	public Path getFile() {
		return file;
	}
}

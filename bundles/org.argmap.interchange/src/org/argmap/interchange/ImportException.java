package org.argmap.interchange;

import java.nio.file.Path;

import org.argmap.model.persistence.MapFileException;

/**
 * A file that cannot be imported, with where it went wrong: {@code file:line:column: what}, as for a map file
 * that cannot be read. Nothing of the file has been imported when this is thrown.
 */
public class ImportException extends MapFileException {

	private static final long serialVersionUID = 1L;

	public ImportException(Path file, int line, int column, String problem, Throwable cause) {
		super(file, line, column, problem, cause);
	}
}

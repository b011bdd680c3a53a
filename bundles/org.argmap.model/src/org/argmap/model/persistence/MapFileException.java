package org.argmap.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A map file that cannot be read or written, with the place where it went wrong: {@code file:line:column:
 * what}. Line and column are 0 where unknown.
 */
public class MapFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String problem;

	public MapFileException(Path file, int line, int column, String problem, Throwable cause) {
		super(format(file, line, column, problem), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	public MapFileException(Path file, String problem, Throwable cause) {
		this(file, 0, 0, problem, cause);
	}

	private static String format(Path file, int line, int column, String problem) {
		StringBuilder text = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		return text.append(": ").append(problem).toString(); //$NON-NLS-1$
	}

	public Path getFile() {
		return file;
	}

	public int getLine() {
		return line;
	}

	public int getColumn() {
		return column;
	}

	/** The problem without the file and place. */
	public String getProblem() {
		return problem;
	}
}

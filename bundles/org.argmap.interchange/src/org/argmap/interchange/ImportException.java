package org.argmap.interchange;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be imported, with where it went wrong: {@code file:line:column: what}. Line and column
 * are 0 where unknown. Nothing of the file has been imported when this is thrown.
 */
public class ImportException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;
	private final String problem;

	public ImportException(Path file, int line, int column, String problem, Throwable cause) {
		super(format(file, line, column, problem), cause);
		this.line = line;
		this.column = column;
		this.problem = problem;
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

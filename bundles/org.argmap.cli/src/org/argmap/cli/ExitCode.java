package org.argmap.cli;

/** Exit codes shared by every subcommand, so scripts can rely on them. */
public final class ExitCode {

	public static final int SUCCESS = 0;

	/** The command ran, and what it checked has findings (validation problems, orphaned anchors). */
	public static final int FINDINGS = 1;

	/** The command line was wrong, or an input could not be read. */
	public static final int USAGE = 2;

	private ExitCode() {
	}
}

package org.argmap.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's command-line git, run in a repository, for tests and benchmarks of maps under version control. */
public final class Git {

	/** What a git command printed (standard output and error together) and how it exited. */
	public record Run(int exitCode, String output) {
	}

	private Git() {
	}

	/** Runs {@code git -C directory arguments...} and answers how it went, failed or not. */
	public static Run attempt(Path directory, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString())); //$NON-NLS-1$ //$NON-NLS-2$
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("git " + String.join(" ", arguments) + ": no answer within a minute"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new Run(process.exitValue(), output);
	}

	/** Runs git and answers what it printed, without surrounding whitespace; a failure is an exception. */
	public static String run(Path directory, String... arguments) throws IOException, InterruptedException {
		Run run = attempt(directory, arguments);
		if (run.exitCode() != 0) {
			throw new IOException("git " + String.join(" ", arguments) + ": " + run.output()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return run.output().strip();
	}
}

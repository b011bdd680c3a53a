package org.argmap.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.argmap.cli.ArgmapCommandLine;
import org.argmap.cli.CommandContext;

/** Runs {@code argmap} in process, as the launcher does, and keeps what it printed on each stream. */
final class CommandLine {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... arguments) {
		out.reset();
		err.reset();
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), "Argmap test");
		return new ArgmapCommandLine().execute(arguments, context);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}

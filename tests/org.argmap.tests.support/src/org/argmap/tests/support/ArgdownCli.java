package org.argmap.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Argdown command line from npm ({@code @argdown/cli}, installed by CI), run on files in a test's folder:
 * the tests read what Argdown itself writes and check that Argdown reads what Argmap writes.
 */
public final class ArgdownCli {

	private ArgdownCli() {
	}

	/** Where npm installed the Argdown CLI, whose own test inputs are examples of real Argdown. */
	public static Path packageFolder() throws Exception {
		return Path.of(run(List.of("npm", "root", "-g")).strip(), "@argdown", "cli");
	}

	/** {@code argdown json IN}: the JSON Argdown makes of an Argdown file, written beside it. */
	public static Path json(Path argdown) throws Exception {
		return export("json", argdown, ".json");
	}

	/** {@code argdown map --format graphml IN}: Argdown's yEd GraphML of the map. */
	public static Path graphml(Path argdown) throws Exception {
		return export("map", argdown, ".graphml", "--format", "graphml");
	}

	private static Path export(String command, Path argdown, String extension, String... options) throws Exception {
		Path out = Files.createTempDirectory(argdown.getParent(), command);
		List<String> line = new ArrayList<>(List.of(executable(), command));
		line.addAll(List.of(options));
		line.addAll(List.of(argdown.toString(), out.toString()));
		String said = run(line);
		Path written = out.resolve(argdown.getFileName().toString().replaceFirst("\\.argdown$", extension));
		// argdown exits 0 also when it refuses a file it cannot parse
		if (!Files.exists(written)) {
			throw new AssertionError(line + " wrote no " + written.getFileName() + ": " + said);
		}
		return written;
	}

	private static String executable() throws Exception {
		try {
			if (new ProcessBuilder("argdown", "--version").start().waitFor() == 0) {
				return "argdown";
			}
		} catch (IOException e) {
			// not installed: said below
		}
		throw new AssertionError("no argdown command: npm install -g @argdown/cli");
	}

	private static String run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command + " did not finish within two minutes");
		}
		if (process.exitValue() != 0) {
			throw new AssertionError(command + " exited " + process.exitValue() + ": " + out);
		}
		return out;
	}
}

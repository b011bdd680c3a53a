package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the scripts under resources/ with the system's Python, which has the graph packages CI installs. */
final class Python {

	private Python() {
	}

	/**
	 * The Python that has {@code module}: the one on the PATH, else the system's, where Debian's packages
	 * (python3-networkx, python3-igraph, installed by CI) live when the PATH leads to another Python first.
	 */
	static String withModule(String module) throws InterruptedException {
		for (String python : new String[] { "python3", "/usr/bin/python3" }) {
			try {
				if (new ProcessBuilder(python, "-c", "import " + module).start().waitFor() == 0) {
					return python;
				}
			} catch (IOException e) {
				// not installed there: try the next
			}
		}
		throw new AssertionError("no python3 with " + module + ": apt-get install python3-" + module);
	}

	/** Runs resources/{@code script} (copied into {@code folder}) and returns what it printed; fails on errors. */
	static String run(String module, Path folder, String script, String... arguments) throws Exception {
		Path copy = folder.resolve(script);
		if (!Files.exists(copy)) {
			try (InputStream in = Python.class.getResourceAsStream("/resources/" + script)) {
				Files.copy(in, copy);
			}
		}
		List<String> command = new ArrayList<>(List.of(withModule(module), copy.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), err);
		return out;
	}
}

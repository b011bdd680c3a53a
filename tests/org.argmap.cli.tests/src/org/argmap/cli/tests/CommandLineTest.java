package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.argmap.cli.ArgmapCommandLine;
import org.argmap.cli.CommandContext;
import org.argmap.cli.ExitCode;
import org.junit.jupiter.api.Test;

/** What a user typing {@code ./argmap ...} sees: output, messages and exit codes. */
class CommandLineTest {

	private static final String VERSION = "Argmap 9.8.7.test";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... arguments) {
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), VERSION);
		return new ArgmapCommandLine().execute(arguments, context);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionFlagPrintsProductVersion() {
		assertEquals(ExitCode.SUCCESS, run("--version"));
		assertEquals(VERSION + System.lineSeparator(), out());
		assertEquals("", err());
	}

	@Test
	void versionSubcommandPrintsTheSame() {
		assertEquals(ExitCode.SUCCESS, run("version"));
		assertEquals(VERSION + System.lineSeparator(), out());
	}

	@Test
	void versionRejectsExtraArguments() {
		assertEquals(ExitCode.USAGE, run("version", "extra"));
		assertTrue(err().contains("unexpected argument 'extra'"), err());
		assertEquals("", out());
	}

	@Test
	void helpListsEverySubcommandWithExitCodes() {
		assertEquals(ExitCode.SUCCESS, run("help"));
		assertTrue(out().startsWith("Usage: argmap"), out());
		assertTrue(out().contains("  help "), out());
		assertTrue(out().contains("  version "), out());
		assertTrue(out().contains("Exit codes: 0 success, 1 findings, 2 usage error"), out());
		assertEquals("", err());
	}

	@Test
	void helpFlagsAreTheHelpSubcommand() {
		assertEquals(ExitCode.SUCCESS, run("--help"));
		String overview = out();
		out.reset();
		assertEquals(ExitCode.SUCCESS, run("-h"));
		assertEquals(overview, out());
	}

	@Test
	void helpOfOneSubcommandPrintsItsUsage() {
		assertEquals(ExitCode.SUCCESS, run("help", "version"));
		assertTrue(out().startsWith("Usage: argmap version"), out());
	}

	@Test
	void helpFlagAfterSubcommandPrintsItsUsageAndRunsNothing() {
		assertEquals(ExitCode.SUCCESS, run("version", "--help"));
		assertTrue(out().startsWith("Usage: argmap version"), out());
		assertTrue(!out().contains(VERSION), out());
	}

	@Test
	void unknownSubcommandExitsTwoWithUsageOnStderr() {
		assertEquals(ExitCode.USAGE, run("nonsense"));
		assertEquals("", out());
		assertTrue(err().startsWith("argmap: unknown subcommand 'nonsense'"), err());
		assertTrue(err().contains("Usage: argmap"), err());
	}

	@Test
	void helpOfUnknownSubcommandExitsTwo() {
		assertEquals(ExitCode.USAGE, run("help", "nonsense"));
		assertTrue(err().contains("unknown subcommand 'nonsense'"), err());
	}

	@Test
	void noArgumentsIsAUsageError() {
		assertEquals(ExitCode.USAGE, run());
		assertTrue(err().startsWith("Usage: argmap"), err());
	}
}

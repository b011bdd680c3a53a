package org.argmap.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dispatches {@code argmap <subcommand> [arguments]} to the registered {@link Subcommand}s. Knows nothing
 * about OSGi, so it runs the same in the product and in plain unit tests.
 */
public final class ArgmapCommandLine {

	private static final Set<String> HELP_FLAGS = Set.of("--help", "-h"); //$NON-NLS-1$ //$NON-NLS-2$

	private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

	/** A command line with all of Argmap's subcommands. */
	public ArgmapCommandLine() {
		register(new HelpCommand(this));
		register(new VersionCommand());
		register(new ValidateCommand());
		register(new ReanchorCommand());
		register(new DeleteCommand());
		register(new StatsCommand());
		register(new EvaluateCommand());
		register(new AgreeCommand());
		register(new ExportCommand());
		register(new ImportCommand());
		register(new AnnotateCommand());
		register(new ImportCorpusCommand());
		register(new SearchCommand());
		register(new LinkCommand());
		register(new SampleCommand());
		register(new DiffCommand());
		register(new MergeCommand());
		register(new GitSetupCommand());
	}

	public void register(Subcommand subcommand) {
		subcommands.put(subcommand.name(), subcommand);
	}

	Subcommand find(String name) {
		return subcommands.get(name);
	}

	/** Runs one command line and answers its exit code; never throws for bad input. */
	public int execute(List<String> arguments, CommandContext context) {
		if (arguments.isEmpty()) {
			context.err().print(overview());
			return ExitCode.USAGE;
		}
		String first = arguments.get(0);
		if ("--version".equals(first)) { //$NON-NLS-1$
			return find("version").run(arguments.subList(1, arguments.size()), context); //$NON-NLS-1$
		}
		if (HELP_FLAGS.contains(first)) {
			return find("help").run(arguments.subList(1, arguments.size()), context); //$NON-NLS-1$
		}
		Subcommand subcommand = find(first);
		if (subcommand == null) {
			context.err().println(Messages.bind(Messages.Cli_unknownSubcommand, first));
			context.err().print(overview());
			return ExitCode.USAGE;
		}
		List<String> rest = arguments.subList(1, arguments.size());
		if (rest.stream().anyMatch(HELP_FLAGS::contains)) {
			context.out().print(subcommand.usage());
			return ExitCode.SUCCESS;
		}
		try {
			return subcommand.run(rest, context);
		} catch (RuntimeException | Error e) {
			// A bug, or a map too large for the memory given (OutOfMemoryError), must still end in a message and
			// one of the documented exit codes, not a stack trace and Equinox's exit code 13.
			context.err().println(Messages.bind(Messages.Cli_internalError, first, e));
			return ExitCode.USAGE;
		}
	}

	public int execute(String[] arguments, CommandContext context) {
		return execute(Arrays.asList(arguments), context);
	}

	/** The usage overview: synopsis and one line per subcommand. */
	String overview() {
		StringBuilder text = new StringBuilder(Messages.Cli_synopsis).append(System.lineSeparator());
		int width = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0);
		for (Subcommand subcommand : subcommands.values()) {
			text.append("  ").append(String.format("%-" + width + "s", subcommand.name())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("   ").append(subcommand.summary()).append(System.lineSeparator()); //$NON-NLS-1$
		}
		return text.append(Messages.Cli_moreHelp).append(System.lineSeparator()).toString();
	}
}

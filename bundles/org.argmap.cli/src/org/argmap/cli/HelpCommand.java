package org.argmap.cli;

import java.util.List;

/** {@code argmap help [SUBCOMMAND]}: the overview of all subcommands, or the usage of one. */
final class HelpCommand implements Subcommand {

	private final ArgmapCommandLine commandLine;

	HelpCommand(ArgmapCommandLine commandLine) {
		this.commandLine = commandLine;
	}

	@Override
	public String name() {
		return "help"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Help_summary;
	}

	@Override
	public String usage() {
		return Messages.Help_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		if (arguments.isEmpty()) {
			context.out().print(commandLine.overview());
			return ExitCode.SUCCESS;
		}
		if (arguments.size() > 1) {
			context.err().println(Messages.bind(Messages.Help_tooManyArguments, arguments.get(1)));
			return ExitCode.USAGE;
		}
		Subcommand subcommand = commandLine.find(arguments.get(0));
		if (subcommand == null) {
			context.err().println(Messages.bind(Messages.Cli_unknownSubcommand, arguments.get(0)));
			context.err().print(commandLine.overview());
			return ExitCode.USAGE;
		}
		context.out().print(subcommand.usage());
		return ExitCode.SUCCESS;
	}
}

package org.argmap.cli;

import java.util.List;

/** {@code argmap version} and {@code argmap --version}: prints the product name and version. */
final class VersionCommand implements Subcommand {

	@Override
	public String name() {
		return "version"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Version_summary;
	}

	@Override
	public String usage() {
		return Messages.Version_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		if (!arguments.isEmpty()) {
			context.err().println(Messages.bind(Messages.Version_unexpectedArgument, arguments.get(0)));
			return ExitCode.USAGE;
		}
		context.out().println(context.productVersion());
		return ExitCode.SUCCESS;
	}
}

package org.argmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.argmap.sample.SampleMap;

/** {@code argmap sample DIR}: the sample map "Is AI progress hitting a wall?" and its five articles. */
final class SampleCommand implements Subcommand {

	private static final String FORCE = "--force"; //$NON-NLS-1$

	@Override
	public String name() {
		return "sample"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Sample_summary;
	}

	@Override
	public String usage() {
		return Messages.Sample_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(FORCE), Set.of(), 1, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		Path folder = Path.of(parsed.positional().get(0));
		if (Files.exists(folder.resolve(SampleMap.FILE_NAME)) && !parsed.flags().contains(FORCE)) {
			context.err().println(Messages.bind(Messages.Sample_exists, folder.resolve(SampleMap.FILE_NAME)));
			return ExitCode.USAGE;
		}
		try {
			Path mapFile = SampleMap.write(folder);
			context.err().println(Messages.bind(Messages.Sample_written, mapFile));
			return ExitCode.SUCCESS;
		} catch (IOException e) {
			context.err().println(Messages.bind(Messages.Sample_failed, folder, e.getMessage()));
			return ExitCode.USAGE;
		}
	}
}

package org.argmap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.interchange.UnexportableMapException;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;

/** {@code argmap export [--format F] MAP OUT}: GraphML (portable or yEd), AIF JSON or DOT. */
final class ExportCommand implements Subcommand {

	private static final String FORMAT = "--format"; //$NON-NLS-1$
	private static final String STANDARD_OUTPUT = "-"; //$NON-NLS-1$

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Export_summary;
	}

	@Override
	public String usage() {
		return Messages.Export_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(), Set.of(FORMAT), 2, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		Path mapFile = Path.of(parsed.positional().get(0));
		String out = parsed.positional().get(1);
		InterchangeFormat format = parsed.value(FORMAT) != null ? InterchangeFormat.named(parsed.value(FORMAT))
				: InterchangeFormat.forFileName(out);
		if (format == null) {
			context.err().println(Messages.bind(Messages.Export_unknownFormat,
					parsed.value(FORMAT) != null ? parsed.value(FORMAT) : out));
			context.err().print(usage());
			return ExitCode.USAGE;
		}
		if (!out.equals(STANDARD_OUTPUT) && Files.exists(Path.of(out)) && sameFile(Path.of(out), mapFile)) {
			context.err().println(Messages.bind(Messages.Export_ontoMap, out, mapFile));
			return ExitCode.USAGE;
		}
		ArgumentMap map;
		try {
			map = MapStore.load(mapFile);
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		}
		try {
			if (out.equals(STANDARD_OUTPUT)) {
				OutputStream stdout = context.out();
				Interchange.export(map, format, stdout);
				stdout.flush();
			} else {
				Interchange.export(map, format, Path.of(out));
				context.err().println(Messages.bind(Messages.Export_written, new Object[] { out,
						format.formatName(), map.getNodes().size(), map.getRelations().size() }));
			}
			return ExitCode.SUCCESS;
		} catch (UnexportableMapException e) {
			context.err().println(Messages.bind(Messages.Export_unexportable, mapFile, e.getMessage()));
			return ExitCode.FINDINGS;
		} catch (IOException e) {
			context.err().println(Messages.bind(Messages.Export_failed, out, e.getMessage()));
			return ExitCode.USAGE;
		}
	}

	/** Whether two paths name one file, through links too; a file that cannot be examined is not the same. */
	static boolean sameFile(Path one, Path other) {
		try {
			return Files.isSameFile(one, other);
		} catch (IOException e) {
			return false;
		}
	}
}

package org.argmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.validation.MapValidator;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * The arguments of a subcommand of the form {@code argmap NAME MAP [FLAGS]}: exactly one map file, and
 * flags from the subcommand's own set.
 *
 * @param mapFile the map file named on the command line
 * @param flags   the flags given, each one of those the subcommand accepts
 */
record MapArguments(Path mapFile, Set<String> flags) {

	/**
	 * Parses {@code arguments}, or prints why they are wrong with the subcommand's usage and answers null.
	 */
	static MapArguments parse(Subcommand subcommand, List<String> arguments, Set<String> acceptedFlags,
			CommandContext context) {
		List<String> files = new ArrayList<>(arguments);
		files.removeAll(acceptedFlags);
		if (files.size() != 1 || files.get(0).startsWith("-")) { //$NON-NLS-1$
			context.err().println(Messages.bind(Messages.MapArguments_expectedMap, subcommand.name()));
			context.err().print(subcommand.usage());
			return null;
		}
		Set<String> given = Set.copyOf(arguments.stream().filter(acceptedFlags::contains).toList());
		return new MapArguments(Path.of(files.get(0)), given);
	}

	/** Reports a map that cannot be read and answers the exit code for it. */
	static int unreadable(Subcommand subcommand, MapFileException failure, CommandContext context) {
		context.err().println("argmap " + subcommand.name() + ": " + failure.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCode.USAGE;
	}

	/** Diff and merge match elements by id, so a missing or repeated id makes the file unusable, named as such. */
	static ArgumentMap withIds(Path file, ArgumentMap map) throws MapFileException {
		Diagnostic problems = MapValidator.validateIds(map);
		if (problems.getSeverity() == Diagnostic.ERROR) {
			throw new MapFileException(file, problems.getChildren().get(0).getMessage(), null);
		}
		return map;
	}
}

package org.argmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.core.text.SourcePolicy;

/**
 * Arguments of a subcommand with options that take a value ({@code --format graphml} or
 * {@code --format=graphml}, repeatable), flags, and positional arguments.
 *
 * @param positional the arguments that are neither options nor their values, in order
 * @param flags      the flags given
 * @param values     the values of each option given, in order
 */
record OptionArguments(List<String> positional, Set<String> flags, Map<String, List<String>> values) {

	/** Lets a map read the documents in a file or folder outside its own folder (repeatable). */
	static final String ALLOW_SOURCE = "--allow-source"; //$NON-NLS-1$

	/**
	 * Parses {@code arguments}, or prints what is wrong with the subcommand's usage and answers null.
	 *
	 * @param expectedPositional how many positional arguments the subcommand takes
	 */
	static OptionArguments parse(Subcommand subcommand, List<String> arguments, Set<String> acceptedFlags,
			Set<String> acceptedOptions, int expectedPositional, CommandContext context) {
		String problem = expectedPositional == 1 ? Messages.Options_positionalOne : Messages.Options_positional;
		return parse(subcommand, arguments, acceptedFlags, acceptedOptions, expectedPositional, expectedPositional,
				problem, context);
	}

	/**
	 * Parses {@code arguments} taking at least {@code minimumPositional} positional arguments, or prints what is
	 * wrong with the subcommand's usage and answers null.
	 */
	static OptionArguments parseAtLeast(Subcommand subcommand, List<String> arguments, Set<String> acceptedFlags,
			Set<String> acceptedOptions, int minimumPositional, CommandContext context) {
		return parse(subcommand, arguments, acceptedFlags, acceptedOptions, minimumPositional, Integer.MAX_VALUE,
				Messages.Options_positionalAtLeast, context);
	}

	/** @param problem the message for a wrong count: subcommand, minimum, count given */
	private static OptionArguments parse(Subcommand subcommand, List<String> arguments, Set<String> acceptedFlags,
			Set<String> acceptedOptions, int minimumPositional, int maximumPositional, String problem,
			CommandContext context) {
		List<String> positional = new ArrayList<>();
		Set<String> flags = new HashSet<>();
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument; //$NON-NLS-1$
			if (acceptedFlags.contains(argument)) {
				flags.add(argument);
			} else if (acceptedOptions.contains(name)) {
				String value;
				if (!name.equals(argument)) {
					value = argument.substring(name.length() + 1);
				} else if (i + 1 < arguments.size()) {
					value = arguments.get(++i);
				} else {
					return wrong(subcommand, Messages.bind(Messages.Options_missingValue, subcommand.name(), name), context);
				}
				values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
			} else if (argument.startsWith("-") && !argument.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$
				return wrong(subcommand, Messages.bind(Messages.Options_unknown, subcommand.name(), argument), context);
			} else {
				positional.add(argument);
			}
		}
		if (positional.size() < minimumPositional || positional.size() > maximumPositional) {
			return wrong(subcommand, Messages.bind(problem, new Object[] { subcommand.name(), minimumPositional,
					positional.size() }), context);
		}
		return new OptionArguments(List.copyOf(positional), Set.copyOf(flags), values);
	}

	private static OptionArguments wrong(Subcommand subcommand, String problem, CommandContext context) {
		context.err().println(problem);
		context.err().print(subcommand.usage());
		return null;
	}

	/** The last value given for {@code option}, or null. */
	String value(String option) {
		List<String> given = values.get(option);
		return given == null ? null : given.get(given.size() - 1);
	}

	List<String> all(String option) {
		return values.getOrDefault(option, List.of());
	}

	/** The documents a map may be read from: its own folder, and the files and folders given with {@link #ALLOW_SOURCE}. */
	SourcePolicy sourcePolicy() {
		return SourcePolicy.allowing(all(ALLOW_SOURCE).stream().map(Path::of).toList());
	}
}

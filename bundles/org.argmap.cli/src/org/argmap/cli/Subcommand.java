package org.argmap.cli;

import java.util.List;

/**
 * One headless subcommand of {@code ./argmap}. Implementations print results to {@link CommandContext#out()}
 * and every diagnostic to {@link CommandContext#err()}, and answer with one of the {@link ExitCode}s.
 */
public interface Subcommand {

	/** The word that selects this subcommand on the command line. */
	String name();

	/** One line for the overview printed by {@code argmap help}. */
	String summary();

	/** The full help printed by {@code argmap help NAME} and {@code argmap NAME --help}. */
	String usage();

	int run(List<String> arguments, CommandContext context);
}

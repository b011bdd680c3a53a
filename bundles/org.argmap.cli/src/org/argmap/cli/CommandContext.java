package org.argmap.cli;

import java.io.PrintStream;

/**
 * Where a subcommand writes, and what it may report about the running product.
 *
 * @param out            results, meant for pipes and files
 * @param err            usage errors, findings and failures, meant for people
 * @param productVersion the product name and version printed by {@code --version}
 */
public record CommandContext(PrintStream out, PrintStream err, String productVersion) {
}

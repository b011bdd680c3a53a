package org.argmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.model.persistence.FileReplacement;

/**
 * {@code argmap git-setup [REPOSITORY]}: makes git merge {@code .argmap} files with {@code argmap merge}. It
 * adds the line {@code *.argmap merge=argmap} to the repository's {@code .gitattributes}, which is committed
 * and so reaches everyone, and names the driver in the repository's own config with {@code git config}, which
 * each clone does once (git never runs a command a repository brings along).
 */
final class GitSetupCommand implements Subcommand {

	static final String ATTRIBUTE = "*.argmap merge=argmap"; //$NON-NLS-1$
	/** Set by the {@code argmap} launcher script to its own path, so that git can call it from anywhere. */
	private static final String LAUNCHER = "ARGMAP_LAUNCHER"; //$NON-NLS-1$

	@Override
	public String name() {
		return "git-setup"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.GitSetup_summary;
	}

	@Override
	public String usage() {
		return Messages.GitSetup_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		if (arguments.size() > 1 || arguments.stream().anyMatch(argument -> argument.startsWith("-"))) { //$NON-NLS-1$
			context.err().print(usage());
			return ExitCode.USAGE;
		}
		Path repository = Path.of(arguments.isEmpty() ? "." : arguments.get(0)).toAbsolutePath().normalize(); //$NON-NLS-1$
		String launcher = System.getenv().getOrDefault(LAUNCHER, "argmap"); //$NON-NLS-1$
		String driver = '\'' + launcher.replace("'", "'\\''") + "' merge %O %A %B"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			git(repository, "config", "merge.argmap.name", "Argmap: merge maps by element id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			git(repository, "config", "merge.argmap.driver", driver); //$NON-NLS-1$ //$NON-NLS-2$
			Path attributes = repository.resolve(".gitattributes"); //$NON-NLS-1$
			String text = Files.exists(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
			if (text.lines().noneMatch(line -> line.strip().equals(ATTRIBUTE))) {
				String added = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + ATTRIBUTE + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				FileReplacement.write(attributes, () -> false, out -> out.write(added.getBytes(StandardCharsets.UTF_8)));
			}
		} catch (IOException e) {
			context.err().println(Messages.bind(Messages.GitSetup_failed, repository, e.getMessage()));
			return ExitCode.USAGE;
		}
		context.out().println(Messages.bind(Messages.GitSetup_done, repository, driver));
		return ExitCode.SUCCESS;
	}

	/** Runs git in {@code repository}; its own message, such as "not a git repository", is the failure's. */
	private static void git(Path repository, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString())); //$NON-NLS-1$ //$NON-NLS-2$
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (process.waitFor() != 0) {
				throw new IOException(output);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}
}

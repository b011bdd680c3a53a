package org.argmap.core.team;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * The user name and password for an https remote from git's own credential helpers ({@code credential.helper}:
 * cache, store, libsecret, a forge's manager), through {@code git credential fill}, since JGit runs no helper
 * itself. Only where command-line git is installed; git is told never to prompt, so a remote no helper knows
 * falls through to the next provider (the workbench's dialog). Nothing is stored here, nor approved into a
 * helper. When the remote refuses what a helper gave ({@link #reset}), it is rejected from the helpers as git
 * does ({@code git credential reject}), and this provider gives nothing more for that remote, so that the next
 * provider asks instead of the same password being tried again.
 */
public final class GitCredentialHelpers extends CredentialsProvider {

	/** A helper that waits for a person (a keyring unlock prompt) gets this long. */
	private static final long TIMEOUT_SECONDS = 60;

	private final File directory;
	/** What the helpers answered, by the request it answered; the remote may refuse it. */
	private final Map<String, Map<String, String>> given = new HashMap<>();
	private final Set<String> refused = new HashSet<>();

	/** Helpers as git configures them in {@code directory} (a work tree, for its own config, or any folder). */
	public GitCredentialHelpers(File directory) {
		this.directory = directory;
	}

	@Override
	public boolean isInteractive() {
		return false;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		for (CredentialItem item : items) {
			if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
		if (!isHttp(uri)) {
			return false;
		}
		String request = request(uri);
		if (refused.contains(request)) {
			return false;
		}
		Map<String, String> answer = parse(git("fill", request)); //$NON-NLS-1$
		if (answer == null || !answer.containsKey("username") || !answer.containsKey("password")) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		given.put(request, answer);
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username user) {
				user.setValue(answer.get("username")); //$NON-NLS-1$
			} else if (item instanceof CredentialItem.Password password) {
				password.setValue(answer.get("password").toCharArray()); //$NON-NLS-1$
			} else {
				throw new UnsupportedCredentialItem(uri, item.getPromptText());
			}
		}
		return true;
	}

	@Override
	public void reset(URIish uri) {
		if (!isHttp(uri)) {
			return;
		}
		String request = request(uri);
		refused.add(request);
		Map<String, String> answer = given.remove(request);
		if (answer != null) {
			StringBuilder rejected = new StringBuilder(request.substring(0, request.length() - 1));
			answer.forEach((key, value) -> rejected.append(key).append('=').append(value).append('\n'));
			git("reject", rejected.append('\n').toString()); //$NON-NLS-1$
		}
	}

	private static boolean isHttp(URIish uri) {
		return uri != null && uri.getHost() != null
				&& ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) //$NON-NLS-1$ //$NON-NLS-2$
				&& !hasLineBreakOrNul(uri.getHost(), uri.getUser(), uri.getPath());
	}

	/**
	 * Whether a part of the address holds a line break or NUL, which URIish decodes from %0a: written into the
	 * request it would add lines of its own (host=another.example), and git would answer with that host's
	 * password for this one. git refuses such an address itself (CVE-2020-5260).
	 */
	private static boolean hasLineBreakOrNul(String... parts) {
		for (String part : parts) {
			if (part != null && (part.indexOf('\n') >= 0 || part.indexOf('\r') >= 0 || part.indexOf('\0') >= 0)) {
				return true;
			}
		}
		return false;
	}

	/** The credential description git's helpers read: protocol, host (with a port), path. */
	private static String request(URIish uri) {
		StringBuilder request = new StringBuilder();
		request.append("protocol=").append(uri.getScheme()).append('\n'); //$NON-NLS-1$
		request.append("host=").append(uri.getHost()); //$NON-NLS-1$
		if (uri.getPort() > 0) {
			request.append(':').append(uri.getPort());
		}
		request.append('\n');
		if (uri.getUser() != null) {
			request.append("username=").append(uri.getUser()).append('\n'); //$NON-NLS-1$
		}
		if (uri.getPath() != null && !uri.getPath().isEmpty()) {
			request.append("path=").append(uri.getPath().replaceFirst("^/", "")).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return request.append('\n').toString();
	}

	/** {@code git credential ACTION} given {@code input}, never prompting: its output, null where git failed. */
	private String git(String action, String input) {
		List<String> command = List.of("git", "-c", "core.askPass=", "credential", action); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory)
				.redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("GIT_TERMINAL_PROMPT", "0"); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().remove("GIT_ASKPASS"); //$NON-NLS-1$
		builder.environment().remove("SSH_ASKPASS"); //$NON-NLS-1$
		try {
			Process process = builder.start();
			try (OutputStream in = process.getOutputStream()) {
				in.write(input.getBytes(StandardCharsets.UTF_8));
			}
			// a credential is a few lines: git's pipe holds them until it has exited
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return null;
			}
			if (process.exitValue() != 0) {
				return null;
			}
			return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			// no git installed: there are no helpers to ask
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** git's credential description as keys and values; null for no output. */
	private static Map<String, String> parse(String output) {
		if (output == null) {
			return null;
		}
		Map<String, String> answer = new LinkedHashMap<>();
		for (String line : output.split("\n")) { //$NON-NLS-1$
			int equals = line.indexOf('=');
			if (equals > 0) {
				answer.put(line.substring(0, equals), line.substring(equals + 1));
			}
		}
		return answer;
	}
}

package org.argmap.core.tests.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.argmap.core.team.GitCredentialHelpers;
import org.argmap.tests.support.Git;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An https remote's user name and password come from the credential helper command-line git is configured
 * with (Debian's git, a helper script in the clone's config); git never prompts, so a remote no helper knows
 * is declined at once for the next provider to ask.
 */
class GitCredentialHelpersTest {

	private static final Duration NO_HANG = Duration.ofSeconds(30);

	@TempDir
	Path clone;

	private Path asked;

	@BeforeEach
	void aCloneWhoseConfigNamesAHelper() throws Exception {
		Git.run(clone, "init", "-q");
		asked = clone.resolve("asked.txt");
		// answers for git.example.org only, and notes what git asked it
		Git.run(clone, "config", "credential.helper", "!f() { cat > '" + asked + "'; test \"$1\" = get"
				+ " && grep -q '^host=git.example.org$' '" + asked + "' && printf 'username=ann\\npassword=s3cret\\n'; }; f");
	}

	@Test
	void theHelperAnswersForAnHttpsRemote() throws Exception {
		CredentialItem.Username user = new CredentialItem.Username();
		CredentialItem.Password password = new CredentialItem.Password();

		boolean answered = assertTimeoutPreemptively(NO_HANG, () -> new GitCredentialHelpers(clone.toFile())
				.get(new URIish("https://git.example.org/team/maps.git"), user, password));

		assertTrue(answered);
		assertEquals("ann", user.getValue());
		assertArrayEquals("s3cret".toCharArray(), password.getValue());
		String request = Files.readString(asked);
		assertTrue(request.contains("protocol=https\n"), request);
		assertTrue(request.contains("host=git.example.org\n"), request);
	}

	@Test
	void aRemoteNoHelperKnowsIsDeclinedWithoutAPrompt() throws Exception {
		CredentialItem.Username user = new CredentialItem.Username();
		CredentialItem.Password password = new CredentialItem.Password();

		boolean answered = assertTimeoutPreemptively(NO_HANG, () -> new GitCredentialHelpers(clone.toFile())
				.get(new URIish("https://elsewhere.example.org/team.git"), user, password));

		assertFalse(answered);
		assertNull(user.getValue());
	}

	@Test
	void aPasswordTheRemoteRefusedIsRejectedFromTheHelpersAndNotGivenAgain() throws Exception {
		GitCredentialHelpers helpers = new GitCredentialHelpers(clone.toFile());
		URIish remote = new URIish("https://git.example.org/team/maps.git");
		CredentialItem.Username user = new CredentialItem.Username();
		CredentialItem.Password password = new CredentialItem.Password();
		assertTrue(assertTimeoutPreemptively(NO_HANG, () -> helpers.get(remote, user, password)));

		helpers.reset(remote); // what JGit does when the remote answers 401

		String rejected = Files.readString(asked);
		assertTrue(rejected.contains("host=git.example.org\n") && rejected.contains("password=s3cret\n"),
				"git credential reject was given the refused password: " + rejected);
		CredentialItem.Password again = new CredentialItem.Password();
		assertFalse(helpers.get(remote, new CredentialItem.Username(), again), "the next provider asks instead");
		assertNull(again.getValue());
	}

	@Test
	void anAddressSmugglingALineIntoTheRequestGetsNoOtherHostsPassword() throws Exception {
		CredentialItem.Username user = new CredentialItem.Username();
		CredentialItem.Password password = new CredentialItem.Password();

		boolean answered = assertTimeoutPreemptively(NO_HANG, () -> new GitCredentialHelpers(clone.toFile())
				.get(new URIish("https://evil.example/x%0ahost=git.example.org%0a"), user, password));

		assertFalse(answered);
		assertNull(password.getValue());
		assertFalse(Files.exists(asked), "git was not run");
	}

	@Test
	void sshRemotesAreNotTheHelpersBusiness() throws Exception {
		CredentialItem.Password passphrase = new CredentialItem.Password("Passphrase");

		assertFalse(new GitCredentialHelpers(clone.toFile()).get(new URIish("ssh://git@git.example.org/team.git"),
				passphrase));
		assertFalse(Files.exists(asked), "git was not run");
	}
}

package org.argmap.core.tests.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.argmap.core.team.MapRepository;
import org.argmap.core.team.PullOutcome;
import org.argmap.core.team.SshAccess;
import org.argmap.core.team.TeamException;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.Git;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MapRepository} over {@code ssh://}: a team's repository served by an SSH git server on 127.0.0.1
 * ({@link SshGitServer}), reached with a key from the member's own ssh directory, its passphrase asked, or
 * through an ssh-agent. A server that is not known, or a key that is not let in, fails within seconds with a
 * message that says so.
 */
class MapRepositorySshTest {

	private static final String MAP = "debate.argmap";
	private static final NullProgressMonitor QUIET = NullProgressMonitor.INSTANCE;
	/** Far more than any of these operations takes on 127.0.0.1; a prompt nobody answers would hang past it. */
	private static final Duration NO_HANG = Duration.ofSeconds(60);

	@TempDir
	Path directory;

	private Path home;
	private Path ssh;
	private KeyPair memberKey;
	private SshGitServer server;
	private final List<AutoCloseable> opened = new ArrayList<>();

	@BeforeEach
	void aTeamRepositoryServedOverSsh() throws Exception {
		Path seed = Files.createDirectories(directory.resolve("seed"));
		Git.run(seed, "init", "-q", "-b", "main");
		ArgumentMap map = MapElements.newMap("Is AI progress hitting a wall?");
		map.getNodes().add(MapElements.newClaim("Pre-training returns are plateauing."));
		save(map, seed.resolve(MAP));
		Git.run(seed, "add", MAP);
		Git.run(seed, "-c", "user.name=Seed", "-c", "user.email=seed@argmap.org", "commit", "-q", "-m", "A map");
		Git.run(directory, "clone", "-q", "--bare", seed.toString(), "team.git");

		home = Files.createDirectories(directory.resolve("home"));
		ssh = Files.createDirectories(home.resolve(".ssh"));
		memberKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
		server = opened(new SshGitServer(directory.resolve("team.git"), memberKey.getPublic()));
	}

	@AfterEach
	void closeAll() throws Exception {
		for (AutoCloseable closeable : opened.reversed()) {
			closeable.close();
		}
	}

	@Test
	void aMemberClonesCommitsAndPushesWithHerKeyAndAnotherPullsTheCommit() throws Exception {
		writeKey(ssh.resolve("id_ed25519"), null);
		knowServer();
		SshAccess access = opened(new SshAccess(home, ssh));

		MapRepository ann = clone(access, "ann");
		MapRepository ben = clone(access, "ben");
		ArgumentMap map = MapStore.load(ann.workTree().resolve(MAP));
		map.getNodes().add(MapElements.newClaim("Reasoning models keep improving."));
		save(map, ann.workTree().resolve(MAP));
		ann.commit(ann.workTree().resolve(MAP), "Ann's claim");
		assertTimeoutPreemptively(NO_HANG, () -> ann.push(QUIET));

		assertTrue(Git.run(directory, "--git-dir=team.git", "show", "main:" + MAP)
				.contains("Reasoning models keep improving."), "the push reached the server's repository");
		assertEquals(PullOutcome.Kind.FAST_FORWARD, assertTimeoutPreemptively(NO_HANG, () -> ben.pull(QUIET)).kind());
		assertEquals(2, MapStore.load(ben.workTree().resolve(MAP)).getNodes().size());
	}

	@Test
	void anUnknownServerIsRefusedWithoutAskingAndCreatesNoClone() throws Exception {
		writeKey(ssh.resolve("id_ed25519"), null);
		SshAccess access = opened(new SshAccess(home, ssh));

		TeamException refused = refusedClone(access);

		assertTrue(refused.getMessage().contains(server.uri()), refused.getMessage());
		assertTrue(refused.getMessage().contains("host key is not in ~/.ssh/known_hosts"), refused.getMessage());
		assertFalse(Files.exists(directory.resolve("ann").resolve(MAP)));
		assertFalse(Files.exists(ssh.resolve("known_hosts")), "nothing was added to known_hosts unasked");
	}

	@Test
	void aServerWhoseKeyChangedIsRefused() throws Exception {
		writeKey(ssh.resolve("id_ed25519"), null);
		KeyPair impostor = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
		Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine().replaceFirst(" ssh-ed25519 .*",
				" " + PublicKeyEntry.toString(impostor.getPublic())));
		SshAccess access = opened(new SshAccess(home, ssh));

		TeamException refused = refusedClone(access);

		assertTrue(refused.getMessage().contains("host key is not in ~/.ssh/known_hosts, or differs"),
				refused.getMessage());
	}

	@Test
	void aKeyTheServerDoesNotKnowIsRefused() throws Exception {
		memberKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
		writeKey(ssh.resolve("id_ed25519"), null);
		knowServer();
		SshAccess access = opened(new SshAccess(home, ssh));

		TeamException refused = refusedClone(access);

		assertTrue(refused.getMessage().contains(server.uri()), refused.getMessage());
		assertTrue(refused.getMessage().contains("server refused ssh-ed25519 key ~/.ssh/id_ed25519"),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("The server let in none of your keys"), refused.getMessage());
	}

	@Test
	void aKeysPassphraseIsAskedOfTheCredentialsProviderAndRefusedWithoutOne() throws Exception {
		writeKey(ssh.resolve("id_ed25519"), "correct horse");
		knowServer();
		SshAccess access = opened(new SshAccess(home, ssh));

		TeamException refused = refusedClone(access);
		assertTrue(refused.getMessage().contains("SSH authentication canceled: no password given"), refused.getMessage());
		assertFalse(Files.exists(directory.resolve("ann").resolve(MAP)));

		List<String> asked = new ArrayList<>();
		CredentialsProvider.setDefault(new PassphraseTyped("correct horse", asked));
		try {
			MapRepository ann = clone(access, "ann");
			assertTrue(Files.exists(ann.workTree().resolve(MAP)));
		} finally {
			CredentialsProvider.setDefault(null);
		}
		assertTrue(asked.stream().anyMatch(prompt -> prompt.contains("id_ed25519")), "the prompt names the key: " + asked);
		assertEquals(1, asked.stream().filter("Passphrase"::equals).count(), "asked once: " + asked);
	}

	@Test
	void aKeyHeldByTheSshAgentIsUsedThroughTheSocketTheConfigNames() throws Exception {
		Path key = directory.resolve("agent-key");
		writeKey(key, null);
		Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
		Path socket = directory.resolve("agent.sock");
		Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
				.start();
		opened(agent::destroy);
		// ssh-agent -D opens its socket a moment after it starts
		for (int wait = 0; wait < 200 && !Files.exists(socket); wait++) {
			Thread.sleep(50);
		}
		assertTrue(Files.exists(socket), "ssh-agent listens at " + socket);
		ProcessBuilder adding = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
		adding.environment().put("SSH_AUTH_SOCK", socket.toString());
		Process added = adding.start();
		assertTrue(added.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, added.exitValue(), new String(added.getInputStream().readAllBytes()));
		Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  IdentityAgent " + socket + "\n");
		knowServer();
		SshAccess access = opened(new SshAccess(home, ssh));

		MapRepository ann = clone(access, "ann");

		assertTrue(Files.exists(ann.workTree().resolve(MAP)), "no key file in the ssh directory: the agent signed");
	}

	private TeamException refusedClone(SshAccess access) {
		return assertTimeoutPreemptively(NO_HANG, () -> assertThrows(TeamException.class,
				() -> MapRepository.cloneFrom(server.uri(), directory.resolve("ann"), access, QUIET)));
	}

	/** A person who types the passphrase at the prompt, noting what it said. */
	private static final class PassphraseTyped extends CredentialsProvider {

		private final String passphrase;
		private final List<String> asked;

		PassphraseTyped(String passphrase, List<String> asked) {
			this.passphrase = passphrase;
			this.asked = asked;
		}

		@Override
		public boolean isInteractive() {
			return true;
		}

		@Override
		public boolean supports(CredentialItem... items) {
			return List.of(items).stream().allMatch(
					item -> item instanceof CredentialItem.Password || item instanceof CredentialItem.InformationalMessage);
		}

		@Override
		public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
			for (CredentialItem item : items) {
				asked.add(item.getPromptText());
				if (item instanceof CredentialItem.Password password) {
					password.setValue(passphrase.toCharArray());
				} else if (!(item instanceof CredentialItem.InformationalMessage)) {
					throw new UnsupportedCredentialItem(uri, item.getPromptText());
				}
			}
			return true;
		}
	}

	private void knowServer() throws Exception {
		Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine());
	}

	private void writeKey(Path file, String passphrase) throws Exception {
		OpenSSHKeyEncryptionContext encryption = null;
		if (passphrase != null) {
			encryption = new OpenSSHKeyEncryptionContext();
			encryption.setCipherName("AES");
			encryption.setCipherType("256");
			encryption.setPassword(passphrase);
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(memberKey, "member@argmap.org", encryption, out);
		}
	}

	private MapRepository clone(SshAccess access, String folder) throws Exception {
		MapRepository clone = opened(assertTimeoutPreemptively(NO_HANG,
				() -> MapRepository.cloneFrom(server.uri(), directory.resolve(folder), access, QUIET)));
		Git.run(clone.workTree(), "config", "user.name", folder);
		Git.run(clone.workTree(), "config", "user.email", folder + "@argmap.org");
		return clone;
	}

	private <T extends AutoCloseable> T opened(T closeable) {
		opened.add(closeable);
		return closeable;
	}

	private static void save(ArgumentMap map, Path file) throws Exception {
		Resource resource = map.eResource() != null ? map.eResource()
				: MapStore.createResource(new ResourceSetImpl(), file);
		if (map.eResource() == null) {
			resource.getContents().add(map);
		}
		MapStore.save(resource, file);
		Files.deleteIfExists(MapStore.backupOf(file));
	}
}

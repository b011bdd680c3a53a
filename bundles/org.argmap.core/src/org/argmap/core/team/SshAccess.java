package org.argmap.core.team;

import java.io.File;
import java.nio.file.Path;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshConstants;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * How a {@link MapRepository} reaches an {@code ssh://} (or {@code user@host:path}) remote: JGit's Apache MINA
 * SSHD transport configured like OpenSSH from an ssh directory: its keys, {@code known_hosts} and {@code config},
 * and the SSH agent named by {@code SSH_AUTH_SOCK} or a host's {@code IdentityAgent}. A key's passphrase and an
 * unknown host key are asked of the operation's {@code CredentialsProvider}; without one that asks a person
 * they are refused. Nothing is remembered between operations: no decrypted key is cached, so a passphrase is
 * typed once per operation, or never with the key in the agent.
 */
public final class SshAccess implements TransportConfigCallback, AutoCloseable {

	private static SshAccess user;

	private final SshdSessionFactory sessions;

	/** Keys and settings from {@code sshDirectory}, with {@code home} for the {@code ~} in its config. */
	public SshAccess(Path home, Path sshDirectory) {
		File homeDirectory = home.toFile();
		sessions = new SshdSessionFactoryBuilder().setHomeDirectory(homeDirectory)
				.setSshDirectory(sshDirectory.toFile()).setConnectorFactory(new UnixAgentConnectors(homeDirectory))
				.build(null);
	}

	/** The user's own {@code ~/.ssh}, as command-line git and ssh use it; one for the whole application. */
	public static synchronized SshAccess ofUser() {
		if (user == null) {
			File home = FS.DETECTED.userHome();
			user = new SshAccess(home.toPath(), home.toPath().resolve(SshConstants.SSH_DIR));
		}
		return user;
	}

	@Override
	public void configure(Transport transport) {
		if (transport instanceof SshTransport ssh) {
			ssh.setSshSessionFactory(sessions);
		}
	}

	@Override
	public void close() {
		sessions.close();
	}
}

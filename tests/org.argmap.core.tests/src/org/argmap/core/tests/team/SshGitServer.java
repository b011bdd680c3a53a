package org.argmap.core.tests.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An SSH git server on 127.0.0.1 for tests: Apache MINA SSHD with a generated host key, letting in one user
 * by one public key, and serving one bare repository to {@code git-upload-pack} (fetch, clone) and
 * {@code git-receive-pack} (push) through JGit, as a git host runs them. Neither sshd-git nor JGit's own test
 * server ({@code org.eclipse.jgit.junit.ssh}) is on Maven Central here, and this much is all a test needs.
 */
final class SshGitServer implements AutoCloseable {

	static final String USER = "git";

	private final SshServer server;
	private final KeyPair hostKey;
	private final Path repository;

	/** Starts serving {@code repository} at {@code ssh://git@127.0.0.1:PORT/NAME} to whoever holds {@code userKey}. */
	SshGitServer(Path repository, PublicKey userKey) throws Exception {
		this.repository = repository;
		hostKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPublickeyAuthenticator(
				(user, key, session) -> USER.equals(user) && KeyUtils.compareKeys(key, userKey));
		server.setCommandFactory(new GitCommands());
		server.start();
	}

	/** The address a clone names the repository by. */
	String uri() {
		return "ssh://" + USER + "@127.0.0.1:" + server.getPort() + "/" + repository.getFileName();
	}

	/** The line of a {@code known_hosts} file that makes this server known. */
	String knownHostsLine() {
		return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n";
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}

	/** {@code git-upload-pack '/NAME'} and {@code git-receive-pack '/NAME'} on the one repository served. */
	private final class GitCommands implements CommandFactory {
		@Override
		public Command createCommand(ChannelSession channel, String command) throws IOException {
			List<String> words = CommandFactory.split(command);
			if (words.size() != 2 || !words.get(1).replace("'", "").equals("/" + repository.getFileName())) {
				throw new IOException("Not served here: " + command);
			}
			return switch (words.get(0)) {
			case "git-upload-pack" -> new GitCommand(false);
			case "git-receive-pack" -> new GitCommand(true);
			default -> throw new IOException("Not a git command: " + command);
			};
		}
	}

	/** One upload-pack or receive-pack, on a thread of its own as long as the client talks. */
	private final class GitCommand implements Command {

		private final boolean receive;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;

		GitCommand(boolean receive) {
			this.receive = receive;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback exit) {
			this.exit = exit;
		}

		@Override
		public void start(ChannelSession channel, Environment environment) {
			Thread thread = new Thread(this::serve, receive ? "git-receive-pack" : "git-upload-pack");
			thread.setDaemon(true);
			thread.start();
		}

		private void serve() {
			try (Repository served = new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true)
					.build()) {
				if (receive) {
					new ReceivePack(served).receive(in, out, err);
				} else {
					new UploadPack(served).upload(in, out, err);
				}
				out.flush();
				exit.onExit(0);
			} catch (IOException | RuntimeException e) {
				try {
					err.write((e + "\n").getBytes(StandardCharsets.UTF_8));
					err.flush();
				} catch (IOException unreported) {
					e.addSuppressed(unreported);
				}
				exit.onExit(1, e.toString());
			}
		}

		@Override
		public void destroy(ChannelSession channel) {
			// serve() ends when the client closes the channel's streams
		}
	}
}

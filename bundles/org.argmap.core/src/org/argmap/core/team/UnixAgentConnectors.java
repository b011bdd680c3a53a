package org.argmap.core.team;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.jgit.transport.SshConstants;
import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;
import org.eclipse.jgit.util.SystemReader;
import org.eclipse.osgi.util.NLS;

/**
 * The SSH agent (ssh-agent, gpg-agent, a desktop keyring) through the Unix domain socket it listens on. JGit's
 * own connectors (bundle {@code org.eclipse.jgit.ssh.apache.agent}) reach the socket through JNA, and that
 * bundle is not on Maven Central at JGit's version; Java has opened Unix domain sockets itself since 16. So
 * there is no Windows Pageant support here.
 */
final class UnixAgentConnectors implements ConnectorFactory {

	private static final ConnectorDescriptor AUTH_SOCK = new ConnectorDescriptor() {
		@Override
		public String getIdentityAgent() {
			return SshConstants.ENV_SSH_AUTH_SOCKET;
		}

		@Override
		public String getDisplayName() {
			return Messages.UnixAgentConnectors_authSock;
		}
	};

	private final File home;

	UnixAgentConnectors(File home) {
		this.home = home;
	}

	@Override
	public Connector create(String identityAgent, File homeDir) {
		String socket = identityAgent;
		if (socket == null || socket.isEmpty() || SshConstants.ENV_SSH_AUTH_SOCKET.equals(socket)) {
			socket = SystemReader.getInstance().getenv(SshConstants.ENV_SSH_AUTH_SOCKET);
		} else if (socket.startsWith("~/")) { //$NON-NLS-1$
			socket = new File(homeDir != null ? homeDir : home, socket.substring(2)).getPath();
		}
		return new SocketConnector(socket);
	}

	@Override
	public boolean isSupported() {
		return !SystemReader.getInstance().isWindows();
	}

	@Override
	public String getName() {
		return "argmap-unix-socket"; //$NON-NLS-1$
	}

	@Override
	public Collection<ConnectorDescriptor> getSupportedConnectors() {
		return List.of(AUTH_SOCK);
	}

	@Override
	public ConnectorDescriptor getDefaultConnector() {
		return AUTH_SOCK;
	}

	/** One conversation with the agent: each request a length-prefixed message, each reply the same. */
	private static final class SocketConnector extends AbstractConnector {

		private final String socket;
		private SocketChannel channel;

		SocketConnector(String socket) {
			this.socket = socket;
		}

		@Override
		public synchronized boolean connect() throws IOException {
			if (socket == null || socket.isEmpty()) {
				return false;
			}
			if (channel == null) {
				SocketChannel opened = SocketChannel.open(StandardProtocolFamily.UNIX);
				try {
					opened.connect(UnixDomainSocketAddress.of(Path.of(socket)));
				} catch (IOException e) {
					opened.close();
					throw new IOException(NLS.bind(Messages.UnixAgentConnectors_unreachable, socket, e.getMessage()), e);
				}
				channel = opened;
			}
			return true;
		}

		@Override
		public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
			if (channel == null) {
				// JGit connects before it asks; no user can cause this
				throw new IllegalStateException("Not connected to the SSH agent at " + socket); //$NON-NLS-1$
			}
			prepareMessage(command, message);
			ByteBuffer request = ByteBuffer.wrap(message);
			while (request.hasRemaining()) {
				channel.write(request);
			}
			byte[] length = new byte[4];
			readFully(ByteBuffer.wrap(length));
			byte[] reply = new byte[toLength(command, length)];
			readFully(ByteBuffer.wrap(reply));
			return reply;
		}

		private void readFully(ByteBuffer buffer) throws IOException {
			while (buffer.hasRemaining()) {
				if (channel.read(buffer) < 0) {
					throw new IOException(NLS.bind(Messages.UnixAgentConnectors_closed, socket));
				}
			}
		}

		@Override
		public synchronized void close() throws IOException {
			if (channel != null) {
				channel.close();
				channel = null;
			}
		}
	}
}

package org.argmap.model.persistence;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Replacing a file so that readers only ever see the old or the new version: write a temporary file
 * beside it, then rename it into place and make the rename durable. The temporary file gets the
 * permissions of the file it replaces (a new file gets rw-r--r--), rather than the owner-only permissions
 * of {@link Files#createTempFile}. A write through a symbolic link replaces the file the link leads to, so
 * the link stays a link. Temporary files left by a write that was killed are removed by the next one.
 */
public final class FileReplacement {

	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--"); //$NON-NLS-1$
	/** Older temporary files of the same target are left from a write that never finished. */
	private static final Duration STALE = Duration.ofMinutes(10);
	private static final String TEMPORARY_SUFFIX = ".tmp"; //$NON-NLS-1$

	private static final int BUFFER_BYTES = 1 << 16;

	private FileReplacement() {
	}

	/** What a write puts into the file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * Writes {@code file} through a temporary file, forced to disk and renamed into place, so that a failed or
	 * cancelled write leaves any previous file as it was.
	 *
	 * @param cancelled asked between buffers as the file is written; once it answers true the write stops with
	 *                  an {@link InterruptedIOException} and nothing is written
	 */
	public static void write(Path file, BooleanSupplier cancelled, Content content) throws IOException {
		Path target = destination(file);
		Path temporary = temporaryFor(target);
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(new CancellableStream(Channels.newOutputStream(channel),
							cancelled), BUFFER_BYTES)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			moveIntoPlace(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Stops a write between two buffers once it was cancelled. */
	private static final class CancellableStream extends FilterOutputStream {

		private final BooleanSupplier cancelled;

		CancellableStream(OutputStream out, BooleanSupplier cancelled) {
			super(out);
			this.cancelled = cancelled;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (cancelled.getAsBoolean()) {
				throw new InterruptedIOException(Messages.FileReplacement_cancelled);
			}
			out.write(bytes, offset, length);
		}
	}

	/**
	 * Whether two paths name one file, also through links or another spelling of the path; a file that cannot
	 * be examined is another. Writers ask it so as never to write onto what they read or what is open.
	 */
	public static boolean sameFile(Path one, Path other) {
		Path first = one.toAbsolutePath().normalize();
		Path second = other.toAbsolutePath().normalize();
		try {
			return first.equals(second) || Files.exists(first) && Files.exists(second) && Files.isSameFile(first, second);
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * The file that a write to {@code file} replaces: {@code file} itself, or through a symbolic link the file
	 * the link leads to.
	 */
	public static Path destination(Path file) throws IOException {
		Path absolute = file.toAbsolutePath();
		if (!Files.isSymbolicLink(absolute)) {
			return absolute;
		}
		return Files.exists(absolute) ? absolute.toRealPath()
				: absolute.getParent().resolve(Files.readSymbolicLink(absolute)).normalize();
	}

	/** An empty temporary file in {@code target}'s folder, with the permissions {@code target} has or will have. */
	public static Path temporaryFor(Path target) throws IOException {
		removeStaleTemporaries(target);
		Path temporary = Files.createTempFile(target.getParent(), prefix(target), TEMPORARY_SUFFIX);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			Files.setPosixFilePermissions(temporary,
					Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
		}
		return temporary;
	}

	/**
	 * Renames {@code temporary} to {@code target}, atomically where the file system can, and syncs the folder
	 * so that the rename survives a power loss.
	 */
	public static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
			folder.force(true);
		} catch (IOException e) {
			// Some file systems cannot sync a folder; the rename itself is done.
		}
	}

	private static String prefix(Path target) {
		return "." + target.getFileName() + "."; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void removeStaleTemporaries(Path target) {
		String prefix = prefix(target);
		Instant staleBefore = Instant.now().minus(STALE);
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.getParent(), entry -> {
			String name = entry.getFileName().toString();
			return name.startsWith(prefix) && name.endsWith(TEMPORARY_SUFFIX);
		})) {
			for (Path leftover : leftovers) {
				if (Files.getLastModifiedTime(leftover).toInstant().isBefore(staleBefore)) {
					Files.deleteIfExists(leftover);
				}
			}
		} catch (IOException e) {
			// A leftover that cannot be removed does no harm to this write.
		}
	}
}

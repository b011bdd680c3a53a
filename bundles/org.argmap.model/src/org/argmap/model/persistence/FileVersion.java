package org.argmap.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The version of a file that an editor last read or wrote, so that it notices when something else changed the
 * file since: a pull, git on the command line, {@code ./argmap} run on the same map. Told by the content, so
 * that a file touched, or written again unchanged, is no change.
 */
public final class FileVersion {

	/**
	 * File times are coarse (a few milliseconds on ext4, two seconds on FAT): a file written again within one tick
	 * of the content this version was taken from keeps its time. Until the content has been seen this long after
	 * the file's time, an equal time and size are not taken for the same content.
	 */
	private static final Duration TIME_TICK = Duration.ofSeconds(2);

	/** When the file was last seen with this content: a touch seen once is not read through again. */
	private FileTime modified;
	private final long size;
	private final byte[] digest;
	/** When the file was last known to hold this content. */
	private Instant seen;

	private FileVersion(FileTime modified, long size, byte[] digest) {
		this.modified = modified;
		this.size = size;
		this.digest = digest;
		this.seen = Instant.now();
	}

	/** When the file was last seen with this content; a touch that keeps the content moves it. */
	public FileTime modified() {
		return modified;
	}

	/** The file's size in bytes. */
	public long size() {
		return size;
	}

	/** The version {@code file} is now; null when there is no such file or it cannot be read. */
	public static FileVersion of(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new FileVersion(attributes.lastModifiedTime(), attributes.size(), digest(file));
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Whether {@code file} holds other content than this version: false when it is unchanged, and when it is
	 * gone or cannot be read (saving then writes it anew, and reading it again could only fail).
	 */
	public boolean changedIn(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			if (attributes.lastModifiedTime().equals(modified) && attributes.size() == size
					&& seen.isAfter(modified.toInstant().plus(TIME_TICK))) {
				return false;
			}
			if (attributes.size() != size || !Arrays.equals(digest, digest(file))) {
				return true;
			}
			modified = attributes.lastModifiedTime();
			seen = Instant.now();
			return false;
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * The version of a file with these attributes whose bytes, all of them, went through {@code digest} (from
	 * {@link #newDigest()}): for a save, which reads or writes them anyway.
	 */
	static FileVersion of(BasicFileAttributes attributes, MessageDigest digest) {
		return new FileVersion(attributes.lastModifiedTime(), attributes.size(), digest.digest());
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e); //$NON-NLS-1$
		}
	}

	private static byte[] digest(Path file) throws IOException {
		MessageDigest sha256 = newDigest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return sha256.digest();
	}
}

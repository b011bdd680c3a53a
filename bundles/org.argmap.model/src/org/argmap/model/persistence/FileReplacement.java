package org.argmap.model.persistence;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replacing a file so that readers only ever see the old or the new version: write a temporary file
 * beside it, then rename it into place. The temporary file gets the permissions of the file it replaces
 * (a new file gets rw-r--r--), rather than the owner-only permissions of {@link Files#createTempFile}.
 */
public final class FileReplacement {

	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--"); //$NON-NLS-1$

	private FileReplacement() {
	}

	/** An empty temporary file in {@code target}'s folder, with the permissions {@code target} has or will have. */
	public static Path temporaryFor(Path target) throws IOException {
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			Files.setPosixFilePermissions(temporary,
					Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
		}
		return temporary;
	}

	/** Renames {@code temporary} to {@code target}, atomically where the file system can. */
	public static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}

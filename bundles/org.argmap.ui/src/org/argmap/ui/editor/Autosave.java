package org.argmap.ui.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.argmap.model.persistence.FileReplacement;
import org.argmap.ui.ArgmapUi;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Copies of unsaved maps, so that a crash loses at most the last few seconds. A map's copy lives in the
 * bundle's state folder under a name derived from the map's path; it is deleted when the map is saved or
 * its changes are discarded, so a copy that is still there on the next start is unsaved work.
 */
public final class Autosave {

	private Autosave() {
	}

	/** Where the copy of {@code mapFile} is kept. */
	public static Path copyOf(Path mapFile) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256") //$NON-NLS-1$
					.digest(mapFile.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
			Path folder = ArgmapUi.getDefault().getStateLocation().toPath().resolve("autosave"); //$NON-NLS-1$
			return folder.resolve(HexFormat.of().formatHex(digest, 0, 12) + ".argmap"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every JDK has SHA-256
		}
	}

	/** The map serialized as its file would be; called on the UI thread so the model does not move meanwhile. */
	static byte[] serialize(Resource resource) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, null);
		return bytes.toByteArray();
	}

	/** Writes the copy; any thread. */
	static void write(Path mapFile, byte[] content) throws IOException {
		Path copy = copyOf(mapFile);
		Files.createDirectories(copy.getParent());
		Path temporary = FileReplacement.temporaryFor(copy);
		try {
			Files.write(temporary, content);
			FileReplacement.moveIntoPlace(temporary, copy);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The copy of {@code mapFile} if it holds work newer than the file, else null. */
	public static Path unsavedWork(Path mapFile) {
		Path copy = copyOf(mapFile);
		try {
			if (Files.exists(copy) && (!Files.exists(mapFile)
					|| Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(mapFile)) > 0)) {
				return copy;
			}
		} catch (IOException e) {
			ArgmapUi.log(copy.toString(), e);
		}
		return null;
	}

	static void discard(Path mapFile) {
		try {
			Files.deleteIfExists(copyOf(mapFile));
		} catch (IOException e) {
			ArgmapUi.log(copyOf(mapFile).toString(), e);
		}
	}
}

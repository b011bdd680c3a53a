package org.argmap.core.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.DocumentLocations;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;

/**
 * Which files a map may make Argmap read. A map names its documents relative to its own folder, and only
 * files in that folder tree are read: a map from someone else must not show the user, or copy into the map
 * the user then shares, a file elsewhere on the computer. Absolute paths, {@code file:} URIs, {@code ..}
 * paths leaving the folder and symbolic links leading out of it are refused unless the user has allowed the
 * file, or a folder holding it, by name.
 */
public final class SourcePolicy {

	private final List<Path> allowed;

	private SourcePolicy(List<Path> allowed) {
		this.allowed = allowed;
	}

	/** Documents are read from the map's folder tree only. */
	public static SourcePolicy mapFolderOnly() {
		return new SourcePolicy(List.of());
	}

	/**
	 * Documents are read from the map's folder tree, and also from each of {@code allowed}: a file, or a folder
	 * whose whole tree is allowed.
	 */
	public static SourcePolicy allowing(Collection<Path> allowed) {
		List<Path> paths = new ArrayList<>();
		for (Path path : allowed) {
			Path absolute = path.toAbsolutePath().normalize();
			paths.add(absolute);
			paths.add(realPath(absolute));
		}
		return new SourcePolicy(List.copyOf(paths));
	}

	/**
	 * The file {@code document} of the map saved as {@code mapFile} may be read from, with its symbolic links
	 * resolved, found without opening it. A location that leaves the folder and that nothing allowed is refused
	 * from its text alone, without touching the disk.
	 *
	 * @throws DocumentLoadException naming the location when it names no file on this computer, and an
	 *                               {@link OutsideMapFolderException} when the file lies outside the map's folder
	 *                               and was not allowed
	 */
	public Path locate(Path mapFile, SourceDocument document) throws DocumentLoadException {
		String location = document.getLocation();
		Path file = DocumentLocations.resolve(mapFile, document);
		if (file == null) {
			throw new DocumentLoadException(String.valueOf(location), Messages.Loader_notAFile);
		}
		file = file.toAbsolutePath().normalize();
		Path folder = mapFile.toAbsolutePath().normalize().getParent();
		boolean relative = URI.createURI(location).isRelative() && !location.startsWith("/"); //$NON-NLS-1$
		boolean inFolder = relative && file.startsWith(folder);
		if (!inFolder && !isAllowed(file)) {
			throw outside(location, file, relative, folder);
		}
		Path real = realPath(file);
		if (inFolder && real.startsWith(realPath(folder)) || isAllowed(real)) {
			return real;
		}
		throw outside(location, real, relative, folder);
	}

	/** Whether the map saved as {@code mapFile} may read {@code document}. */
	public boolean permits(Path mapFile, SourceDocument document) {
		try {
			locate(mapFile, document);
			return true;
		} catch (DocumentLoadException e) {
			return false;
		}
	}

	private static OutsideMapFolderException outside(String location, Path file, boolean relative, Path folder) {
		String problem = relative ? NLS.bind(Messages.Policy_outside, folder) : NLS.bind(Messages.Policy_absolute, folder);
		return new OutsideMapFolderException(location, file, problem);
	}

	private boolean isAllowed(Path file) {
		return allowed.stream().anyMatch(file::startsWith);
	}

	/**
	 * Where {@code path} really is once symbolic links are followed, as far as it exists: what the user is
	 * shown and asked to allow, so that allowing a link never allows a file it does not name.
	 */
	public static Path resolved(Path path) {
		return realPath(path.toAbsolutePath().normalize());
	}

	/** Where {@code path} really is once symbolic links are followed, as far as it exists. */
	private static Path realPath(Path path) {
		Path existing = path;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return path;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(path));
		} catch (IOException e) {
			return path;
		}
	}
}

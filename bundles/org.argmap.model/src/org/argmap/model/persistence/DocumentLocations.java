package org.argmap.model.persistence;

import java.nio.file.Path;

import org.argmap.model.SourceDocument;
import org.eclipse.emf.common.util.URI;

/**
 * Document locations are URIs relative to the map file, so a folder holding a map and its sources can be
 * moved or shared as a whole. Documents on another branch of the file system keep a relative path with
 * {@code ..}; only a document on another root keeps its absolute file URI.
 */
public final class DocumentLocations {

	private DocumentLocations() {
	}

	/** The location to store for {@code document} in a map saved as {@code mapFile}. */
	public static String locationFor(Path mapFile, Path document) {
		URI documentUri = MapStore.fileUri(document);
		return documentUri.deresolve(MapStore.fileUri(mapFile), true, true, false).toString();
	}

	/**
	 * Where the document of a map saved as {@code mapFile} lies on disk, or null when its location is no file
	 * on this computer (a web address, another scheme, no location at all).
	 */
	public static Path resolve(Path mapFile, SourceDocument document) {
		if (document.getLocation() == null) {
			return null;
		}
		try {
			URI location = URI.createURI(document.getLocation());
			URI resolved = location.isRelative() ? location.resolve(MapStore.fileUri(mapFile)) : location;
			return resolved.isFile() ? Path.of(resolved.toFileString()) : null;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}

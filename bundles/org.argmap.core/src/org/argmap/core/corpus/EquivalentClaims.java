package org.argmap.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.argmap.model.ClaimLink;
import org.eclipse.osgi.util.NLS;

/**
 * Where the links between equivalent claims of two maps lead on disk. A link leads only to a map inside the
 * corpus of the linking map, checked both from its text and with symbolic links resolved, so that a map from
 * a stranger cannot make Argmap open a file elsewhere.
 */
public final class EquivalentClaims {

	private EquivalentClaims() {
	}

	/** The corpus of {@code mapFile}: the nearest folder above it with a search index, or else its own folder. */
	public static Path corpusOf(Path mapFile) {
		Path indexed = CorpusFolder.indexedFolderOf(mapFile);
		return indexed != null ? indexed : mapFile.toAbsolutePath().normalize().getParent();
	}

	/**
	 * The link from {@code mapFile} to the node {@code nodeId} of {@code otherMap}.
	 *
	 * @throws ClaimLinkException when {@code otherMap} is no map, is {@code mapFile} itself, or lies outside the
	 *                            corpus of {@code mapFile}
	 */
	public static ClaimLink link(Path mapFile, Path otherMap, String nodeId) throws ClaimLinkException {
		Path from = mapFile.toAbsolutePath().normalize();
		Path to = otherMap.toAbsolutePath().normalize();
		if (!CorpusFolder.isMap(to.getFileName().toString())) {
			throw new ClaimLinkException(NLS.bind(Messages.Link_notAMap, otherMap));
		}
		if (to.equals(from)) {
			throw new ClaimLinkException(NLS.bind(Messages.Link_sameMap, otherMap));
		}
		checkInside(corpusOf(from), to);
		ClaimLink link = ClaimLink.parse(from.getParent().relativize(to).toString().replace('\\', '/') + "#" + nodeId); //$NON-NLS-1$
		if (link == null) {
			throw new ClaimLinkException(NLS.bind(Messages.Link_malformed, new Object[] { mapFile, nodeId, otherMap }));
		}
		return link;
	}

	/**
	 * The map file {@code link} of a node of {@code mapFile} leads to.
	 *
	 * @throws ClaimLinkException when it lies outside the corpus of {@code mapFile}
	 */
	public static Path target(Path mapFile, ClaimLink link) throws ClaimLinkException {
		Path from = mapFile.toAbsolutePath().normalize();
		Path to = from.getParent().resolve(link.map()).normalize();
		checkInside(corpusOf(from), to);
		return to;
	}

	/**
	 * Where {@code link}, held by a node of the map {@code mapName} (relative to the corpus folder, with
	 * {@code /}), leads: the other map relative to the corpus folder with {@code #} and the node's id, or null
	 * when it leaves the corpus folder. Decided from the text alone: the index never opens what a link names.
	 */
	static String key(String mapName, ClaimLink link) {
		Deque<String> segments = new ArrayDeque<>(List.of(mapName.split("/"))); //$NON-NLS-1$
		segments.removeLast(); // the linking map's own name
		for (String segment : link.map().split("/")) { //$NON-NLS-1$
			if (!segment.equals("..")) { //$NON-NLS-1$
				segments.addLast(segment);
			} else if (segments.pollLast() == null) {
				return null;
			}
		}
		return String.join("/", segments) + "#" + link.node(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void checkInside(Path corpus, Path file) throws ClaimLinkException {
		boolean inside = file.startsWith(corpus);
		if (inside && Files.exists(file)) {
			try {
				// a symbolic link inside the corpus may lead out of it
				inside = file.toRealPath().startsWith(corpus.toRealPath());
			} catch (IOException e) {
				inside = false;
			}
		}
		if (!inside) {
			throw new ClaimLinkException(NLS.bind(Messages.Link_outsideCorpus, file, corpus));
		}
	}
}

package org.argmap.core.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;

/**
 * What a corpus folder holds and how far its annotation has come: per map its nodes, anchors and orphaned
 * anchors and the documents it annotates; per document the maps that annotate it, with their anchors and
 * orphans in it, and who annotated it. A document no map names is not annotated yet.
 */
public final class CorpusOverview {

	/**
	 * One map or document of the corpus.
	 *
	 * @param file    relative to the corpus folder, with {@code /}
	 * @param isMap   a map rather than a document
	 * @param nodes   a map's nodes, or the nodes anchored in a document
	 * @param anchors a map's anchors, or the anchors in a document
	 * @param orphans of those anchors, the orphaned ones
	 * @param related    for a map the documents it annotates, for a document the maps annotating it
	 * @param annotators who annotated the map's nodes, or the nodes anchored in the document, sorted: a node's
	 *                   annotator, or the name of its map when it names none (a map made by one annotator)
	 * @param problem    why a map could not be read, or null
	 */
	public record Entry(String file, boolean isMap, int nodes, int anchors, int orphans, List<String> related,
			List<String> annotators, String problem) {
	}

	private CorpusOverview() {
	}

	/** The entries of the corpus {@code folder}, maps and documents in file order; stops early when cancelled. */
	public static List<Entry> of(Path folder, BooleanSupplier cancelled) throws IOException {
		Map<String, int[]> documentCounts = new LinkedHashMap<>();
		Map<String, Set<String>> documentAnnotators = new HashMap<>();
		Map<String, List<String>> annotatingMaps = new LinkedHashMap<>();
		Map<String, Entry> maps = new LinkedHashMap<>();
		List<String> files = CorpusFolder.files(folder);
		for (String name : files) {
			if (!CorpusFolder.isDocument(name)) {
				continue;
			}
			documentCounts.put(name, new int[3]);
			documentAnnotators.put(name, new TreeSet<>());
			annotatingMaps.put(name, new ArrayList<>());
		}
		for (String name : files) {
			if (cancelled.getAsBoolean()) {
				break;
			}
			if (CorpusFolder.isMap(name)) {
				maps.put(name, mapEntry(folder, name, documentCounts, documentAnnotators, annotatingMaps));
			}
		}
		List<Entry> entries = new ArrayList<>();
		for (String name : files) {
			if (CorpusFolder.isMap(name)) {
				if (maps.containsKey(name)) {
					entries.add(maps.get(name));
				}
			} else {
				int[] counts = documentCounts.get(name);
				entries.add(new Entry(name, false, counts[0], counts[1], counts[2], annotatingMaps.get(name),
						List.copyOf(documentAnnotators.get(name)), null));
			}
		}
		return entries;
	}

	private static Entry mapEntry(Path folder, String name, Map<String, int[]> documentCounts,
			Map<String, Set<String>> documentAnnotators, Map<String, List<String>> annotatingMaps) {
		ArgumentMap map;
		try {
			map = MapStore.load(folder.resolve(name));
		} catch (MapFileException e) {
			return new Entry(name, true, 0, 0, 0, List.of(), List.of(), e.getMessage());
		}
		Path mapFolder = folder.resolve(name).getParent();
		Map<SourceDocument, String> documents = new LinkedHashMap<>();
		for (SourceDocument document : map.getDocuments()) {
			if (document.getLocation() != null && !document.getLocation().contains(":")) { //$NON-NLS-1$
				String relative = folder.relativize(mapFolder.resolve(document.getLocation()).normalize()).toString()
						.replace('\\', '/');
				documents.put(document, relative);
				List<String> annotating = annotatingMaps.get(relative);
				if (annotating != null) {
					annotating.add(name);
				}
			}
		}
		int anchors = 0;
		int orphans = 0;
		Set<String> annotators = new TreeSet<>();
		for (Node node : map.getNodes()) {
			String annotator = node.getAnnotator() == null || node.getAnnotator().isBlank() ? name
					: node.getAnnotator().strip();
			annotators.add(annotator);
			List<int[]> countedFor = new ArrayList<>();
			for (TextAnchor anchor : node.getAnchors()) {
				boolean orphan = anchor.getStatus() == AnchorStatus.ORPHANED;
				anchors++;
				orphans += orphan ? 1 : 0;
				String document = documents.get(anchor.getDocument());
				int[] counts = documentCounts.get(document);
				if (counts != null) {
					documentAnnotators.get(document).add(annotator);
					if (!countedFor.contains(counts)) {
						counts[0]++;
						countedFor.add(counts);
					}
					counts[1]++;
					counts[2] += orphan ? 1 : 0;
				}
			}
		}
		return new Entry(name, true, map.getNodes().size(), anchors, orphans, List.copyOf(documents.values()),
				List.copyOf(annotators), null);
	}
}

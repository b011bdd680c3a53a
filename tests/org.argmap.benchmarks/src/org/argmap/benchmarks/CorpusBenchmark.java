package org.argmap.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.argmap.core.corpus.CorpusIndex;
import org.argmap.core.corpus.CorpusIndex.SavedMap;
import org.argmap.interchange.corpus.CorpusDocument;
import org.argmap.interchange.corpus.CorpusImport;
import org.argmap.model.ArgumentMap;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.SyntheticMaps;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus at the scale of a research project (goals on a 2-core machine: query <= 50 ms at the median and
 * 95th percentile, index update after saving one map <= 200 ms):
 * <ul>
 * <li>importing 1,000 brat essays of 100 annotations each (100,000 nodes) into a corpus folder;</li>
 * <li>a corpus folder of 1,000 documents and 100 maps of 1,000 nodes (100,000 nodes), each map anchored in
 * ten of the documents: building its index from nothing, querying it, and updating it after one map is
 * saved, as the workbench does after a save (from memory, on the closed index), and by scanning the folder as a
 * search does.</li>
 * </ul>
 */
class CorpusBenchmark {

	private static final String NAME = "corpus";
	private static final int ESSAYS = 1_000;
	private static final int SPANS_PER_ESSAY = 100;
	private static final int MAPS = 100;
	private static final int NODES_PER_MAP = 1_000;
	private static final int DOCUMENTS_PER_MAP = 10;
	private static final int DOCUMENT_CHARACTERS = 5_000;
	private static final int QUERIES = 200;
	private static final int UPDATES = 10;
	private static final String[] QUERY_WORDS = { "scaling", "compute", "reasoning", "wall", "progress", "benchmark",
			"training", "returns", "plateau", "inference", "evidence", "nephew", "cars", "slowing", "faster" };

	@TempDir
	Path folder;

	@Test
	void importOfBratEssays() throws Exception {
		Path brat = Files.createDirectories(folder.resolve("brat"));
		for (int essay = 0; essay < ESSAYS; essay++) {
			writeEssay(brat, essay);
		}
		Path corpus = folder.resolve("essays");
		double millis = Figures.once(() -> {
			List<CorpusDocument> documents = CorpusImport.read(brat, null);
			CorpusImport.checkTargets(documents, corpus, false);
			for (CorpusDocument document : documents) {
				CorpusImport.write(document, corpus);
			}
		});
		Figures.print(NAME, "import 1,000 brat essays (100,000 nodes)", String.format("%.0f ms", millis));
	}

	@Test
	void indexQueryAndUpdate() throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("corpus"));
		Path firstMap = null;
		long generating = System.nanoTime();
		for (int m = 0; m < MAPS; m++) {
			ArgumentMap map = SyntheticMaps.generate(m, NODES_PER_MAP, NODES_PER_MAP, NODES_PER_MAP, DOCUMENTS_PER_MAP,
					DOCUMENT_CHARACTERS);
			for (SourceDocument document : map.getDocuments()) {
				document.setLocation(document.getLocation().replace("document-", "map" + m + "-document-"));
				Path file = corpus.resolve(document.getLocation());
				Files.createDirectories(file.getParent());
				Files.writeString(file, document.getSnapshot());
			}
			Path mapFile = corpus.resolve("map" + m + ".argmap");
			// plain EMF save: the setup need not pay for the atomic, synced writes of the ones measured
			Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
			resource.getContents().add(map);
			try (OutputStream out = Files.newOutputStream(mapFile)) {
				resource.save(out, null);
			}
			firstMap = firstMap == null ? mapFile : firstMap;
		}

		Figures.print(NAME, "(generating and saving the corpus)", String.format("%.0f ms", (System.nanoTime() - generating) / 1e6));
		double build = Figures.once(() -> CorpusIndex.open(corpus).close());
		Figures.print(NAME, "index build, 1,000 documents + 100 maps", String.format("%.0f ms", build));

		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			Random random = new Random(7);
			double[] latency = new double[QUERIES];
			int hits = 0;
			for (int i = -QUERIES / 4; i < QUERIES; i++) { // the first quarter warms up
				String word = QUERY_WORDS[random.nextInt(QUERY_WORDS.length)];
				String query = switch (Math.floorMod(i, 3)) {
				case 0 -> word;
				case 1 -> word + " AND " + QUERY_WORDS[random.nextInt(QUERY_WORDS.length)];
				default -> "\"" + word + " " + QUERY_WORDS[random.nextInt(QUERY_WORDS.length)] + "\"";
				};
				long start = System.nanoTime();
				hits += index.search(query, 20).size();
				if (i >= 0) {
					latency[i] = (System.nanoTime() - start) / 1e6;
				}
			}
			Arrays.sort(latency);
			Figures.print(NAME, "query, top 20 with match offsets", String.format("median %.1f ms, 95th percentile %.1f ms (%d queries, %d hits)",
					Figures.median(latency), latency[(int) (QUERIES * 0.95)], QUERIES, hits));

			double[] scan = new double[UPDATES];
			ArgumentMap map = MapStore.load(firstMap);
			for (int i = 0; i < UPDATES; i++) {
				map.getNodes().get(i).setText("edited claim number " + i + " about buses");
				Path saved = save(map, firstMap);
				Files.setLastModifiedTime(saved, FileTime.fromMillis(System.currentTimeMillis() + 1000 * (i + 1)));
				scan[i] = Figures.once(index::update);
			}
			Arrays.sort(scan);
			Figures.print(NAME, "update by scanning the folder, one map changed", String.format(
					"median %.0f ms, worst %.0f ms", Figures.median(scan), scan[UPDATES - 1]));
		}

		// What the workbench does after a save, the index closed as it is between saves: the map's entries are
		// taken from memory on the UI thread, then a job opens the index, indexes them and commits.
		double[] update = new double[UPDATES];
		ArgumentMap map = MapStore.load(firstMap);
		for (int i = 0; i < UPDATES; i++) {
			map.getNodes().get(i).setText("edited claim number " + i + " about trams");
			Path saved = save(map, firstMap);
			update[i] = Figures.once(() -> CorpusIndex.updateAfterSave(corpus, SavedMap.of(corpus, saved, map)));
		}
		Arrays.sort(update);
		Figures.print(NAME, "update after saving one map (1,000 nodes)", String.format("median %.0f ms, worst %.0f ms",
				Figures.median(update), update[UPDATES - 1]));
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			if (index.search("trams", 20).size() != UPDATES) {
				throw new AssertionError("the edited nodes were not all found after the updates");
			}
		}
	}

	private static Path save(ArgumentMap map, Path file) throws Exception {
		Resource resource = map.eResource() != null ? map.eResource() : MapStore.createResource(new ResourceSetImpl(), file);
		if (map.eResource() == null) {
			resource.getContents().add(map);
		}
		MapStore.save(resource, file);
		return file;
	}

	/** An essay of sentences over the synthetic words, each sentence annotated; relations chain them. */
	private static void writeEssay(Path brat, int essay) throws Exception {
		Random random = new Random(essay);
		StringBuilder text = new StringBuilder("Essay " + essay + "\n\n");
		StringBuilder ann = new StringBuilder();
		for (int span = 1; span <= SPANS_PER_ESSAY; span++) {
			StringBuilder sentence = new StringBuilder("Point " + span);
			for (int w = 0; w < 8; w++) {
				sentence.append(' ').append(QUERY_WORDS[random.nextInt(QUERY_WORDS.length)]);
			}
			int start = text.length();
			text.append(sentence).append(". ");
			String type = span == 1 ? "MajorClaim" : span % 10 == 2 ? "Claim" : "Premise";
			ann.append('T').append(span).append('\t').append(type).append(' ').append(start).append(' ')
					.append(start + sentence.length()).append('\t').append(sentence).append('\n');
			if ("Claim".equals(type)) {
				ann.append('A').append(span).append("\tStance T").append(span).append(random.nextBoolean() ? " For\n" : " Against\n");
			} else if (span > 1) {
				int claim = span - (span - 2) % 10;
				ann.append('R').append(span).append(random.nextInt(5) == 0 ? "\tattacks" : "\tsupports").append(" Arg1:T")
						.append(span).append(" Arg2:T").append(claim).append('\n');
			}
		}
		Files.writeString(brat.resolve(String.format("essay%04d.txt", essay)), text);
		Files.writeString(brat.resolve(String.format("essay%04d.ann", essay)), ann);
	}
}

package org.argmap.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.ArgmapResource;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.SyntheticMaps;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.junit.jupiter.api.Test;

/**
 * Saving and loading a map of 100,000 nodes, 150,000 relations and 100,000 anchors (targets on a 2-core
 * machine: load <= 3 s, save <= 2 s).
 */
class MapPersistenceBenchmark {

	private static final String NAME = "map-persistence";
	private static final int NODES = 100_000;
	private static final int RELATIONS = 150_000;
	private static final int ANCHORS = 100_000;
	private static final int DOCUMENTS = 20;
	private static final int DOCUMENT_CHARACTERS = 50_000;
	private static final int RUNS = 5;

	/**
	 * Loads with the shipped options and with EMF's other performance options added, in alternating rounds so
	 * that JIT warm-up and garbage collection weigh on both alike.
	 */
	private static void compareLoadOptions(Path file) throws Exception {
		Map<String, Map<Object, Object>> variants = new LinkedHashMap<>();
		variants.put("shipped options (id map)", Map.of());
		Map<Object, Object> allOptions = new HashMap<>();
		allOptions.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		allOptions.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl(true));
		allOptions.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		allOptions.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		allOptions.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		variants.put("plus deferred IDREF, pool, name map, cache", allOptions);
		Map<String, double[]> millis = new LinkedHashMap<>();
		variants.keySet().forEach(name -> millis.put(name, new double[RUNS]));
		for (int round = -1; round < RUNS; round++) { // round -1 warms every variant up
			for (Map.Entry<String, Map<Object, Object>> variant : variants.entrySet()) {
				double ms = Figures.once(() -> loadInto(new ArgmapResource(URI.createFileURI(file.toString())), file,
						variant.getValue()));
				if (round >= 0) {
					millis.get(variant.getKey())[round] = ms;
				}
			}
		}
		millis.forEach((name, runs) -> {
			Arrays.sort(runs);
			Figures.print(NAME, "load, " + name, Figures.ms(runs));
		});
	}

	private static void loadInto(Resource resource, Path file, Map<?, ?> options) throws Exception {
		new ResourceSetImpl().getResources().add(resource);
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, options);
		}
	}

	/**
	 * Before and after tuning, on a map a tenth of the size: with EMF's default options every id reference
	 * is resolved by walking the whole resource, so loading grows with the square of the map and the full
	 * map does not load in any reasonable time.
	 */
	@Test
	void tunedAgainstDefaultXmiOptions() throws Exception {
		Path folder = Files.createTempDirectory("argmap-benchmark");
		Path file = folder.resolve("tenth.argmap");
		ArgumentMap map = SyntheticMaps.generate(8, NODES / 10, RELATIONS / 10, ANCHORS / 10, DOCUMENTS,
				DOCUMENT_CHARACTERS);
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		Figures.print(NAME, "tenth map", String.format("%,d nodes, %,d relations, %,d anchors", NODES / 10,
				RELATIONS / 10, ANCHORS / 10));
		Figures.print(NAME, "tenth: save, tuned (after)", Figures.ms(Figures.time(RUNS, () -> saveChanged(resource, file))));
		Figures.print(NAME, "tenth: load, tuned (after)", Figures.ms(Figures.time(RUNS, () -> MapStore.load(file))));
		Path plainFile = folder.resolve("tenth.xmi");
		saveAndLoadUntuned(map, plainFile);
		for (Path path : new Path[] { file, MapStore.backupOf(file), plainFile }) {
			Files.deleteIfExists(path);
		}
		Files.delete(folder);
	}

	private static void saveAndLoadUntuned(ArgumentMap map, Path file) throws Exception {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		XMIResourceImpl plain = new XMIResourceImpl(URI.createFileURI(file.toString()));
		resourceSet.getResources().add(plain);
		Resource original = map.eResource();
		plain.getContents().add(map);
		try {
			double[] save = Figures.time(RUNS, () -> {
				try (OutputStream out = Files.newOutputStream(file)) {
					plain.save(out, Map.of());
				}
			});
			Figures.print(NAME, "tenth: save, EMF defaults (before)", Figures.ms(save));
		} finally {
			original.getContents().add(map);
		}
		// One run only: this is the quadratic case.
		double once = Figures.once(() -> loadInto(new XMIResourceImpl(URI.createFileURI(file.toString())), file,
				Map.of()));
		Figures.print(NAME, "tenth: load, EMF defaults (before)", String.format("%.0f ms (one run)", once));
	}

	private static int edits;

	/**
	 * Saves after a change at the end of the file, the latest place the store can see it: a map that equals
	 * its file is not written at all.
	 */
	private static void saveChanged(Resource resource, Path file) throws Exception {
		ArgumentMap map = (ArgumentMap) resource.getContents().get(0);
		map.getRelations().get(map.getRelations().size() - 1).setNote("edit " + ++edits);
		if (!MapStore.save(resource, file)) {
			throw new AssertionError("a changed map was not written");
		}
	}

	@Test
	void saveAndLoadALargeMap() throws Exception {
		Path folder = Files.createTempDirectory("argmap-benchmark");
		Path file = folder.resolve("large.argmap");
		ArgumentMap map = SyntheticMaps.generate(7, NODES, RELATIONS, ANCHORS, DOCUMENTS, DOCUMENT_CHARACTERS);
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		Figures.print(NAME, "map", String.format("%,d nodes, %,d relations, %,d anchors, %d documents", NODES,
				RELATIONS, ANCHORS, DOCUMENTS));
		Figures.print(NAME, "heap holding the map", String.format("%.0f MiB", Figures.usedHeapMiB()));

		double[] save = Figures.time(RUNS, () -> saveChanged(resource, file));
		Figures.print(NAME, "save (atomic, fsync, backup)", Figures.ms(save));
		Figures.print(NAME, "save, unchanged (writes nothing)", Figures.ms(Figures.time(RUNS, () -> {
			if (MapStore.save(resource, file)) {
				throw new AssertionError("an unchanged map was written");
			}
		})));
		Figures.print(NAME, "file size", String.format("%.1f MiB", Files.size(file) / (1024.0 * 1024.0)));

		resource.unload();
		double[] load = Figures.time(RUNS, () -> MapStore.load(file));
		Figures.print(NAME, "load", Figures.ms(load));
		compareLoadOptions(file);
		Figures.resetPeakHeap();
		ArgumentMap loaded = MapStore.load(file);
		Figures.print(NAME, "peak heap during one load", String.format("%.0f MiB", Figures.peakHeapMiB()));
		Figures.print(NAME, "target", String.format("load <= 3000 ms: %s; save <= 2000 ms: %s",
				Figures.median(load) <= 3000 ? "met" : "NOT MET", Figures.median(save) <= 2000 ? "met" : "NOT MET"));
		if (loaded.getNodes().size() != NODES) {
			throw new AssertionError("loaded " + loaded.getNodes().size() + " nodes");
		}
		Files.deleteIfExists(file);
		Files.deleteIfExists(MapStore.backupOf(file));
		Files.delete(folder);
	}
}

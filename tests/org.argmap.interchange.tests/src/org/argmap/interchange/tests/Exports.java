package org.argmap.interchange.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.interchange.aif.AifReader;
import org.argmap.interchange.graphml.GraphmlReader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapStore;
import org.argmap.sample.SampleMap;

/** Exports and imports in memory, and the map's own file format as the measure of "equal". */
final class Exports {

	static final Path NAME = Path.of("in-memory");

	private Exports() {
	}

	static byte[] export(ArgumentMap map, InterchangeFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Interchange.export(map, format, out);
		return out.toByteArray();
	}

	static String exportText(ArgumentMap map, InterchangeFormat format) throws IOException {
		return new String(export(map, format), StandardCharsets.UTF_8);
	}

	static ImportedMap readGraphml(byte[] bytes, ImportOptions options) throws IOException {
		return GraphmlReader.read(new ByteArrayInputStream(bytes), NAME, options);
	}

	static ImportedMap readGraphml(String text) throws IOException {
		return readGraphml(text.getBytes(StandardCharsets.UTF_8), ImportOptions.DEFAULTS);
	}

	static ImportedMap readAif(byte[] bytes) throws IOException {
		return AifReader.read(new ByteArrayInputStream(bytes), NAME);
	}

	static ImportedMap readAif(String text) throws IOException {
		return readAif(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The sample map "Is AI progress hitting a wall?" as a new user gets it, written into {@code folder}. */
	static ArgumentMap sample(Path folder) throws IOException {
		return MapStore.load(SampleMap.write(folder));
	}

}

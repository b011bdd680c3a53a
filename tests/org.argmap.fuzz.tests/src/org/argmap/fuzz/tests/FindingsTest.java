package org.argmap.fuzz.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.aif.AifReader;
import org.argmap.interchange.graphml.GraphmlReader;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.FrameworkUtil;

/**
 * Every input in {@code findings/READER/} on which fuzzing once found that reader crashing, replayed on every
 * build: each must now end in a declared error or a valid map (see findings/README.md).
 */
class FindingsTest {

	private static final Map<String, ReaderUnderFuzz> READERS = Map.of( //
			"argmap", new ReaderUnderFuzz("argmap", "argmap", MapStore::load), //
			"graphml", new ReaderUnderFuzz("graphml", "graphml",
					file -> GraphmlReader.read(file, ImportOptions.DEFAULTS).map()), //
			"aif", new ReaderUnderFuzz("aif", "json", file -> AifReader.read(file).map()));

	@TestFactory
	Stream<DynamicTest> findingsStayFixed() {
		List<DynamicTest> tests = new ArrayList<>();
		READERS.forEach((name, reader) -> {
			var entries = FrameworkUtil.getBundle(FindingsTest.class).findEntries("findings/" + name, "*", false);
			for (URL input : entries == null ? List.<URL>of() : Collections.list(entries)) {
				tests.add(DynamicTest.dynamicTest(name + ": " + input.getPath(), () -> reader.check(bytes(input))));
			}
		});
		return tests.stream();
	}

	private static byte[] bytes(URL input) {
		try (InputStream in = input.openStream()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

package org.argmap.fuzz.tests;

import java.io.IOException;
import java.util.stream.Stream;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.graphml.GraphmlReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the graphml reader, starting from {@link Seeds#graphml()}; see {@link ReaderUnderFuzz} for what may come out. */
class GraphmlFuzzTest {

	private static final ReaderUnderFuzz READER = new ReaderUnderFuzz("graphml", "graphml", file -> GraphmlReader.read(file, ImportOptions.DEFAULTS).map());

	static Stream<byte[]> seeds() {
		return Seeds.graphml();
	}

	@MethodSource("seeds")
	@FuzzTest(maxDuration = ReaderUnderFuzz.DURATION)
	void read(byte[] data) throws IOException {
		READER.check(data);
	}

	@AfterAll
	static void report() {
		System.out.println(READER.summary());
	}
}

package org.argmap.fuzz.tests;

import java.io.IOException;
import java.util.stream.Stream;

import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the argmap reader, starting from {@link Seeds#argmap()}; see {@link ReaderUnderFuzz} for what may come out. */
class ArgmapFuzzTest {

	private static final ReaderUnderFuzz READER = new ReaderUnderFuzz("argmap", "argmap", file -> MapStore.load(file));

	static Stream<byte[]> seeds() {
		return Seeds.argmap();
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

package org.argmap.fuzz.tests;

import java.io.IOException;
import java.util.stream.Stream;

import org.argmap.interchange.aif.AifReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the aif reader, starting from {@link Seeds#aif()}; see {@link ReaderUnderFuzz} for what may come out. */
class AifFuzzTest {

	private static final ReaderUnderFuzz READER = new ReaderUnderFuzz("aif", "json", file -> AifReader.read(file).map());

	static Stream<byte[]> seeds() {
		return Seeds.aif();
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

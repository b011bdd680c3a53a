package org.argmap.fuzz.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.ReadableText;
import org.argmap.core.text.ReadableText.Range;
import org.argmap.sample.SampleMap;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the readable rendering of plain and Markdown texts, starting from the Chain of Thought article and
 * a few snippets of markup: it must end, and every readable character must lead back into the stored text,
 * in order, to stored characters that lead to it again. Anything else is a finding.
 */
class ReadableTextFuzzTest {

	static Stream<byte[]> seeds() {
		List<byte[]> seeds = new ArrayList<>();
		try (InputStream in = SampleMap.class.getResourceAsStream("/sources/chain-of-thought_is-ai-progress-hitting-a-wall.txt")) {
			seeds.add(in.readAllBytes());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (String snippet : List.of("<p>Fish &amp; <b>chips</b></p><br>x", "# T\n\n- *a* [b](c) ![d](e)\n\n```\nf\n```\n",
				"<table><tr><td>by <a href=\"https:...\n![]() |\n|\n", "1. x &ngE; \\* `y`\n> z<script>w</script>\n")) {
			seeds.add(snippet.getBytes(StandardCharsets.UTF_8));
		}
		return seeds.stream();
	}

	@MethodSource("seeds")
	@FuzzTest(maxDuration = ReaderUnderFuzz.DURATION)
	void render(byte[] data) {
		String stored = new String(data, StandardCharsets.UTF_8);
		for (String mediaType : List.of(DocumentLoader.PLAIN_TEXT, DocumentLoader.MARKDOWN)) {
			ReadableText readable = ReadableText.of(stored, mediaType);
			if (readable != null) {
				check(stored, readable);
			}
		}
	}

	private static void check(String stored, ReadableText readable) {
		Range previous = new Range(0, 0);
		for (int i = 0; i < readable.text().length(); i++) {
			Range range = readable.toStored(i, i + 1);
			if (range.start() < previous.start() || range.end() < previous.end() || range.start() > range.end()
					|| range.end() > stored.length()) {
				throw new AssertionError("readable " + i + " maps to stored " + range + " after " + previous);
			}
			Range back = readable.toReadable(range.start(), range.end());
			if (range.start() < range.end() && (back.start() > i || back.end() <= i)) {
				throw new AssertionError("readable " + i + " maps to stored " + range + ", which maps to " + back);
			}
			previous = range;
		}
	}
}

package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.ReadableText;
import org.argmap.core.text.ReadableText.Range;
import org.argmap.core.text.SourcePolicy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.persistence.MapStore;
import org.argmap.sample.SampleMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources holding markup read as a reader sees them, while every readable character still leads back to the
 * stored characters anchors count on.
 */
class ReadableTextTest {

	private static final String CHAIN_OF_THOUGHT = "chain-of-thought_is-ai-progress-hitting-a-wall.txt";

	@TempDir
	Path folder;

	private static ReadableText plain(String stored) {
		return ReadableText.of(stored, DocumentLoader.PLAIN_TEXT);
	}

	/** The stored characters behind the readable occurrence of {@code passage}. */
	private static String storedBehind(ReadableText readable, String stored, String passage) {
		int start = readable.text().indexOf(passage);
		assertTrue(start >= 0, passage + " is in the readable text " + readable.text());
		Range range = readable.toStored(start, start + passage.length());
		return stored.substring(range.start(), range.end());
	}

	@Test
	void everyAnchorOfTheSampleMapIsHighlightedOnReadableTextThatLeadsBackToItsStoredQuote() throws Exception {
		Path mapFile = SampleMap.write(folder);
		ArgumentMap map = MapStore.load(mapFile);
		int onReadableText = 0;
		for (Node node : map.getNodes()) {
			for (TextAnchor anchor : node.getAnchors()) {
				SourceDocument document = anchor.getDocument();
				String stored = DocumentLoader.load(mapFile, document, SourcePolicy.mapFolderOnly()).text();
				ReadableText readable = ReadableText.of(stored, DocumentLoader.mediaType(document.getLocation()));
				if (readable == null) {
					continue;
				}
				onReadableText++;
				Range highlight = readable.toReadable(anchor.getStart(), anchor.getEnd());
				assertTrue(highlight.start() < highlight.end(), anchor.getExact() + " is highlighted");
				Range back = readable.toStored(highlight.start(), highlight.end());
				assertEquals(anchor.getExact(), stored.substring(back.start(), back.end()));
				assertEquals(new Range(anchor.getStart(), anchor.getEnd()), back);
			}
		}
		assertTrue(onReadableText >= 3, "the Chain of Thought article carries anchors: " + onReadableText);
	}

	@Test
	void theChainOfThoughtArticleReadsWithoutThePastedHtmlAndTheOtherArticlesStayAsStored() throws Exception {
		Path mapFile = SampleMap.write(folder);
		for (SourceDocument document : MapStore.load(mapFile).getDocuments()) {
			String stored = DocumentLoader.load(mapFile, document, SourcePolicy.mapFolderOnly()).text();
			ReadableText readable = ReadableText.of(stored, DocumentLoader.mediaType(document.getLocation()));
			if (!document.getLocation().endsWith(CHAIN_OF_THOUGHT)) {
				assertNull(readable, document.getLocation() + " holds no markup and is shown as stored");
				continue;
			}
			assertNotNull(readable);
			String text = readable.text();
			for (String markup : new String[] { "<table", "<td>", "<img", "<a href", "![]()", "cloudfront" }) {
				assertFalse(text.contains(markup), markup + " is not shown");
			}
			assertTrue(text.startsWith("Is AI Progress Hitting a Wall?\nby \n\nWas this newsletter"), text.substring(0, 80));
			assertTrue(text.contains("My nephew is 2 years old."));
			assertEquals(stored.length() - stored.indexOf("\nWas this newsletter"),
					text.length() - text.indexOf("\nWas this newsletter"), "the prose after the pasted HTML is unchanged");
		}
	}

	@Test
	void entitiesAndNestedTagsReadAsTextAndASelectionTakesTheirStoredCharacters() {
		String stored = "<p>Fish &amp; <b>chips <i>today</i></b>, &quot;fresh&quot;</p><p>Second &#169; para</p>\n";
		ReadableText readable = plain(stored);
		assertEquals("Fish & chips today, \"fresh\"\nSecond \u00a9 para\n", readable.text());
		assertEquals("&amp;", storedBehind(readable, stored, "&"));
		assertEquals("chips <i>today", storedBehind(readable, stored, "chips today"));
		assertEquals("&quot;fresh&quot;", storedBehind(readable, stored, "\"fresh\""));
		assertEquals("today</i></b>, &quot;fresh&quot;</p><p>Second", storedBehind(readable, stored, "today, \"fresh\"\nSecond"));
	}

	@Test
	void markdownLinksAndImagesShowTheirTextOnly() {
		String stored = "See [the report](https://example.org/r \"title\") and ![a chart](chart.png) below.\n";
		ReadableText readable = plain(stored);
		assertEquals("See the report and  below.\n", readable.text());
		assertEquals("the report", storedBehind(readable, stored, "the report"));
		int at = stored.indexOf("the report");
		assertEquals(new Range(4, 14), readable.toReadable(at, at + "the report".length()));
		Range image = readable.toReadable(stored.indexOf("!["), stored.indexOf(" below"));
		assertEquals(image.start(), image.end(), "a passage of image markup only has nothing to highlight");
	}

	@Test
	void markdownDocumentsShowHeadingsListsAndEmphasisAsText() {
		String stored = "# Is AI slowing?\n\nIt is *not*, say **most** labs:\n\n- scaling\n- reasoning \\*models\\*\n";
		ReadableText readable = ReadableText.of(stored, DocumentLoader.MARKDOWN);
		assertEquals("Is AI slowing?\n\nIt is not, say most labs:\n\n\u2022 scaling\n\u2022 reasoning *models*\n",
				readable.text());
		assertEquals("not*, say **most", storedBehind(readable, stored, "not, say most"));
		assertEquals("\\*models\\*", storedBehind(readable, stored, "*models*"));
		assertNull(ReadableText.of("Plain lines\nof a Markdown file.\n", DocumentLoader.MARKDOWN));
	}

	@Test
	void proseWithAngleBracketsAndAsterisksIsNotTakenForMarkup() {
		assertNull(plain("If a < b and b > c, then 2*3*4 = 24; *really* and_so_on.\n"));
		assertNull(plain("Reply to <name> with a <placeholder> or a [note] (later).\n"));
		assertNull(plain("1. first\n# not a heading\n    indented\n"));
		assertNull(ReadableText.of("<p>an HTML file's text is already its visible text</p>", DocumentLoader.HTML));
		assertNull(plain("a | b\n|\n"));
		ReadableText readable = plain("<b>Note</b>: a < b, 2*3*4, <name> stays.\n");
		assertEquals("Note: a < b, 2*3*4, <name> stays.\n", readable.text());
	}

	@Test
	void aScriptNamedInProseHidesNothingBeyondItsParagraph() {
		ReadableText readable = plain("Add a <script> tag to <b>the</b> page.\n\nThe rest <script>x = 1;</script>stays.\n");
		assertEquals("Add a  tag to the page.\n\nThe rest stays.\n", readable.text());
	}

	@Test
	void everyReadableSelectionComesBackFromItsStoredRange() {
		String stored = "Title\n<table><tr><td>by <a href=\"https://x\">Dan</a> &amp; co</td></tr></table>\n"
				+ "![](logo.png) |\n\nA *wave* of [articles](u) \\* &copy; 2024<br>end\n";
		ReadableText readable = plain(stored);
		int length = readable.text().length();
		for (int start = 0; start < length; start++) {
			for (int end = start + 1; end <= length; end++) {
				Range back = readable.toStored(start, end);
				assertEquals(new Range(start, end), readable.toReadable(back.start(), back.end()),
						"readable " + start + ".." + end + " went to stored " + back);
			}
		}
	}

	@Test
	void hostileInputsEndWithinSecondsAndMapInsideTheirText() {
		String[] inputs = { "<a href=\"" + "x".repeat(1_000_000), "<table " + "a=\"b\" ".repeat(100_000),
				"<b>".repeat(100_000) + "deep" + "</b>".repeat(100_000), "[".repeat(50_000) + "](".repeat(50_000),
				"<p>" + "&#99999999; &bogus; \u0000 \ud800 ".repeat(20_000), "<p>x</p>" + "\n".repeat(200_000) + "<td>",
				"<script>" + "if (a < b) {}\n".repeat(10_000), "![" + "*a _b ".repeat(100_000),
				"<b>x</b> **a " + "*_".repeat(40_000) + "a" + "_*".repeat(40_000), "> - ".repeat(20_000) + "<p>" };
		for (String stored : inputs) {
			for (String mediaType : new String[] { DocumentLoader.PLAIN_TEXT, DocumentLoader.MARKDOWN }) {
				ReadableText readable = assertTimeoutPreemptively(Duration.ofSeconds(10),
						() -> ReadableText.of(stored, mediaType));
				if (readable != null) {
					assertInside(stored, readable);
				}
			}
		}
	}

	private static void assertInside(String stored, ReadableText readable) {
		int length = readable.text().length();
		for (int offset = 0; offset < length; offset += Math.max(1, length / 1000)) {
			Range range = readable.toStored(offset, offset + 1);
			assertTrue(0 <= range.start() && range.start() <= range.end() && range.end() <= stored.length(),
					range.toString());
		}
	}
}

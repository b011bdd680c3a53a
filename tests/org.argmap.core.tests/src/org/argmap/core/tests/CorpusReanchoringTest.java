package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.core.anchoring.AnchorOutcome;
import org.argmap.core.anchoring.Reanchorer;
import org.argmap.core.anchoring.TextAnchors;
import org.argmap.core.text.DocumentLoader;
import org.argmap.sample.SampleMap;
import org.argmap.model.AnchorStatus;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Passages anchored in each article of the sample corpus, then the article edited on disk the ways sources
 * really change; every anchor's outcome and offsets are checked exactly.
 */
class CorpusReanchoringTest {

	/** Anchors cover characters 40..140 of a paragraph, so both contexts lie inside the paragraph. */
	private static final int FROM = 40;
	private static final int TO = 140;
	private static final String NEW_PARAGRAPH = "Editor's note: this article was updated after publication to add"
			+ " reactions from researchers and to correct two figures.\n";

	@TempDir
	Path folder;

	static List<String> articles() {
		return List.of("alignment-forum_ai-research-is-slowing-down.txt", "casey_ai-winter-is-coming.txt",
				"chain-of-thought_is-ai-progress-hitting-a-wall.txt", "juijn_deep-learning-is-probably-not-hitting-a-wall.txt",
				"obsolete_is-deep-learning-hitting-a-wall.txt");
	}

	private String text;
	private List<Integer> paragraphStarts;
	private List<TextAnchor> anchors;

	private void anchorPassages(String article) throws IOException {
		text = DocumentLoader.load(copy(article, readCorpus(article))).text();
		paragraphStarts = new ArrayList<>();
		int start = 0;
		for (String line : text.split("\n", -1)) {
			if (line.length() >= 200) {
				paragraphStarts.add(start);
			}
			start += line.length() + 1;
		}
		assertTrue(paragraphStarts.size() >= 3, article + " has " + paragraphStarts.size() + " long paragraphs");
		int n = paragraphStarts.size();
		// Three paragraphs spread over the article, the last one not the article's last paragraph.
		paragraphStarts = List.of(paragraphStarts.get(0), paragraphStarts.get(n / 2), paragraphStarts.get(n - 2));
		SourceDocument document = MapElements.newDocument(article, article);
		anchors = paragraphStarts.stream().map(p -> TextAnchors.create(document, text, p + FROM, p + TO)).toList();
		for (TextAnchor anchor : anchors) {
			assertEquals(1, occurrences(text, anchor.getExact()), "passage must be unique: " + anchor.getExact());
		}
	}

	private static String readCorpus(String article) throws IOException {
		// The articles ship in the sample bundle; the tests read that one copy.
		try (InputStream in = SampleMap.class.getResourceAsStream("/sources/" + article)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private Path copy(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private List<AnchorOutcome> reanchorAfterEdit(String article, String editedText) throws IOException {
		String reloaded = DocumentLoader.load(copy("edited-" + article, editedText)).text();
		return Reanchorer.reanchor(anchors, reloaded);
	}

	private static int occurrences(String text, String quote) {
		int count = 0;
		for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
			count++;
		}
		return count;
	}

	private void assertOutcome(AnchorOutcome outcome, AnchorStatus status, int start, String exact) {
		assertEquals(status, outcome.status(), outcome.reason());
		assertEquals(start, outcome.start(), "start");
		assertEquals(start + exact.length(), outcome.end(), "end");
		assertEquals(exact, outcome.exact());
	}

	private int paragraphEnd(int paragraphStart) {
		return text.indexOf('\n', paragraphStart) + 1;
	}

	@ParameterizedTest
	@MethodSource("articles")
	void unchangedTextKeepsEveryAnchor(String article) throws IOException {
		anchorPassages(article);
		for (AnchorOutcome outcome : reanchorAfterEdit(article, text)) {
			assertOutcome(outcome, AnchorStatus.ANCHORED, outcome.anchor().getStart(), outcome.anchor().getExact());
		}
	}

	@ParameterizedTest
	@MethodSource("articles")
	void paragraphInsertedAtTheTopMovesEveryAnchor(String article) throws IOException {
		anchorPassages(article);
		List<AnchorOutcome> outcomes = reanchorAfterEdit(article, NEW_PARAGRAPH + text);
		for (AnchorOutcome outcome : outcomes) {
			TextAnchor anchor = outcome.anchor();
			assertOutcome(outcome, AnchorStatus.RELOCATED, anchor.getStart() + NEW_PARAGRAPH.length(), anchor.getExact());
		}
	}

	@ParameterizedTest
	@MethodSource("articles")
	void typoFixedInsideAQuotedPassageUpdatesThatQuoteOnly(String article) throws IOException {
		anchorPassages(article);
		TextAnchor edited = anchors.get(1);
		int typoAt = edited.getStart() + 50;
		char fixed = text.charAt(typoAt) == 'x' ? 'y' : 'x';
		String editedText = text.substring(0, typoAt) + fixed + text.substring(typoAt + 1);

		List<AnchorOutcome> outcomes = reanchorAfterEdit(article, editedText);

		assertOutcome(outcomes.get(0), AnchorStatus.ANCHORED, anchors.get(0).getStart(), anchors.get(0).getExact());
		assertOutcome(outcomes.get(1), AnchorStatus.RELOCATED, edited.getStart(),
				editedText.substring(edited.getStart(), edited.getEnd()));
		assertOutcome(outcomes.get(2), AnchorStatus.ANCHORED, anchors.get(2).getStart(), anchors.get(2).getExact());
	}

	@ParameterizedTest
	@MethodSource("articles")
	void sentenceDeletedRightBeforeAnAnchorMovesItBack(String article) throws IOException {
		anchorPassages(article);
		TextAnchor last = anchors.get(2);
		// The first 30 characters of the paragraph stand for the sentence before the passage; its prefix
		// context loses part of what it recorded.
		int from = paragraphStarts.get(2);
		int removed = 30;
		String editedText = text.substring(0, from) + text.substring(from + removed);

		List<AnchorOutcome> outcomes = reanchorAfterEdit(article, editedText);

		assertOutcome(outcomes.get(0), AnchorStatus.ANCHORED, anchors.get(0).getStart(), anchors.get(0).getExact());
		assertOutcome(outcomes.get(1), AnchorStatus.ANCHORED, anchors.get(1).getStart(), anchors.get(1).getExact());
		assertOutcome(outcomes.get(2), AnchorStatus.RELOCATED, last.getStart() - removed, last.getExact());
	}

	@ParameterizedTest
	@MethodSource("articles")
	void paragraphMovedToTheEndTakesItsAnchorAlong(String article) throws IOException {
		anchorPassages(article);
		int from = paragraphStarts.get(0);
		int to = paragraphEnd(from);
		String paragraph = text.substring(from, to);
		String withoutIt = text.substring(0, from) + text.substring(to);
		String editedText = withoutIt + (withoutIt.endsWith("\n") ? "" : "\n") + paragraph;
		int newParagraphStart = editedText.length() - paragraph.length();

		List<AnchorOutcome> outcomes = reanchorAfterEdit(article, editedText);

		assertOutcome(outcomes.get(0), AnchorStatus.RELOCATED, newParagraphStart + FROM, anchors.get(0).getExact());
		assertOutcome(outcomes.get(1), AnchorStatus.RELOCATED, anchors.get(1).getStart() - paragraph.length(),
				anchors.get(1).getExact());
		assertOutcome(outcomes.get(2), AnchorStatus.RELOCATED, anchors.get(2).getStart() - paragraph.length(),
				anchors.get(2).getExact());
	}

	@ParameterizedTest
	@MethodSource("articles")
	void duplicatedParagraphKeepsTheAnchorOnTheOriginal(String article) throws IOException {
		anchorPassages(article);
		int from = paragraphStarts.get(1);
		int to = paragraphEnd(from);
		String paragraph = text.substring(from, to);
		String editedText = text.substring(0, to) + paragraph + text.substring(to);

		List<AnchorOutcome> outcomes = reanchorAfterEdit(article, editedText);

		// Both copies carry the quote and its context; the original is where the anchor was.
		assertOutcome(outcomes.get(0), AnchorStatus.ANCHORED, anchors.get(0).getStart(), anchors.get(0).getExact());
		assertOutcome(outcomes.get(1), AnchorStatus.ANCHORED, anchors.get(1).getStart(), anchors.get(1).getExact());
		assertOutcome(outcomes.get(2), AnchorStatus.RELOCATED, anchors.get(2).getStart() + paragraph.length(),
				anchors.get(2).getExact());
	}

	@ParameterizedTest
	@MethodSource("articles")
	void deletedPassageIsOrphanedNeverAttachedElsewhere(String article) throws IOException {
		anchorPassages(article);
		int from = paragraphStarts.get(1);
		String editedText = text.substring(0, from) + text.substring(paragraphEnd(from));

		List<AnchorOutcome> outcomes = reanchorAfterEdit(article, editedText);

		assertEquals(AnchorStatus.ORPHANED, outcomes.get(1).status());
		assertTrue(outcomes.get(1).candidates().size() <= 1, "not ambiguous: " + outcomes.get(1).reason());
		assertFalse(outcomes.get(1).reason().isEmpty());
	}
}

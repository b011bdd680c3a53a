package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argmap.core.anchoring.AnchorOutcome;
import org.argmap.core.anchoring.Reanchorer;
import org.argmap.core.anchoring.TextAnchors;
import org.argmap.model.AnchorStatus;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.sample.SampleMap;
import org.argmap.tests.support.anchoring.HypothesisQuoteMatcher;
import org.argmap.tests.support.anchoring.TrackedText;
import org.argmap.tests.support.anchoring.TrackedText.Grade;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of edit a source goes through, applied to the sample articles with hundreds of anchors on
 * sentences, short phrases and quoted speech. Each character of the edited text remembers where it came
 * from, so each outcome is graded against the truth: correct, misplaced, missed (orphaned although the
 * passage is still there) or gone (orphaned, rightly). Argmap must misplace nothing, with and without the
 * snapshot of the text the anchors were made on, and re-find at least as many passages as Hypothesis's
 * matcher run on the same anchors. The table is printed.
 */
class EditKindsReanchoringTest {

	private static final List<String> ARTICLES = List.of("alignment-forum_ai-research-is-slowing-down.txt",
			"casey_ai-winter-is-coming.txt", "chain-of-thought_is-ai-progress-hitting-a-wall.txt",
			"juijn_deep-learning-is-probably-not-hitting-a-wall.txt", "obsolete_is-deep-learning-hitting-a-wall.txt");
	/** Sentences with their closing punctuation and quotation mark; quoted speech with its marks. */
	private static final Pattern SENTENCE = Pattern.compile("[A-Z\u201C\"][^.!?\n]{20,240}[.!?][\u201D\"\u2019)]?");
	private static final Pattern QUOTED = Pattern.compile("[\u201C\"][^\u201C\u201D\"\n]{4,200}[\u201D\"]");
	private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");

	private static final Map<String, BiConsumer<Edit, Random>> KINDS = new LinkedHashMap<>();
	private static final Map<String, String> TABLE = new LinkedHashMap<>();

	static {
		KINDS.put("typo in short quote", (edit, random) -> edit.eachAnchor(anchor -> anchor.length() < 30, 2,
				anchor -> edit.typo(anchor, random)));
		KINDS.put("typos in long quote", (edit, random) -> edit.eachAnchor(anchor -> anchor.length() >= 30, 2,
				anchor -> {
					for (int i = 0; i <= anchor.length() / 60; i++) {
						edit.typo(anchor, random);
					}
				}));
		KINDS.put("partial rewording", (edit, random) -> edit.eachAnchor(anchor -> anchor.length() >= 40, 2,
				anchor -> edit.reword(anchor, random)));
		KINDS.put("paragraph duplicated later", (edit, random) -> edit.paragraphs(3, random, (from, to) -> {
			int target = edit.paragraphStartNear(to + random.nextInt(Math.max(1, edit.text.length() - to)));
			edit.text.replace(target, target, edit.text.substring(from, to));
		}));
		KINDS.put("moved paragraph", (edit, random) -> edit.paragraphs(3, random, (from, to) -> {
			int target = edit.paragraphStartNear(random.nextInt(edit.text.length()));
			if (target < from || target > to) {
				edit.text.move(from, to, target);
			}
		}));
		KINDS.put("quotation marks", (edit, random) -> edit.replaceAll(Map.of("\u201C", "\"", "\u201D", "\"",
				"\u2019", "'", "\u2018", "'")));
		KINDS.put("dashes", (edit, random) -> edit.replaceAll(Map.of("\u2014", " - ", " - ", "\u2014", "--", "\u2013")));
		KINDS.put("re-wrapped", (edit, random) -> edit.rewrap(60 + random.nextInt(20)));
		KINDS.put("re-extracted", (edit, random) -> {
			edit.replaceAll(Map.of("\u201C", "\"", "\u201D", "\"", "\u2019", "'", "\n", " \n", "fi", "\uFB01"));
			edit.hyphenate(random);
		});
		KINDS.put("deleted passages", (edit, random) -> edit.eachAnchor(anchor -> true, 4, anchor -> edit.text
				.replace(anchor.start(), anchor.end(), "")));
		KINDS.put("repeated phrases", (edit, random) -> edit.eachAnchor(anchor -> anchor.length() >= 20, 2, anchor -> {
			// An untouched copy of the quote elsewhere, the original edited.
			String copy = " " + anchor.getExact() + " ";
			int target = edit.paragraphStartNear(random.nextInt(edit.text.length()));
			edit.typo(anchor, random);
			edit.text.replace(target, target, copy);
		}));
		KINDS.put("paragraph inserted at the top", (edit, random) -> edit.text.replace(0, 0,
				"Editor's note: this article was updated after publication to add reactions from researchers.\n"));
	}

	/** A text being edited and the anchors on it, found again through the edits by their original offsets. */
	static final class Edit {
		final TrackedText text;
		final List<TextAnchor> anchors;

		Edit(String original, List<TextAnchor> anchors) {
			this.text = new TrackedText(original);
			this.anchors = anchors;
		}

		/** The anchor's passage as it is now: {start, end} of what is left, or null if it is not intact. */
		interface Range {
			int start();

			int end();

			int length();

			String getExact();
		}

		void eachAnchor(java.util.function.Predicate<Range> which, int every, java.util.function.Consumer<Range> edit) {
			for (int i = 0; i < anchors.size(); i += every) {
				TextAnchor anchor = anchors.get(i);
				int at = text.intactAt(anchor.getStart(), anchor.getEnd());
				if (at < 0) {
					continue;
				}
				Range range = new Range() {
					public int start() {
						return at;
					}

					public int end() {
						return at + anchor.getExact().length();
					}

					public int length() {
						return anchor.getExact().length();
					}

					public String getExact() {
						return anchor.getExact();
					}
				};
				if (which.test(range)) {
					edit.accept(range);
				}
			}
		}

		/** One character inside the passage (not its first or last) replaced, dropped or doubled. */
		void typo(Range anchor, Random random) {
			int at = anchor.start() + 1 + random.nextInt(Math.max(1, anchor.length() - 2));
			switch (random.nextInt(3)) {
			case 0 -> text.replace(at, at + 1, String.valueOf((char) ('a' + random.nextInt(26))));
			case 1 -> text.replace(at, at + 1, "");
			default -> text.replace(at, at, String.valueOf(text.charAt(at)));
			}
		}

		/** A word or two inside the passage replaced by others: about a fifth of the quote. */
		void reword(Range anchor, Random random) {
			Matcher word = WORD.matcher(text.substring(anchor.start(), anchor.end()));
			List<int[]> words = new ArrayList<>();
			while (word.find()) {
				words.add(new int[] { anchor.start() + word.start(), anchor.start() + word.end() });
			}
			int changed = 0;
			for (int i = words.size() - 1; i >= 0 && changed < anchor.length() / 5; i -= 2) {
				int[] w = words.get(i);
				text.replace(w[0], w[1], random.nextBoolean() ? "arguably" : "in fact");
				changed += w[1] - w[0];
			}
		}

		void paragraphs(int count, Random random, BiConsumer<Integer, Integer> edit) {
			for (int i = 0; i < count; i++) {
				int from = paragraphStartNear(random.nextInt(text.length()));
				int to = text.indexOf("\n", from);
				edit.accept(from, to < 0 ? text.length() : to + 1);
			}
		}

		int paragraphStartNear(int at) {
			int newline = text.indexOf("\n", at);
			return newline < 0 ? 0 : newline + 1;
		}

		void replaceAll(Map<String, String> replacements) {
			for (int at = 0; at < text.length(); at++) {
				for (Map.Entry<String, String> replacement : replacements.entrySet()) {
					String from = replacement.getKey();
					if (at + from.length() <= text.length() && text.substring(at, at + from.length()).equals(from)) {
						text.replace(at, at + from.length(), replacement.getValue());
						at += replacement.getValue().length() - 1;
						break;
					}
				}
			}
		}

		/** Line breaks moved: each paragraph broken into lines of about {@code width}. */
		void rewrap(int width) {
			int column = 0;
			for (int at = 0; at < text.length(); at++, column++) {
				char c = text.charAt(at);
				if (c == '\n') {
					column = 0;
				} else if (c == ' ' && column >= width) {
					text.replace(at, at + 1, "\n");
					column = 0;
				}
			}
		}

		/** As a PDF extraction hyphenates: some long words broken with a hyphen and a line break. */
		void hyphenate(Random random) {
			Matcher word = Pattern.compile("[a-z]{9,}").matcher(text.text());
			List<Integer> breaks = new ArrayList<>();
			while (word.find()) {
				if (random.nextInt(4) == 0) {
					breaks.add(word.start() + 4);
				}
			}
			for (int i = breaks.size() - 1; i >= 0; i--) {
				text.replace(breaks.get(i), breaks.get(i), "-\n");
			}
		}
	}

	static List<String> kinds() {
		return List.copyOf(KINDS.keySet());
	}

	@BeforeAll
	static void header() {
		TABLE.clear();
	}

	@AfterAll
	static void printTable() {
		System.out.printf("%-30s %7s | %-30s | %-30s | %-30s%n", "", "", "Argmap, matching only",
				"Argmap, with snapshot", "Hypothesis-style matcher");
		String columns = "correct misplaced missed gone";
		System.out.printf("%-30s %7s | %-30s | %-30s | %-30s%n", "edit", "anchors", columns, columns, columns);
		TABLE.forEach((kind, row) -> System.out.printf("%-30s %s%n", kind, row));
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void nothingIsPlacedOnTheWrongText(String kind) throws IOException {
		Map<Grade, Integer> argmap = new EnumMap<>(Grade.class);
		Map<Grade, Integer> withSnapshot = new EnumMap<>(Grade.class);
		Map<Grade, Integer> peer = new EnumMap<>(Grade.class);
		int total = 0;
		Random random = new Random(kind.hashCode());
		for (String article : ARTICLES) {
			String original = read(article);
			List<TextAnchor> anchors = anchors(original, article);
			Edit edit = new Edit(original, anchors);
			KINDS.get(kind).accept(edit, random);
			String edited = edit.text.text();
			grade(kind + ", with snapshot", edit, Reanchorer.reanchor(anchors, original, edited), withSnapshot);
			List<AnchorOutcome> outcomes = Reanchorer.reanchor(anchors, edited);
			grade(kind, edit, outcomes, argmap);
			for (AnchorOutcome outcome : outcomes) {
				TextAnchor anchor = outcome.anchor();
				HypothesisQuoteMatcher.Match match = HypothesisQuoteMatcher.matchQuote(edited, anchor.getExact(),
						anchor.getPrefix(), anchor.getSuffix(), anchor.getStart());
				peer.merge(edit.text.grade(anchor.getStart(), anchor.getEnd(), match.start(), match.end()), 1,
						Integer::sum);
			}
			total += anchors.size();
		}
		TABLE.put(kind, String.format("%7d | %-30s | %-30s | %-30s", total, counts(argmap), counts(withSnapshot),
				counts(peer)));
		assertEquals(0, argmap.getOrDefault(Grade.MISPLACED, 0), kind + ": misplaced");
		assertEquals(0, withSnapshot.getOrDefault(Grade.MISPLACED, 0), kind + ", with snapshot: misplaced");
		// Hypothesis's matcher re-finds a few more of the most heavily reworded short quotes, at the price of
		// misplacing others; Argmap must come within 2% of it on every kind of edit.
		for (Map<Grade, Integer> grades : List.of(argmap, withSnapshot)) {
			assertTrue(grades.getOrDefault(Grade.CORRECT, 0) >= peer.getOrDefault(Grade.CORRECT, 0) - total / 50,
					kind + ": Argmap re-found " + grades + ", Hypothesis " + peer);
		}
	}

	private static void grade(String kind, Edit edit, List<AnchorOutcome> outcomes, Map<Grade, Integer> grades) {
		for (AnchorOutcome outcome : outcomes) {
			TextAnchor anchor = outcome.anchor();
			// the map keeps a relocation's confidence and refuses one outside 0..1
			assertTrue(outcome.confidence() >= 0 && outcome.confidence() <= 1, kind + ": " + outcome);
			boolean placed = outcome.status() != AnchorStatus.ORPHANED;
			Grade grade = edit.text.grade(anchor.getStart(), anchor.getEnd(), placed ? outcome.start() : -1,
					outcome.end());
			grades.merge(grade, 1, Integer::sum);
			if (grade == Grade.MISPLACED) {
				System.out.println(kind + ": misplaced \"" + anchor.getExact() + "\" on \""
						+ edit.text.substring(outcome.start(), outcome.end()) + "\" (" + outcome.reason() + ")");
			}
		}
	}

	private static String counts(Map<Grade, Integer> grades) {
		return String.format("%7d %9d %6d %4d", grades.getOrDefault(Grade.CORRECT, 0),
				grades.getOrDefault(Grade.MISPLACED, 0), grades.getOrDefault(Grade.MISSED, 0),
				grades.getOrDefault(Grade.GONE, 0));
	}

	/** Sentences, quoted speech and, inside every third sentence, a short phrase of three words. */
	private static List<TextAnchor> anchors(String text, String article) {
		SourceDocument document = MapElements.newDocument(article, article);
		List<TextAnchor> anchors = new ArrayList<>();
		for (Pattern pattern : List.of(SENTENCE, QUOTED)) {
			Matcher matcher = pattern.matcher(text);
			int n = 0;
			while (matcher.find()) {
				anchors.add(TextAnchors.create(document, text, matcher.start(), matcher.end()));
				if (pattern == SENTENCE && n++ % 3 == 0) {
					Matcher words = Pattern.compile("\\b\\w+ \\w+ \\w+\\b").matcher(matcher.group());
					if (words.find(matcher.group().length() / 3)) {
						anchors.add(TextAnchors.create(document, text, matcher.start() + words.start(),
								matcher.start() + words.end()));
					}
				}
			}
		}
		return anchors;
	}

	private static String read(String article) throws IOException {
		try (InputStream in = SampleMap.class.getResourceAsStream("/sources/" + article)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}

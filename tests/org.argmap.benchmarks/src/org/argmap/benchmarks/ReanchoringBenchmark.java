package org.argmap.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.argmap.core.anchoring.AnchorOutcome;
import org.argmap.core.anchoring.Reanchorer;
import org.argmap.core.anchoring.TextAnchors;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.persistence.MapStore;
import org.argmap.sample.SampleMap;
import org.argmap.tests.support.anchoring.HypothesisQuoteMatcher;
import org.argmap.tests.support.anchoring.TrackedText;
import org.argmap.tests.support.anchoring.TrackedText.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 MB document with 10,000 anchors, then random edits touching about 1% of the text plus a few paragraph
 * moves; once on prose whose sentences are all different, once on prose that repeats sentences and whole
 * passages (replies quoting a post, a summary repeating a point). Every character of the edited text
 * remembers where it came from, so each outcome is graded: intact quotes must land on exactly their new
 * offsets, and nothing may land on text that did not come from the anchored passage. A port of Hypothesis's
 * matcher runs on the same anchors. Targets: all anchors in <= 0.5 s, nothing misplaced, at least as many
 * edited quotes re-found as Hypothesis.
 */
class ReanchoringBenchmark {

	private static final String NAME = "reanchoring";
	private static final int TEXT_LENGTH = 1_000_000;
	private static final int ANCHORS = 10_000;
	private static final int SMALL_EDITS = 400; // ~25 characters each: about 1% of the text
	private static final int PARAGRAPH_MOVES = 5;
	private static final int RUNS = 5;
	private static final String[] SYLLABLES = { "ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "pe", "da", "gro",
			"bel", "tin", "sor", "qua", "fe", "lu", "zan", "dri", "mo" };

	private final Random random = new Random(11);

	@Test
	void reanchorTenThousandAnchorsAfterEdits() throws Exception {
		run("prose", document(0));
	}

	@Test
	void reanchorTenThousandAnchorsInRepetitiveTextAfterEdits() throws Exception {
		run("repeated phrases", document(3));
	}

	private void run(String kind, String original) throws Exception {
		SourceDocument document = MapElements.newDocument("synthetic", "synthetic.txt");
		List<TextAnchor> anchors = new ArrayList<>(ANCHORS);
		for (int i = 0; i < ANCHORS; i++) {
			int quoteLength = 20 + random.nextInt(180);
			int start = random.nextInt(original.length() - quoteLength);
			anchors.add(TextAnchors.create(document, original, start, start + quoteLength));
		}
		TrackedText text = edit(original);
		String edited = text.text();
		Figures.print(NAME, kind + ": document", String.format("%,d characters, %,d anchors, %d edits + %d paragraph moves",
				original.length(), ANCHORS, SMALL_EDITS, PARAGRAPH_MOVES));

		List<List<AnchorOutcome>> last = new ArrayList<>(1);
		double[] millis = Figures.time(RUNS, () -> {
			last.clear();
			last.add(Reanchorer.reanchor(anchors, edited));
		});
		Figures.print(NAME, kind + ": re-anchor all", Figures.ms(millis));

		int intact = 0, intactExact = 0, touched = 0, argmapRefound = 0, peerRefound = 0, argmapWrong = 0, peerWrong = 0;
		for (AnchorOutcome outcome : last.get(0)) {
			TextAnchor anchor = outcome.anchor();
			boolean placed = outcome.status() != AnchorStatus.ORPHANED;
			Grade grade = text.grade(anchor.getStart(), anchor.getEnd(), placed ? outcome.start() : -1, outcome.end());
			HypothesisQuoteMatcher.Match match = HypothesisQuoteMatcher.matchQuote(edited, anchor.getExact(),
					anchor.getPrefix(), anchor.getSuffix(), anchor.getStart());
			Grade peerGrade = text.grade(anchor.getStart(), anchor.getEnd(), match.start(), match.end());
			if (grade == Grade.MISPLACED) {
				System.out.printf("misplaced %d-%d -> %d-%d (%s): %s -> %s%n", anchor.getStart(), anchor.getEnd(),
						outcome.start(), outcome.end(), outcome.reason(), anchor.getExact(), outcome.exact());
			}
			argmapWrong += grade == Grade.MISPLACED ? 1 : 0;
			peerWrong += peerGrade == Grade.MISPLACED ? 1 : 0;
			int expected = text.intactAt(anchor.getStart(), anchor.getEnd());
			if (expected >= 0) {
				intact++;
				if (placed && outcome.start() == expected && outcome.end() == expected + anchor.getExact().length()) {
					intactExact++;
				}
			} else if (grade != Grade.GONE || peerGrade != Grade.GONE) {
				touched++;
				argmapRefound += grade == Grade.CORRECT ? 1 : 0;
				peerRefound += peerGrade == Grade.CORRECT ? 1 : 0;
			}
		}
		Figures.print(NAME, kind + ": quotes intact, exact offsets", String.format("%,d of %,d (%.2f%%)", intactExact,
				intact, 100.0 * intactExact / intact));
		Figures.print(NAME, kind + ": quotes edited, re-found", String.format(
				"Argmap %,d, Hypothesis-style %,d of %,d; ratio %.1fx", argmapRefound, peerRefound, touched,
				(double) argmapRefound / Math.max(1, peerRefound)));
		Figures.print(NAME, kind + ": misplaced", String.format("Argmap %d, Hypothesis-style %d", argmapWrong, peerWrong));

		double[] withSnapshot = Figures.time(3, () -> {
			last.clear();
			last.add(Reanchorer.reanchor(anchors, original, edited));
		});
		int snapshotRefound = 0, snapshotWrong = 0, snapshotExact = 0;
		for (AnchorOutcome outcome : last.get(0)) {
			TextAnchor anchor = outcome.anchor();
			boolean placed = outcome.status() != AnchorStatus.ORPHANED;
			Grade grade = text.grade(anchor.getStart(), anchor.getEnd(), placed ? outcome.start() : -1, outcome.end());
			int expected = text.intactAt(anchor.getStart(), anchor.getEnd());
			snapshotWrong += grade == Grade.MISPLACED ? 1 : 0;
			snapshotExact += expected >= 0 && placed && outcome.start() == expected ? 1 : 0;
			snapshotRefound += expected < 0 && grade == Grade.CORRECT ? 1 : 0;
		}
		Figures.print(NAME, kind + ": with snapshot", String.format(
				"%s; intact exact %,d, edited re-found %,d (ratio %.1fx), misplaced %d", Figures.ms(withSnapshot),
				snapshotExact, snapshotRefound, (double) snapshotRefound / Math.max(1, peerRefound), snapshotWrong));
	}

	/** What keeping the snapshots costs in the sample map's file. */
	@Test
	void snapshotSizeInTheSampleMap(@TempDir Path folder) throws Exception {
		Path file = SampleMap.write(folder);
		long with = Files.size(file);
		ArgumentMap map = MapStore.load(file);
		long text = map.getDocuments().stream().mapToLong(document -> document.getSnapshot().length()).sum();
		map.getDocuments().forEach(document -> document.setSnapshot(null));
		MapStore.save(map.eResource(), file);
		long without = Files.size(file);
		Figures.print(NAME, "sample map snapshots", String.format(
				"%,d bytes with, %,d without (+%,d for %,d characters of text in %d documents)", with, without,
				with - without, text, map.getDocuments().size()));
	}

	/**
	 * Text that reads like prose: invented words from syllables, sentences, paragraphs as lines. With
	 * {@code repeats} > 0, about one sentence in eight is a stock sentence from a small pool, and every 50 KB
	 * {@code repeats} earlier passages of a few sentences are quoted again.
	 */
	private String document(int repeats) {
		List<String> stock = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			stock.add(sentence());
		}
		StringBuilder words = new StringBuilder(TEXT_LENGTH + 2000);
		int nextQuote = 50_000;
		while (words.length() < TEXT_LENGTH) {
			if (repeats > 0 && words.length() >= nextQuote) {
				nextQuote += 50_000;
				for (int i = 0; i < repeats; i++) {
					int from = random.nextInt(words.length() - 1000);
					from = words.indexOf(" ", from) + 1;
					int to = words.indexOf(". ", from + 100 + random.nextInt(400)) + 2;
					words.append(words, from, to);
				}
			}
			words.append(repeats > 0 && random.nextInt(8) == 0 ? stock.get(random.nextInt(stock.size())) : sentence());
			words.append(random.nextInt(100) < 3 ? "\n" : " ");
		}
		words.setLength(TEXT_LENGTH);
		return words.toString();
	}

	private String sentence() {
		StringBuilder sentence = new StringBuilder();
		int words = 3 + random.nextInt(20);
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				sentence.append(' ');
			}
			int syllableCount = 1 + random.nextInt(3);
			for (int s = 0; s < syllableCount; s++) {
				sentence.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
			}
		}
		return sentence.append('.').toString();
	}

	private TrackedText edit(String original) {
		TrackedText text = new TrackedText(original);
		for (int i = 0; i < SMALL_EDITS; i++) {
			int at = random.nextInt(text.length() - 50);
			int removed = random.nextInt(30);
			text.replace(at, at + removed, "edit" + random.nextInt(100_000));
		}
		for (int i = 0; i < PARAGRAPH_MOVES; i++) {
			int start = text.indexOf("\n", random.nextInt(text.length() / 2)) + 1;
			int end = text.indexOf("\n", start) + 1;
			int target = text.indexOf("\n", text.length() / 2 + random.nextInt(text.length() / 2 - 10)) + 1;
			text.move(start, end, target);
		}
		return text;
	}
}

package org.argmap.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.argmap.core.anchoring.AnchorOutcome;
import org.argmap.core.anchoring.Reanchorer;
import org.argmap.core.anchoring.TextAnchors;
import org.argmap.model.AnchorStatus;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.junit.jupiter.api.Test;

/**
 * A 1 MB document with 10,000 anchors, then random edits touching about 1% of the text plus a few paragraph
 * moves. Every character of the edited text remembers where it came from, so each outcome is checked:
 * intact quotes must land on exactly their new offsets, nothing may land on text that did not come from the
 * anchored passage. Targets: all anchors in <= 1 s, 100% of intact quotes exact, zero wrong attachments.
 */
class ReanchoringBenchmark {

	private static final String NAME = "reanchoring";
	private static final int TEXT_LENGTH = 1_000_000;
	private static final int ANCHORS = 10_000;
	private static final int SMALL_EDITS = 400; // ~25 characters each: about 1% of the text
	private static final int PARAGRAPH_MOVES = 5;
	private static final int RUNS = 5;

	private final Random random = new Random(11);
	private StringBuilder text;
	/** For each character of {@link #text}: its offset in the original text, or -1 where it was typed in. */
	private int[] origin;
	private int length;

	@Test
	void reanchorTenThousandAnchorsAfterEdits() throws Exception {
		String original = document();
		SourceDocument document = MapElements.newDocument("synthetic", "synthetic.txt");
		List<TextAnchor> anchors = new ArrayList<>(ANCHORS);
		for (int i = 0; i < ANCHORS; i++) {
			int quoteLength = 20 + random.nextInt(180);
			int start = random.nextInt(original.length() - quoteLength);
			anchors.add(TextAnchors.create(document, original, start, start + quoteLength));
		}
		String edited = edit(original);
		Figures.print(NAME, "document", String.format("%,d characters, %,d anchors, %d edits + %d paragraph moves",
				original.length(), ANCHORS, SMALL_EDITS, PARAGRAPH_MOVES));

		List<List<AnchorOutcome>> last = new ArrayList<>(1);
		double[] millis = Figures.time(RUNS, () -> {
			last.clear();
			last.add(Reanchorer.reanchor(anchors, edited));
		});
		Figures.print(NAME, "re-anchor all", Figures.ms(millis));
		report(last.get(0));
	}

	private void report(List<AnchorOutcome> outcomes) {
		int[] newPositionOf = new int[TEXT_LENGTH + 1];
		Arrays.fill(newPositionOf, -1);
		for (int i = 0; i < length; i++) {
			if (origin[i] >= 0) {
				newPositionOf[origin[i]] = i;
			}
		}
		int intact = 0, intactExact = 0, intactOrphaned = 0, intactWrong = 0;
		int touched = 0, touchedRelocated = 0, touchedOrphaned = 0, wrong = 0;
		for (AnchorOutcome outcome : outcomes) {
			TextAnchor anchor = outcome.anchor();
			int expected = intactAt(anchor, newPositionOf);
			boolean placed = outcome.status() != AnchorStatus.ORPHANED;
			boolean fromPassage = placed && overlapWithPassage(outcome, anchor) >= 0.5;
			if (placed && !fromPassage) {
				wrong++;
			}
			if (expected >= 0) {
				intact++;
				if (placed && outcome.start() == expected && outcome.end() == expected + anchor.getExact().length()) {
					intactExact++;
				} else if (!placed) {
					intactOrphaned++;
				} else {
					intactWrong++;
				}
			} else {
				touched++;
				if (fromPassage) {
					touchedRelocated++;
				} else if (!placed) {
					touchedOrphaned++;
				}
			}
		}
		Figures.print(NAME, "quotes intact: exact offsets", String.format("%,d of %,d (%.2f%%); orphaned %d, elsewhere %d",
				intactExact, intact, 100.0 * intactExact / intact, intactOrphaned, intactWrong));
		Figures.print(NAME, "quotes edited: placed / orphaned", String.format("%,d relocated onto the edited passage, %,d orphaned, of %,d",
				touchedRelocated, touchedOrphaned, touched));
		Figures.print(NAME, "attached to wrong text", String.valueOf(wrong));
	}

	/** The new start of the anchor's passage if every one of its characters survived, in order; else -1. */
	private int intactAt(TextAnchor anchor, int[] newPositionOf) {
		int start = newPositionOf[anchor.getStart()];
		if (start < 0) {
			return -1;
		}
		for (int k = 0; k < anchor.getExact().length(); k++) {
			if (start + k >= length || origin[start + k] != anchor.getStart() + k) {
				return -1;
			}
		}
		return start;
	}

	/** Share of the placed range whose characters come from the anchor's original passage. */
	private double overlapWithPassage(AnchorOutcome outcome, TextAnchor anchor) {
		int fromPassage = 0;
		for (int i = outcome.start(); i < outcome.end(); i++) {
			if (origin[i] >= anchor.getStart() && origin[i] < anchor.getEnd()) {
				fromPassage++;
			}
		}
		return (double) fromPassage / Math.max(1, outcome.end() - outcome.start());
	}

	/** Text that reads like prose: invented words from syllables, sentences, paragraphs as lines. */
	private String document() {
		String[] syllables = { "ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "pe", "da", "gro", "bel", "tin", "sor",
				"qua", "fe", "lu", "zan", "dri", "mo" };
		StringBuilder words = new StringBuilder(TEXT_LENGTH + 200);
		while (words.length() < TEXT_LENGTH) {
			int syllableCount = 1 + random.nextInt(3);
			for (int s = 0; s < syllableCount; s++) {
				words.append(syllables[random.nextInt(syllables.length)]);
			}
			int end = random.nextInt(100);
			words.append(end < 3 ? ".\n" : end < 12 ? ". " : " ");
		}
		words.setLength(TEXT_LENGTH);
		return words.toString();
	}

	private String edit(String original) {
		text = new StringBuilder(original);
		origin = new int[original.length() * 2];
		length = original.length();
		for (int i = 0; i < length; i++) {
			origin[i] = i;
		}
		for (int i = 0; i < SMALL_EDITS; i++) {
			int at = random.nextInt(length - 50);
			int removed = random.nextInt(30);
			String typed = "edit" + random.nextInt(100_000);
			replace(at, at + removed, typed, null);
		}
		for (int i = 0; i < PARAGRAPH_MOVES; i++) {
			int start = text.indexOf("\n", random.nextInt(length / 2)) + 1;
			int end = text.indexOf("\n", start) + 1;
			String paragraph = text.substring(start, end);
			int[] paragraphOrigin = Arrays.copyOfRange(origin, start, end);
			replace(start, end, "", null);
			int target = text.indexOf("\n", length / 2 + random.nextInt(length / 2 - 10)) + 1;
			replace(target, target, paragraph, paragraphOrigin);
		}
		return text.toString();
	}

	/** Replaces {@code text[from, to)}; inserted characters get {@code insertedOrigin} or -1 (typed). */
	private void replace(int from, int to, String inserted, int[] insertedOrigin) {
		int delta = inserted.length() - (to - from);
		if (length + delta > origin.length) {
			origin = Arrays.copyOf(origin, (length + delta) * 2);
		}
		System.arraycopy(origin, to, origin, to + delta, length - to);
		for (int i = 0; i < inserted.length(); i++) {
			origin[from + i] = insertedOrigin == null ? -1 : insertedOrigin[i];
		}
		text.replace(from, to, inserted);
		length += delta;
	}
}

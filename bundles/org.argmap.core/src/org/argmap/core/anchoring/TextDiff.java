package org.argmap.core.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * Where each character of an old text went in a new one, by a diff (java-diff-utils, Myers): first of the
 * lines, then of the words, spaces and punctuation inside each changed stretch of lines. A line deleted in one
 * place and inserted unchanged in another counts as moved. A word replaced by one that differs only by a
 * typo, a typographic variant or another white space keeps its characters' places. Characters of the old text that
 * were deleted or rewritten have no place.
 */
final class TextDiff {

	/** A line shorter than this is too common ("\n", a heading) to follow when it moves. */
	private static final int MOVED_LINE = 20;

	private final int[] newOffset;
	/** For each character of the new text, where it was in the old text, or -1 where it is new. */
	private final int[] oldOffset;
	/** Characters of the old text on lines that moved. */
	private final BitSet moved = new BitSet();

	TextDiff(String old, String now) {
		newOffset = new int[old.length()];
		Arrays.fill(newOffset, -1);
		oldOffset = new int[now.length()];
		Arrays.fill(oldOffset, -1);
		List<int[]> oldLines = lines(old);
		List<int[]> newLines = lines(now);
		List<String> oldTexts = oldLines.stream().map(line -> old.substring(line[0], line[1])).toList();
		List<String> newTexts = newLines.stream().map(line -> now.substring(line[0], line[1])).toList();
		List<AbstractDelta<String>> deltas = DiffUtils.diff(oldTexts, newTexts).getDeltas();

		// Lines deleted in one place and inserted in another, each only once: moved.
		Map<String, List<Integer>> removed = new HashMap<>();
		Map<String, List<Integer>> added = new HashMap<>();
		for (AbstractDelta<String> delta : deltas) {
			for (int i = 0; i < delta.getSource().size(); i++) {
				removed.computeIfAbsent(delta.getSource().getLines().get(i), line -> new ArrayList<>())
						.add(delta.getSource().getPosition() + i);
			}
			for (int i = 0; i < delta.getTarget().size(); i++) {
				added.computeIfAbsent(delta.getTarget().getLines().get(i), line -> new ArrayList<>())
						.add(delta.getTarget().getPosition() + i);
			}
		}
		BitSet movedOld = new BitSet();
		BitSet movedNew = new BitSet();
		removed.forEach((line, at) -> {
			List<Integer> to = added.get(line);
			if (line.length() >= MOVED_LINE && at.size() == 1 && to != null && to.size() == 1) {
				map(oldLines.get(at.get(0))[0], newLines.get(to.get(0))[0], line.length());
				moved.set(oldLines.get(at.get(0))[0], oldLines.get(at.get(0))[1]);
				movedOld.set(at.get(0));
				movedNew.set(to.get(0));
			}
		});

		int i = 0;
		int j = 0;
		for (AbstractDelta<String> delta : deltas) {
			for (; i < delta.getSource().getPosition(); i++, j++) {
				map(oldLines.get(i)[0], newLines.get(j)[0], oldTexts.get(i).length());
			}
			int oldEnd = i + delta.getSource().size();
			int newEnd = j + delta.getTarget().size();
			if (delta.getType() == DeltaType.CHANGE && oldEnd - i == newEnd - j) {
				// As many lines as before: each was edited in place. Pairing them keeps a passage from being
				// matched with a copy of it typed into a neighbouring paragraph.
				for (int k = 0; k < oldEnd - i; k++) {
					mapWords(old, stretch(oldLines, i + k, i + k + 1, movedOld), now,
							stretch(newLines, j + k, j + k + 1, movedNew));
				}
			} else if (delta.getType() == DeltaType.CHANGE) {
				mapWords(old, stretch(oldLines, i, oldEnd, movedOld), now, stretch(newLines, j, newEnd, movedNew));
			}
			i = oldEnd;
			j = newEnd;
		}
		for (; i < oldLines.size(); i++, j++) {
			map(oldLines.get(i)[0], newLines.get(j)[0], oldTexts.get(i).length());
		}
	}

	/** Where the character at {@code offset} of the old text is in the new one, or -1. */
	int newOffset(int offset) {
		return offset >= 0 && offset < newOffset.length ? newOffset[offset] : -1;
	}

	/** Whether the character at {@code offset} of the old text is on a line that moved. */
	boolean moved(int offset) {
		return moved.get(offset);
	}

	/** Where the character at {@code offset} of the new text was in the old text, or -1 where it is new. */
	int oldOffset(int offset) {
		return oldOffset[offset];
	}

	private void map(int oldStart, int newStart, int length) {
		for (int k = 0; k < length; k++) {
			newOffset[oldStart + k] = newStart + k;
			oldOffset[newStart + k] = oldStart + k;
		}
	}

	/** Lines as {start, end} with their line break. */
	private static List<int[]> lines(String text) {
		List<int[]> lines = new ArrayList<>();
		int start = 0;
		for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
			lines.add(new int[] { start, at + 1 });
			start = at + 1;
		}
		if (start < text.length()) {
			lines.add(new int[] { start, text.length() });
		}
		return lines;
	}

	/** The offsets of the characters of lines {@code [from, to)} that did not move, in order. */
	private static int[] stretch(List<int[]> lines, int from, int to, BitSet moved) {
		int length = 0;
		for (int line = from; line < to; line++) {
			length += moved.get(line) ? 0 : lines.get(line)[1] - lines.get(line)[0];
		}
		int[] offsets = new int[length];
		int k = 0;
		for (int line = from; line < to; line++) {
			for (int at = lines.get(line)[0]; !moved.get(line) && at < lines.get(line)[1]; at++) {
				offsets[k++] = at;
			}
		}
		return offsets;
	}

	private void mapWords(String old, int[] oldOffsets, String now, int[] newOffsets) {
		List<int[]> oldWords = words(old, oldOffsets);
		List<int[]> newWords = words(now, newOffsets);
		List<String> oldTexts = oldWords.stream().map(word -> text(old, oldOffsets, word)).toList();
		List<String> newTexts = newWords.stream().map(word -> text(now, newOffsets, word)).toList();
		int i = 0;
		int j = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(oldTexts, newTexts).getDeltas()) {
			for (; i < delta.getSource().getPosition(); i++, j++) {
				mapWord(oldOffsets, oldWords.get(i), newOffsets, newWords.get(j));
			}
			int oldEnd = i + delta.getSource().size();
			int newEnd = j + delta.getTarget().size();
			// Word for word replacements by nearly the same word: a typo, a swapped quotation mark or line break.
			if (delta.getType() == DeltaType.CHANGE && oldEnd - i == newEnd - j) {
				for (int k = 0; k < oldEnd - i; k++) {
					if (typo(oldTexts.get(i + k), newTexts.get(j + k))) {
						mapWord(oldOffsets, oldWords.get(i + k), newOffsets, newWords.get(j + k));
					}
				}
			}
			i = oldEnd;
			j = newEnd;
		}
		for (; i < oldWords.size(); i++, j++) {
			mapWord(oldOffsets, oldWords.get(i), newOffsets, newWords.get(j));
		}
	}

	/** Same length, and at most one character in four differs (typographic variants and white space do not). */
	private static boolean typo(String old, String now) {
		if (old.length() != now.length()) {
			return false;
		}
		int differ = 0;
		for (int k = 0; k < old.length(); k++) {
			char a = old.charAt(k);
			char b = now.charAt(k);
			differ += Similarity.same(a, b) || Character.isWhitespace(a) && Character.isWhitespace(b) ? 0 : 1;
		}
		return differ <= Math.max(1, old.length() / 4);
	}

	private void mapWord(int[] oldOffsets, int[] oldWord, int[] newOffsets, int[] newWord) {
		for (int k = 0; k < oldWord[1] - oldWord[0]; k++) {
			newOffset[oldOffsets[oldWord[0] + k]] = newOffsets[newWord[0] + k];
			oldOffset[newOffsets[newWord[0] + k]] = oldOffsets[oldWord[0] + k];
		}
	}

	/** Runs of letters or digits, runs of white space, and single other characters, as {from, to} in offsets. */
	private static List<int[]> words(String text, int[] offsets) {
		List<int[]> words = new ArrayList<>();
		int k = 0;
		while (k < offsets.length) {
			int kind = kind(text.charAt(offsets[k]));
			int end = k + 1;
			while (kind != 0 && end < offsets.length && kind(text.charAt(offsets[end])) == kind
					&& offsets[end] == offsets[end - 1] + 1) {
				end++;
			}
			words.add(new int[] { k, end });
			k = end;
		}
		return words;
	}

	private static int kind(char c) {
		return Character.isLetterOrDigit(c) ? 1 : Character.isWhitespace(c) ? 2 : 0;
	}

	private static String text(String text, int[] offsets, int[] word) {
		return text.substring(offsets[word[0]], offsets[word[1] - 1] + 1);
	}
}

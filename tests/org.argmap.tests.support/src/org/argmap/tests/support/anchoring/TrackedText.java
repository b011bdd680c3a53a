package org.argmap.tests.support.anchoring;

import java.util.Arrays;

/**
 * A text being edited that remembers, for each character, its offset in the original text (-1 where it was
 * typed in or copied): the ground truth of where an anchored passage went, whatever the edits did to it.
 */
public final class TrackedText {

	private final StringBuilder text;
	private int[] origin;
	/** For each original offset its offset now, or -1 where it was deleted; built when first needed. */
	private int[] now;
	private final int originalLength;

	public TrackedText(String original) {
		text = new StringBuilder(original);
		originalLength = original.length();
		origin = new int[Math.max(16, original.length() * 2)];
		for (int i = 0; i < original.length(); i++) {
			origin[i] = i;
		}
	}

	public int length() {
		return text.length();
	}

	public String text() {
		return text.toString();
	}

	public char charAt(int at) {
		return text.charAt(at);
	}

	public int indexOf(String s, int from) {
		return text.indexOf(s, from);
	}

	public String substring(int from, int to) {
		return text.substring(from, to);
	}

	/** Replaces {@code [from, to)} with new text (its characters have no origin in the original text). */
	public void replace(int from, int to, String inserted) {
		replace(from, to, inserted, null);
	}

	/** Moves {@code [from, to)} so that it starts at {@code target} of the text as it is now, origins kept. */
	public void move(int from, int to, int target) {
		String moved = text.substring(from, to);
		int[] movedOrigin = Arrays.copyOfRange(origin, from, to);
		replace(from, to, "", null); //$NON-NLS-1$
		int at = target > to ? target - moved.length() : target;
		replace(at, at, moved, movedOrigin);
	}

	private void replace(int from, int to, String inserted, int[] insertedOrigin) {
		now = null;
		int length = text.length();
		int delta = inserted.length() - (to - from);
		if (length + delta > origin.length) {
			origin = Arrays.copyOf(origin, (length + delta) * 2);
		}
		// Typed characters that replace others remember the first one they replace, as -2 - its origin.
		int replaced = to > from && origin[from] >= 0 ? -2 - origin[from] : -1;
		System.arraycopy(origin, to, origin, to + delta, length - to);
		for (int i = 0; i < inserted.length(); i++) {
			origin[from + i] = insertedOrigin == null ? replaced : insertedOrigin[i];
		}
		text.replace(from, to, inserted);
	}

	/** What became of the original passage {@code [start, end)}. */
	public enum Grade {
		/** placed on (most of) what is left of the passage */
		CORRECT,
		/** placed on text that is not what is left of the passage */
		MISPLACED,
		/** not placed although some of the passage is left */
		MISSED,
		/** not placed, and rightly: none of the passage is left */
		GONE
	}

	/**
	 * Grades a re-anchoring outcome: {@code placedStart} is -1 when the anchor was orphaned. What is left of the
	 * passage is its surviving characters, what was typed in place of some of them, and what was typed in
	 * between them. A placed range is correct
	 * when less than half of it is other text and it covers at least half of the passage's surviving
	 * characters; anything else placed is misplaced.
	 */
	public Grade grade(int start, int end, int placedStart, int placedEnd) {
		int left = 0;
		int covered = 0;
		int first = Integer.MAX_VALUE;
		int last = -1;
		for (int k = start; k < end; k++) {
			int at = now()[k];
			if (at >= 0) {
				left++;
				first = Math.min(first, at);
				last = Math.max(last, at);
				if (at >= placedStart && at < placedEnd) {
					covered++;
				}
			}
		}
		if (placedStart < 0) {
			return left == 0 ? Grade.GONE : Grade.MISSED;
		}
		int other = 0;
		for (int i = placedStart; i < placedEnd; i++) {
			boolean replacing = origin[i] <= -2 && -2 - origin[i] >= start && -2 - origin[i] < end;
			boolean passage = origin[i] >= start && origin[i] < end || replacing || origin[i] == -1 && i > first && i < last;
			other += passage ? 0 : 1;
		}
		return 2 * other < placedEnd - placedStart && 2 * covered >= left ? Grade.CORRECT : Grade.MISPLACED;
	}

	/** The new start of the passage if every character of it survived, in order and together; else -1. */
	public int intactAt(int start, int end) {
		int at = now()[start];
		for (int k = 1; at >= 0 && k < end - start; k++) {
			if (now()[start + k] != at + k) {
				return -1;
			}
		}
		return at;
	}

	private int[] now() {
		if (now == null) {
			now = new int[originalLength];
			Arrays.fill(now, -1);
			for (int i = 0; i < text.length(); i++) {
				if (origin[i] >= 0) {
					now[origin[i]] = i;
				}
			}
		}
		return now;
	}
}

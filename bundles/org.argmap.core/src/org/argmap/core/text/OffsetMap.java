package org.argmap.core.text;

import java.util.Arrays;

/**
 * Where each character of a readable text comes from in the stored text, kept as runs: a run either copies
 * stored characters one for one, or stands as a whole for a stored range (an entity, a line break for a tag).
 * Both the readable and the stored offsets only grow along the runs, so either side is found by binary search;
 * a text without markup between its pieces costs one run per piece, not one per character.
 */
final class OffsetMap {

	private int[] readableStart = new int[16];
	private int[] sourceStart = new int[16];
	private int[] sourceEnd = new int[16];
	private boolean[] copied = new boolean[16];
	private int runs;
	private int length;

	/** The readable text grows by {@code count} characters copied from the stored text at {@code source}. */
	void copy(int source, int count) {
		if (count <= 0) {
			return;
		}
		int last = runs - 1;
		if (last >= 0 && copied[last] && sourceEnd[last] == source) {
			sourceEnd[last] += count;
			length += count;
			return;
		}
		if (last >= 0 && source < sourceEnd[last]) {
			// never expected; kept monotone so that look-ups stay sound
			stand(count, source, source + count);
			return;
		}
		add(source, source + count, true);
		length += count;
	}

	/** The readable text grows by {@code count} characters that stand together for the stored {@code [from, to)}. */
	void stand(int count, int from, int to) {
		if (count <= 0) {
			return;
		}
		int start = runs == 0 ? from : Math.max(from, sourceStart(length - 1));
		int end = runs == 0 ? Math.max(from, to) : Math.max(Math.max(to, start), sourceEnd(length - 1));
		add(start, end, false);
		length += count;
	}

	private void add(int from, int to, boolean copy) {
		if (runs == readableStart.length) {
			int size = runs * 2;
			readableStart = Arrays.copyOf(readableStart, size);
			sourceStart = Arrays.copyOf(sourceStart, size);
			sourceEnd = Arrays.copyOf(sourceEnd, size);
			copied = Arrays.copyOf(copied, size);
		}
		readableStart[runs] = length;
		sourceStart[runs] = from;
		sourceEnd[runs] = to;
		copied[runs] = copy;
		runs++;
	}

	int length() {
		return length;
	}

	/** Where the readable character at {@code offset} begins in the stored text. */
	int sourceStart(int offset) {
		int run = runAt(offset);
		return copied[run] ? sourceStart[run] + offset - readableStart[run] : sourceStart[run];
	}

	/** Where the readable character at {@code offset} ends in the stored text. */
	int sourceEnd(int offset) {
		int run = runAt(offset);
		return copied[run] ? sourceStart[run] + offset - readableStart[run] + 1 : sourceEnd[run];
	}

	private int runAt(int offset) {
		int found = Arrays.binarySearch(readableStart, 0, runs, offset);
		return found >= 0 ? found : -found - 2;
	}

	/** The first readable offset whose character ends after {@code source}, or the length when none does. */
	int firstEndingAfter(int source) {
		int low = 0;
		int high = length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sourceEnd(middle) > source) {
				high = middle;
			} else {
				low = middle + 1;
			}
		}
		return low;
	}

	/** The first readable offset whose character begins at or after {@code source}, or the length. */
	int firstStartingFrom(int source) {
		int low = 0;
		int high = length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sourceStart(middle) >= source) {
				high = middle;
			} else {
				low = middle + 1;
			}
		}
		return low;
	}
}

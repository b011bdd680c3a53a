package org.argmap.core.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a string occurs in a text, found by binary search instead of a scan: every position of the text is
 * sorted by the hash of the {@value #K} characters starting there. Built once per document, it turns the
 * thousands of quote and seed lookups of a re-anchoring run from full scans into lookups. Texts too large
 * to index at 8 bytes a character are scanned.
 */
final class TextIndex {

	static final int K = 8;
	/** 8 bytes per character: a 8-million-character text takes 64 MB of index. */
	private static final int MAX_INDEXED_LENGTH = 8_000_000;
	private static final int BASE = 31;

	private final String text;
	/** (hash of text[p, p+K)) << 32 | p, sorted; null when the text is scanned instead. */
	private final long[] entries;

	TextIndex(String text) {
		this.text = text;
		int count = text.length() - K + 1;
		if (count <= 0 || text.length() > MAX_INDEXED_LENGTH) {
			entries = null;
			return;
		}
		entries = new long[count];
		int power = 1;
		for (int i = 1; i < K; i++) {
			power *= BASE;
		}
		int hash = hash(text, 0);
		for (int p = 0; p < count; p++) {
			entries[p] = ((long) hash << 32) | p;
			if (p + K < text.length()) {
				hash = (hash - text.charAt(p) * power) * BASE + text.charAt(p + K);
			}
		}
		Arrays.sort(entries);
	}

	private static int hash(CharSequence s, int from) {
		int hash = 0;
		for (int i = from; i < from + K; i++) {
			hash = hash * BASE + s.charAt(i);
		}
		return hash;
	}

	/**
	 * Start positions of {@code s} in the text in increasing order; an empty list if there are more than
	 * {@code limit} (the caller cannot tell so many places apart).
	 */
	List<Integer> occurrences(String s, int limit) {
		List<Integer> found = new ArrayList<>();
		if (entries == null || s.length() < K) {
			for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
				if (found.size() == limit) {
					return List.of();
				}
				found.add(at);
			}
			return found;
		}
		int hash = hash(s, 0);
		int i = lowerBound((long) hash << 32);
		for (; i < entries.length && (int) (entries[i] >> 32) == hash; i++) {
			int position = (int) entries[i];
			if (text.startsWith(s, position)) {
				if (found.size() == limit) {
					return List.of();
				}
				found.add(position);
			}
		}
		return found;
	}

	private int lowerBound(long key) {
		int low = 0;
		int high = entries.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (entries[middle] < key) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}

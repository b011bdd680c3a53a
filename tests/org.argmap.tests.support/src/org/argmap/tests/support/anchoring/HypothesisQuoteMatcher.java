package org.argmap.tests.support.anchoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The peer Argmap's re-anchoring is measured against: a port of Hypothesis's quote anchoring
 * ({@code match-quote.ts} in the hypothesis/client repository) and of the library it calls,
 * {@code approx-string-match} (Robert Knight), which implements Myers' bit-parallel approximate string
 * matching (Myers 1999, with Hyyrö's block extension). Ported as published, 64-bit words instead of 32:
 * exact occurrences if there are any, else the matches with the fewest errors (at most half the quote), each
 * scored on quote, prefix, suffix and distance from the position hint; the best one wins, however close the
 * runner-up.
 */
public final class HypothesisQuoteMatcher {

	/** A place found for a quote; {@code start} is -1 when none was found. */
	public record Match(int start, int end, double score) {
	}

	private static final Match NONE = new Match(-1, -1, 0);

	private HypothesisQuoteMatcher() {
	}

	/** {@code matchQuote(text, quote, {prefix, suffix, hint})}. */
	public static Match matchQuote(String text, String quote, String prefix, String suffix, int hint) {
		if (quote.isEmpty()) {
			return NONE;
		}
		int maxErrors = Math.min(256, quote.length() / 2);
		List<int[]> matches = search(text, quote, maxErrors);
		Match best = NONE;
		for (int[] match : matches) {
			double quoteScore = 1 - (double) match[2] / quote.length();
			double prefixScore = prefix.isEmpty() ? 1.0
					: textMatchScore(text.substring(Math.max(0, match[0] - prefix.length()), match[0]), prefix);
			double suffixScore = suffix.isEmpty() ? 1.0
					: textMatchScore(text.substring(match[1], Math.min(text.length(), match[1] + suffix.length())), suffix);
			double posScore = 1.0 - (double) Math.abs(match[0] - hint) / text.length();
			double score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
			if (score > best.score()) {
				best = new Match(match[0], match[1], score);
			}
		}
		return best;
	}

	private static double textMatchScore(String text, String str) {
		if (str.isEmpty() || text.isEmpty()) {
			return 0.0;
		}
		List<int[]> matches = search(text, str, str.length());
		return 1 - (double) matches.get(0)[2] / str.length();
	}

	/** Exact occurrences, or failing those the best approximate ones; each {start, end, errors}. */
	private static List<int[]> search(String text, String str, int maxErrors) {
		List<int[]> exact = new ArrayList<>();
		for (int at = text.indexOf(str); at >= 0; at = text.indexOf(str, at + 1)) {
			exact.add(new int[] { at, at + str.length(), 0 });
		}
		if (!exact.isEmpty()) {
			return exact;
		}
		return approxSearch(text, str, maxErrors);
	}

	/** {@code approx-string-match}'s {@code search}: the lowest-error matches, their starts found backwards. */
	static List<int[]> approxSearch(String text, String pattern, int maxErrors) {
		List<int[]> matches = findMatchEnds(text, pattern, maxErrors);
		String patternReversed = new StringBuilder(pattern).reverse().toString();
		for (int[] match : matches) {
			int minStart = Math.max(0, match[1] - pattern.length() - match[2]);
			String textReversed = new StringBuilder(text.substring(minStart, match[1])).reverse().toString();
			// Of several possible starts, the one that makes the match longest.
			int start = match[1];
			for (int[] reversed : findMatchEnds(textReversed, patternReversed, match[2])) {
				start = Math.min(start, match[1] - reversed[1]);
			}
			match[0] = start;
		}
		return matches;
	}

	private static final int W = 64;

	private static int advanceBlock(long[] p, long[] m, long[] lastRowMask, long[] peq, int b, int hIn) {
		long pV = p[b];
		long mV = m[b];
		long hInIsNegative = hIn < 0 ? 1 : 0;
		long eq = peq[b] | hInIsNegative;
		long xV = eq | mV;
		long xH = (((eq & pV) + pV) ^ pV) | eq;
		long pH = mV | ~(xH | pV);
		long mH = pV & xH;
		int hOut = ((pH & lastRowMask[b]) != 0 ? 1 : 0) - ((mH & lastRowMask[b]) != 0 ? 1 : 0);
		pH <<= 1;
		mH <<= 1;
		mH |= hInIsNegative;
		pH |= (hIn != 0 ? 1 : 0) - hInIsNegative;
		pV = mH | ~(xV | pH);
		mV = pH & xV;
		p[b] = pV;
		m[b] = mV;
		return hOut;
	}

	/** Ends of the matches with the fewest errors (at most {@code maxErrors}); each {-1, end, errors}. */
	private static List<int[]> findMatchEnds(String text, String pattern, int maxErrors) {
		List<int[]> matches = new ArrayList<>();
		if (pattern.isEmpty()) {
			return matches;
		}
		maxErrors = Math.min(maxErrors, pattern.length());
		int bMax = (pattern.length() + W - 1) / W - 1;
		long[] p = new long[bMax + 1];
		long[] m = new long[bMax + 1];
		long[] lastRowMask = new long[bMax + 1];
		java.util.Arrays.fill(lastRowMask, 1L << (W - 1));
		lastRowMask[bMax] = 1L << ((pattern.length() - 1) % W);
		long[] emptyPeq = new long[bMax + 1];
		Map<Character, long[]> peq = new HashMap<>();
		for (int c = 0; c < pattern.length(); c++) {
			char value = pattern.charAt(c);
			if (peq.containsKey(value)) {
				continue;
			}
			long[] charPeq = new long[bMax + 1];
			peq.put(value, charPeq);
			for (int b = 0; b <= bMax; b++) {
				for (int r = 0; r < W; r++) {
					int idx = b * W + r;
					if (idx < pattern.length() && pattern.charAt(idx) == value) {
						charPeq[b] |= 1L << r;
					}
				}
			}
		}
		int y = Math.max(0, (maxErrors + W - 1) / W - 1);
		int[] score = new int[bMax + 1];
		for (int b = 0; b <= y; b++) {
			score[b] = (b + 1) * W;
		}
		score[bMax] = pattern.length();
		for (int b = 0; b <= y; b++) {
			p[b] = ~0L;
			m[b] = 0;
		}
		for (int j = 0; j < text.length(); j++) {
			long[] charPeq = peq.getOrDefault(text.charAt(j), emptyPeq);
			int carry = 0;
			for (int b = 0; b <= y; b++) {
				carry = advanceBlock(p, m, lastRowMask, charPeq, b, carry);
				score[b] += carry;
			}
			if (score[y] - carry <= maxErrors && y < bMax && ((charPeq[y + 1] & 1) != 0 || carry < 0)) {
				y++;
				p[y] = ~0L;
				m[y] = 0;
				int maxBlockScore;
				if (y == bMax) {
					int remainder = pattern.length() % W;
					maxBlockScore = remainder == 0 ? W : remainder;
				} else {
					maxBlockScore = W;
				}
				score[y] = score[y - 1] + maxBlockScore - carry + advanceBlock(p, m, lastRowMask, charPeq, y, carry);
			} else {
				while (y > 0 && score[y] >= maxErrors + W) {
					y--;
				}
			}
			if (y == bMax && score[y] <= maxErrors) {
				if (score[y] < maxErrors) {
					matches.clear();
				}
				matches.add(new int[] { -1, j + 1, score[y] });
				maxErrors = score[y];
			}
		}
		return matches;
	}
}

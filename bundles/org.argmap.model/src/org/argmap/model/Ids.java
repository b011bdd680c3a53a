package org.argmap.model;

import java.security.SecureRandom;
import java.util.Comparator;

/**
 * Stable element ids and the order a map file keeps them in.
 * <p>
 * An id is a kind prefix, the time it was made and random bits, written in letters
 * ({@code c-ipqvxnoxtkogdfpm}). The time comes first so that a file holding its elements in the order of their
 * ids holds them in the order they were made: reopening a map shows its outline and lays it out as before.
 * The random part keeps ids made in two copies of a map apart, so that their elements merge by id. Letters
 * only, so that the natural order of ids below is the order of the time they hold, whatever their kind.
 */
public final class Ids {

	/**
	 * Ids in the order of what follows their kind prefix, so that claims, rebuttals and relations made one
	 * after the other stay in that order, and then of the whole id. Both in natural order: runs of digits
	 * compare as numbers, so imported ids {@code n2} and {@code n10} keep their order.
	 */
	public static final Comparator<String> ORDER = Ids::compareInOrder;

	/** Base-26 letters of the milliseconds since 1970: nine of them last until the year 2141. */
	private static final int TIME_LETTERS = 9;
	private static final int RANDOM_LETTERS = 7;
	private static final long RANDOM_RANGE = 8_031_810_176L; // 26^7, about 33 bits
	/** The most an id made in the same millisecond as the previous one skips ahead of it. */
	private static final int SAME_MILLISECOND_STEP = 1 << 16;

	private static final SecureRandom RANDOM = new SecureRandom();
	private static long lastTime;
	private static long lastRandom;

	private Ids() {
	}

	/**
	 * A new id after every id made before by this program, even within one millisecond or when the clock is
	 * set back: an import of thousands of elements keeps their order.
	 */
	public static synchronized String newId(String prefix) {
		long time = System.currentTimeMillis();
		long random;
		if (time > lastTime) {
			random = RANDOM.nextLong(RANDOM_RANGE);
		} else {
			time = lastTime;
			random = lastRandom + 1 + RANDOM.nextInt(SAME_MILLISECOND_STEP);
			if (random >= RANDOM_RANGE) {
				time++;
				random = RANDOM.nextLong(RANDOM_RANGE / 2);
			}
		}
		lastTime = time;
		lastRandom = random;
		return new StringBuilder(prefix.length() + 1 + TIME_LETTERS + RANDOM_LETTERS).append(prefix).append('-')
				.append(letters(time, TIME_LETTERS)).append(letters(random, RANDOM_LETTERS)).toString();
	}

	private static char[] letters(long value, int count) {
		char[] letters = new char[count];
		long rest = value;
		for (int i = count - 1; i >= 0; i--) {
			letters[i] = (char) ('a' + rest % 26);
			rest /= 26;
		}
		return letters;
	}

	/** Compares without making strings: a file of 100,000 elements is sorted on every save. */
	private static int compareInOrder(String a, String b) {
		int byWhatFollows = compareNaturally(a, afterKind(a), b, afterKind(b));
		return byWhatFollows != 0 ? byWhatFollows : compareNaturally(a, 0, b, 0);
	}

	/** Where what follows a kind prefix of lower-case letters ({@code c-}, {@code rel-}) starts, or 0. */
	private static int afterKind(String id) {
		int dash = id.indexOf('-');
		for (int i = 0; i < dash; i++) {
			char c = id.charAt(i);
			if (c < 'a' || c > 'z') {
				return 0;
			}
		}
		return dash > 0 ? dash + 1 : 0;
	}

	private static int compareNaturally(String a, int fromA, String b, int fromB) {
		int i = fromA;
		int j = fromB;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i);
			char cb = b.charAt(j);
			if (isDigit(ca) && isDigit(cb)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int startA = zerosEnd(a, i, endA);
				int startB = zerosEnd(b, j, endB);
				int byMagnitude = Integer.compare(endA - startA, endB - startB);
				if (byMagnitude != 0) {
					return byMagnitude;
				}
				for (int k = 0; k < endA - startA; k++) {
					int byDigit = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
					if (byDigit != 0) {
						return byDigit;
					}
				}
				i = endA;
				j = endB;
			} else if (ca != cb) {
				return Character.compare(ca, cb);
			} else {
				i++;
				j++;
			}
		}
		int byRest = Integer.compare(a.length() - i, b.length() - j);
		// equal as numbers but written differently ("n01", "n1"): still one fixed order
		return byRest != 0 ? byRest : a.substring(fromA).compareTo(b.substring(fromB));
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int digitsEnd(String text, int start) {
		int end = start;
		while (end < text.length() && isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private static int zerosEnd(String text, int start, int end) {
		int at = start;
		while (at < end - 1 && text.charAt(at) == '0') {
			at++;
		}
		return at;
	}
}

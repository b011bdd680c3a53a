package org.argmap.model;

import java.security.SecureRandom;

/**
 * Stable element ids: a kind prefix and 64 random bits in base 36 ({@code c-3k9x0f2m1q8zt}). Random rather
 * than sequential, so ids made in two copies of a map never collide when their elements are merged.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static String newId(String prefix) {
		return prefix + '-' + Long.toUnsignedString(RANDOM.nextLong(), Character.MAX_RADIX);
	}
}

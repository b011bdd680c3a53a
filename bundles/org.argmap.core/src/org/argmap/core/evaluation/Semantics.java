package org.argmap.core.evaluation;

import java.util.Locale;

/** Dung's semantics for an argumentation framework. */
public enum Semantics {
	/** The sceptical fixpoint: one labelling, computed in linear time. */
	GROUNDED,
	/** Every labelling that is IN exactly when all attackers are OUT, and OUT when some attacker is IN. */
	COMPLETE,
	/** The complete labellings with a maximal IN set. */
	PREFERRED,
	/** The complete labellings with nothing UNDEC. */
	STABLE;

	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The semantics named {@code word} (case ignored), or null. */
	public static Semantics forWord(String word) {
		for (Semantics semantics : values()) {
			if (semantics.word().equalsIgnoreCase(word)) {
				return semantics;
			}
		}
		return null;
	}
}

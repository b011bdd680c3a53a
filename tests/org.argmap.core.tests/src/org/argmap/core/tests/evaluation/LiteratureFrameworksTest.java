package org.argmap.core.tests.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.argmap.core.evaluation.Evaluation;
import org.argmap.core.evaluation.Framework;
import org.argmap.core.evaluation.Label;
import org.argmap.core.evaluation.Semantics;
import org.junit.jupiter.api.Test;

/**
 * Frameworks whose extensions are known from the literature; arguments are named a, b, c, ... and
 * extensions written as strings of their names ("" for the empty extension).
 */
class LiteratureFrameworksTest {

	/** Builds a framework from attacks written "ab" (a attacks b). */
	static Framework framework(int size, String... attacks) {
		Framework.Builder builder = Framework.builder(size);
		for (String attack : attacks) {
			builder.attack(attack.charAt(0) - 'a', attack.charAt(1) - 'a');
		}
		return builder.build();
	}

	static Set<String> extensions(Framework framework, Semantics semantics) {
		return Evaluation.of(framework, semantics).labellings().stream().map(labelling -> names(labelling.in()))
				.collect(Collectors.toSet());
	}

	static String names(BitSet in) {
		StringBuilder names = new StringBuilder();
		in.stream().forEach(a -> names.append((char) ('a' + a)));
		return names.toString();
	}

	@Test
	void reinstatement_aDefendsCAgainstB() {
		// Dung 1995: c is attacked by b, whose attacker a is unattacked, so a reinstates c.
		Framework f = framework(3, "ab", "bc");
		Evaluation grounded = Evaluation.of(f, Semantics.GROUNDED);
		assertEquals(Label.IN, grounded.label(0));
		assertEquals(Label.OUT, grounded.label(1));
		assertEquals(Label.IN, grounded.label(2));
		assertEquals(Set.of("ac"), extensions(f, Semantics.PREFERRED));
		assertEquals(Set.of("ac"), extensions(f, Semantics.STABLE));
		assertEquals(List.of(2, 1, 0), grounded.chain(2, 8), "c stands because b falls to a");
	}

	@Test
	void nixonDiamond_evenTwoCycle() {
		// Dung 1995, the Nixon diamond: a and b attack each other; nothing is grounded, each side is preferred.
		Framework f = framework(2, "ab", "ba");
		assertEquals(Set.of(""), extensions(f, Semantics.GROUNDED));
		assertEquals(Set.of("", "a", "b"), extensions(f, Semantics.COMPLETE));
		assertEquals(Set.of("a", "b"), extensions(f, Semantics.PREFERRED));
		assertEquals(Set.of("a", "b"), extensions(f, Semantics.STABLE));
		Evaluation preferred = Evaluation.of(f, Semantics.PREFERRED);
		assertTrue(preferred.credulous(0));
		assertFalse(preferred.sceptical(0));
		assertEquals(Label.UNDEC, preferred.label(0));
	}

	@Test
	void floatingReinstatement_dIsScepticallyPreferredButNotGrounded() {
		// a and b attack each other and both attack c, which attacks d: whichever side wins, c falls and d stands.
		Framework f = framework(4, "ab", "ba", "ac", "bc", "cd");
		assertEquals(Set.of(""), extensions(f, Semantics.GROUNDED));
		assertEquals(Set.of("ad", "bd"), extensions(f, Semantics.PREFERRED));
		Evaluation preferred = Evaluation.of(f, Semantics.PREFERRED);
		assertTrue(preferred.sceptical(3));
		assertEquals(Label.OUT, preferred.label(2));
		assertFalse(Evaluation.of(f, Semantics.GROUNDED).sceptical(3));
	}

	@Test
	void oddThreeCycle_hasNoStableExtension() {
		Framework f = framework(3, "ab", "bc", "ca");
		assertEquals(Set.of(""), extensions(f, Semantics.GROUNDED));
		assertEquals(Set.of(""), extensions(f, Semantics.COMPLETE));
		assertEquals(Set.of(""), extensions(f, Semantics.PREFERRED));
		assertEquals(Set.of(), extensions(f, Semantics.STABLE));
		Evaluation stable = Evaluation.of(f, Semantics.STABLE);
		assertFalse(stable.sceptical(0), "no stable extension accepts nothing, not everything");
		assertEquals(Label.UNDEC, stable.label(0));
	}

	@Test
	void evenFourCycle_twoStableExtensions() {
		Framework f = framework(4, "ab", "bc", "cd", "da");
		assertEquals(Set.of(""), extensions(f, Semantics.GROUNDED));
		assertEquals(Set.of("ac", "bd"), extensions(f, Semantics.PREFERRED));
		assertEquals(Set.of("ac", "bd"), extensions(f, Semantics.STABLE));
	}

	@Test
	void oddCycleBrokenFromOutside_isDecided() {
		// d attacks a of the cycle a -> b -> c -> a: a falls, b stands, c falls.
		Framework f = framework(4, "ab", "bc", "ca", "da");
		assertEquals(Set.of("bd"), extensions(f, Semantics.GROUNDED));
		assertEquals(Set.of("bd"), extensions(f, Semantics.STABLE));
	}

	@Test
	void selfAttack_isUndecidedAndLeavesItsTargetUndecided() {
		Framework f = framework(3, "aa", "ab");
		Evaluation grounded = Evaluation.of(f, Semantics.GROUNDED);
		assertEquals(Label.UNDEC, grounded.label(0));
		assertEquals(Label.UNDEC, grounded.label(1));
		assertEquals(Label.IN, grounded.label(2));
		assertEquals(Set.of("c"), extensions(f, Semantics.PREFERRED));
		assertEquals(Set.of(), extensions(f, Semantics.STABLE), "a can be neither IN nor OUT");
	}

	@Test
	void stableButNotAllPreferred() {
		// a <-> b, b -> c, c -> c: {a} is preferred but not stable, since c is neither in it nor attacked by
		// it; {b} attacks both a and c, so it is stable.
		Framework f = framework(3, "ab", "ba", "bc", "cc");
		assertEquals(Set.of("a", "b"), extensions(f, Semantics.PREFERRED));
		assertEquals(Set.of("b"), extensions(f, Semantics.STABLE));
	}
}

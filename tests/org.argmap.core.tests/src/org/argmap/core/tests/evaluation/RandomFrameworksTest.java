package org.argmap.core.tests.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.argmap.core.evaluation.Evaluation;
import org.argmap.core.evaluation.Framework;
import org.argmap.core.evaluation.Labelling;
import org.argmap.core.evaluation.Semantics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the semantics on random frameworks, checked against definitions written out here over the
 * attack relation, not against the solver, and on small frameworks against every subset of arguments.
 */
class RandomFrameworksTest {

	static Framework random(Random random, int size, double density) {
		Framework.Builder builder = Framework.builder(size);
		for (int a = 0; a < size; a++) {
			for (int b = 0; b < size; b++) {
				if (random.nextDouble() < density) {
					builder.attack(a, b);
				}
			}
		}
		return builder.build();
	}

	static boolean attacks(Framework f, BitSet set, int target) {
		for (int a = set.nextSetBit(0); a >= 0; a = set.nextSetBit(a + 1)) {
			if (f.attacks(a, target)) {
				return true;
			}
		}
		return false;
	}

	static boolean conflictFree(Framework f, BitSet set) {
		for (int a = set.nextSetBit(0); a >= 0; a = set.nextSetBit(a + 1)) {
			if (attacks(f, set, a)) {
				return false;
			}
		}
		return true;
	}

	/** Every attacker of every member is attacked by the set. */
	static boolean admissible(Framework f, BitSet set) {
		if (!conflictFree(f, set)) {
			return false;
		}
		for (int a = set.nextSetBit(0); a >= 0; a = set.nextSetBit(a + 1)) {
			for (int b = 0; b < f.size(); b++) {
				if (f.attacks(b, a) && !attacks(f, set, b)) {
					return false;
				}
			}
		}
		return true;
	}

	/** Admissible, and contains every argument it defends. */
	static boolean complete(Framework f, BitSet set) {
		if (!admissible(f, set)) {
			return false;
		}
		for (int a = 0; a < f.size(); a++) {
			boolean defended = true;
			for (int b = 0; b < f.size() && defended; b++) {
				defended = !f.attacks(b, a) || attacks(f, set, b);
			}
			if (defended && !set.get(a)) {
				return false;
			}
		}
		return true;
	}

	static boolean stable(Framework f, BitSet set) {
		if (!conflictFree(f, set)) {
			return false;
		}
		for (int a = 0; a < f.size(); a++) {
			if (!set.get(a) && !attacks(f, set, a)) {
				return false;
			}
		}
		return true;
	}

	static boolean subset(BitSet a, BitSet b) {
		BitSet rest = (BitSet) a.clone();
		rest.andNot(b);
		return rest.isEmpty();
	}

	static List<BitSet> extensions(Framework f, Semantics semantics) {
		List<BitSet> found = new ArrayList<>();
		for (Labelling labelling : Evaluation.of(f, semantics).labellings()) {
			found.add(labelling.in());
		}
		return found;
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
	void extensionsMeetTheirDefinitions(long seed) {
		Random random = new Random(seed);
		for (int round = 0; round < 20; round++) {
			Framework f = random(random, 3 + random.nextInt(25), 0.02 + random.nextDouble() * 0.15);
			BitSet grounded = extensions(f, Semantics.GROUNDED).get(0);
			assertTrue(complete(f, grounded), "grounded is complete");
			List<BitSet> preferred = extensions(f, Semantics.PREFERRED);
			assertTrue(!preferred.isEmpty(), "every framework has a preferred extension");
			for (BitSet extension : preferred) {
				assertTrue(admissible(f, extension), "preferred is admissible");
				assertTrue(subset(grounded, extension), "grounded is in every preferred extension");
				for (BitSet other : preferred) {
					assertTrue(other == extension || !subset(extension, other), "preferred ones are maximal");
				}
			}
			for (BitSet extension : extensions(f, Semantics.STABLE)) {
				assertTrue(stable(f, extension), "stable is conflict-free and attacks everything outside");
				assertTrue(preferred.contains(extension), "every stable extension is preferred");
			}
			for (BitSet extension : extensions(f, Semantics.COMPLETE)) {
				assertTrue(complete(f, extension), "complete by definition");
				assertTrue(subset(grounded, extension), "grounded is the least complete extension");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 101, 102, 103, 104, 105, 106, 107, 108 })
	void smallFrameworksAgreeWithEverySubset(long seed) {
		Random random = new Random(seed);
		for (int round = 0; round < 10; round++) {
			int size = 1 + random.nextInt(9);
			Framework f = random(random, size, 0.1 + random.nextDouble() * 0.3);
			Set<BitSet> complete = new HashSet<>();
			Set<BitSet> stable = new HashSet<>();
			for (int bits = 0; bits < 1 << size; bits++) {
				BitSet set = BitSet.valueOf(new long[] { bits });
				if (complete(f, set)) {
					complete.add(set);
				}
				if (stable(f, set)) {
					stable.add(set);
				}
			}
			Set<BitSet> preferred = new HashSet<>();
			for (BitSet candidate : complete) {
				if (complete.stream().noneMatch(other -> !other.equals(candidate) && subset(candidate, other))) {
					preferred.add(candidate);
				}
			}
			assertEquals(complete, new HashSet<>(extensions(f, Semantics.COMPLETE)));
			assertEquals(preferred, new HashSet<>(extensions(f, Semantics.PREFERRED)));
			assertEquals(stable, new HashSet<>(extensions(f, Semantics.STABLE)));
			BitSet least = complete.stream().reduce((a, b) -> {
				BitSet both = (BitSet) a.clone();
				both.and(b);
				return both;
			}).orElseThrow();
			assertEquals(least, extensions(f, Semantics.GROUNDED).get(0), "grounded is the least complete extension");
		}
	}
}

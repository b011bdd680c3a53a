package org.argmap.core.evaluation;

import java.util.Arrays;

/**
 * An abstract argumentation framework: arguments 0..size-1 and an attack relation, kept as compressed
 * adjacency arrays both ways so that a 100,000-argument framework is a few int arrays.
 */
public final class Framework {

	private final int size;
	private final int[] attackerStart;
	private final int[] attackers;
	private final int[] targetStart;
	private final int[] targets;

	private Framework(int size, int[] from, int[] to, int attacks) {
		this.size = size;
		attackerStart = new int[size + 1];
		targetStart = new int[size + 1];
		attackers = new int[attacks];
		targets = new int[attacks];
		for (int i = 0; i < attacks; i++) {
			attackerStart[to[i] + 1]++;
			targetStart[from[i] + 1]++;
		}
		for (int a = 0; a < size; a++) {
			attackerStart[a + 1] += attackerStart[a];
			targetStart[a + 1] += targetStart[a];
		}
		int[] nextAttacker = Arrays.copyOf(attackerStart, size);
		int[] nextTarget = Arrays.copyOf(targetStart, size);
		for (int i = 0; i < attacks; i++) {
			attackers[nextAttacker[to[i]]++] = from[i];
			targets[nextTarget[from[i]]++] = to[i];
		}
	}

	public int size() {
		return size;
	}

	public int attackCount() {
		return attackers.length;
	}

	public int attackerCount(int argument) {
		return attackerStart[argument + 1] - attackerStart[argument];
	}

	/** The {@code k}-th attacker of {@code argument}. */
	public int attacker(int argument, int k) {
		return attackers[attackerStart[argument] + k];
	}

	public int targetCount(int argument) {
		return targetStart[argument + 1] - targetStart[argument];
	}

	/** The {@code k}-th argument that {@code argument} attacks. */
	public int target(int argument, int k) {
		return targets[targetStart[argument] + k];
	}

	public boolean attacks(int attacker, int target) {
		for (int k = attackerStart[target]; k < attackerStart[target + 1]; k++) {
			if (attackers[k] == attacker) {
				return true;
			}
		}
		return false;
	}

	public static Builder builder(int size) {
		return new Builder(size);
	}

	/** Collects attacks; arguments are numbered in advance or added one by one. */
	public static final class Builder {
		private int size;
		private int[] from = new int[16];
		private int[] to = new int[16];
		private int attacks;

		private Builder(int size) {
			this.size = size;
		}

		/** Adds an argument and answers its number. */
		public int add() {
			return size++;
		}

		public Builder attack(int attacker, int target) {
			if (attacker < 0 || attacker >= size || target < 0 || target >= size) {
				throw new IndexOutOfBoundsException(attacker + " -> " + target + " in " + size); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (attacks == from.length) {
				from = Arrays.copyOf(from, attacks * 2);
				to = Arrays.copyOf(to, attacks * 2);
			}
			from[attacks] = attacker;
			to[attacks] = target;
			attacks++;
			return this;
		}

		public Framework build() {
			return new Framework(size, from, to, attacks);
		}
	}
}

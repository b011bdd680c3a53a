package org.argmap.core.evaluation;

import java.util.Arrays;

/**
 * The grounded labelling, by the usual fixpoint in time linear in arguments plus attacks: unattacked
 * arguments are IN, what they attack is OUT, what only OUT arguments attack is IN next, and so on.
 * Each decided argument keeps the round it was decided in, so that an explanation can follow rounds
 * downwards to unattacked arguments and never loop.
 */
public final class Grounded {

	private final Labelling labelling;
	private final int[] rounds;

	private Grounded(Labelling labelling, int[] rounds) {
		this.labelling = labelling;
		this.rounds = rounds;
	}

	public static Grounded of(Framework framework) {
		int size = framework.size();
		Label[] labels = new Label[size];
		Arrays.fill(labels, Label.UNDEC);
		int[] rounds = new int[size];
		Arrays.fill(rounds, Integer.MAX_VALUE);
		// attack entries from attackers not yet OUT; an argument is IN when its count reaches zero
		int[] pending = new int[size];
		int[] current = new int[size];
		int currentCount = 0;
		for (int a = 0; a < size; a++) {
			pending[a] = framework.attackerCount(a);
			if (pending[a] == 0) {
				current[currentCount++] = a;
			}
		}
		int[] next = new int[size];
		int round = 0;
		while (currentCount > 0) {
			for (int i = 0; i < currentCount; i++) {
				labels[current[i]] = Label.IN;
				rounds[current[i]] = round;
			}
			int nextCount = 0;
			for (int i = 0; i < currentCount; i++) {
				int in = current[i];
				for (int k = 0; k < framework.targetCount(in); k++) {
					int out = framework.target(in, k);
					if (labels[out] != Label.UNDEC) {
						continue;
					}
					labels[out] = Label.OUT;
					rounds[out] = round;
					for (int j = 0; j < framework.targetCount(out); j++) {
						int freed = framework.target(out, j);
						if (labels[freed] == Label.UNDEC && --pending[freed] == 0) {
							next[nextCount++] = freed;
						}
					}
				}
			}
			int[] swap = current;
			current = next;
			next = swap;
			currentCount = nextCount;
			round++;
		}
		return new Grounded(new Labelling(labels), rounds);
	}

	public Labelling labelling() {
		return labelling;
	}

	/**
	 * The round in which {@code argument} was decided: 0 for unattacked arguments and for what they defeat;
	 * {@link Integer#MAX_VALUE} for UNDEC.
	 */
	public int round(int argument) {
		return rounds[argument];
	}
}

package org.argmap.core.evaluation;

import java.util.Arrays;
import java.util.BitSet;

/** A label for every argument of a framework. */
public final class Labelling {

	private final Label[] labels;

	Labelling(Label[] labels) {
		this.labels = labels;
	}

	/**
	 * The labelling that an IN set induces: OUT what it attacks, UNDEC the rest. For a complete extension
	 * this is its complete labelling.
	 */
	public static Labelling ofExtension(Framework framework, BitSet in) {
		Label[] labels = new Label[framework.size()];
		Arrays.fill(labels, Label.UNDEC);
		for (int a = in.nextSetBit(0); a >= 0; a = in.nextSetBit(a + 1)) {
			labels[a] = Label.IN;
		}
		for (int a = in.nextSetBit(0); a >= 0; a = in.nextSetBit(a + 1)) {
			for (int k = 0; k < framework.targetCount(a); k++) {
				int target = framework.target(a, k);
				if (labels[target] != Label.IN) {
					labels[target] = Label.OUT;
				}
			}
		}
		return new Labelling(labels);
	}

	public Label get(int argument) {
		return labels[argument];
	}

	/** The arguments labelled IN: the extension. */
	public BitSet in() {
		BitSet in = new BitSet(labels.length);
		for (int a = 0; a < labels.length; a++) {
			if (labels[a] == Label.IN) {
				in.set(a);
			}
		}
		return in;
	}

	public int count(Label label) {
		int count = 0;
		for (Label l : labels) {
			count += l == label ? 1 : 0;
		}
		return count;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Labelling that && Arrays.equals(labels, that.labels);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(labels);
	}

	@Override
	public String toString() {
		return in().toString();
	}
}

package org.argmap.core.agreement;

/**
 * How far one annotator's set of elements (relations, correspondences, ...) meets another's, the first taken
 * as the reference.
 *
 * @param reference elements in the reference annotator's map
 * @param other     elements in the other annotator's map
 * @param common    elements both made
 */
public record Scores(int reference, int other, int common) {

	/** Share of the other annotator's elements that the reference also made; NaN when they made none. */
	public double precision() {
		return other == 0 ? Double.NaN : (double) common / other;
	}

	/** Share of the reference's elements that the other annotator also made; NaN when there are none. */
	public double recall() {
		return reference == 0 ? Double.NaN : (double) common / reference;
	}

	public double f1() {
		return reference + other == 0 ? Double.NaN : 2.0 * common / (reference + other);
	}
}

package org.argmap.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the crossings of a drawing's lines, the same way for ELK and for Graphviz: every line is a polyline of
 * straight segments (ELK's routes as they are; dot's B-splines flattened, each cubic piece into four straight
 * segments through points on the curve). Two segments of different lines that meet count once; meeting at either
 * line's first or last point does not count (lines that share a node or a junction touch there), nor do
 * parallel segments lying on one another. Each segment owns its start point but not its end point, so a line
 * passing through another's bend point counts once.
 */
final class Crossings {

	private static final double TOUCH = 0.5;

	private Crossings() {
	}

	static long count(List<List<double[]>> lines) {
		List<double[]> segments = new ArrayList<>();
		for (int line = 0; line < lines.size(); line++) {
			List<double[]> points = lines.get(line);
			for (int i = 0; i + 1 < points.size(); i++) {
				double[] a = points.get(i);
				double[] b = points.get(i + 1);
				if (a[0] != b[0] || a[1] != b[1]) {
					segments.add(new double[] { a[0], a[1], b[0], b[1], line });
				}
			}
		}
		// sweep from left to right: only segments whose x ranges overlap can cross
		double[][] sorted = segments.toArray(double[][]::new);
		Arrays.sort(sorted, (s, t) -> Double.compare(Math.min(s[0], s[2]), Math.min(t[0], t[2])));
		long crossings = 0;
		for (int i = 0; i < sorted.length; i++) {
			double[] s = sorted[i];
			double right = Math.max(s[0], s[2]);
			for (int j = i + 1; j < sorted.length && Math.min(sorted[j][0], sorted[j][2]) <= right; j++) {
				double[] t = sorted[j];
				if (s[4] == t[4] || Math.max(s[1], s[3]) < Math.min(t[1], t[3])
						|| Math.max(t[1], t[3]) < Math.min(s[1], s[3])) {
					continue;
				}
				double[] at = intersection(s, t);
				if (at != null && !atEnd(lines.get((int) s[4]), at) && !atEnd(lines.get((int) t[4]), at)) {
					crossings++;
				}
			}
		}
		return crossings;
	}

	private static boolean atEnd(List<double[]> line, double[] at) {
		return near(line.get(0), at) || near(line.get(line.size() - 1), at);
	}

	private static boolean near(double[] point, double[] at) {
		return Math.abs(point[0] - at[0]) <= TOUCH && Math.abs(point[1] - at[1]) <= TOUCH;
	}

	/** Where segments s and t meet, start included, end excluded; null if they do not, or are parallel. */
	private static double[] intersection(double[] s, double[] t) {
		double rx = s[2] - s[0];
		double ry = s[3] - s[1];
		double qx = t[2] - t[0];
		double qy = t[3] - t[1];
		double d = rx * qy - ry * qx;
		if (d == 0) {
			return null;
		}
		double ux = t[0] - s[0];
		double uy = t[1] - s[1];
		double a = (ux * qy - uy * qx) / d;
		double b = (ux * ry - uy * rx) / d;
		if (a < 0 || a >= 1 || b < 0 || b >= 1) {
			return null;
		}
		return new double[] { s[0] + a * rx, s[1] + a * ry };
	}

	/** The size ({@code [width, height]}) and the edges of a {@code dot -Tplain} drawing, in points, y down. */
	static double[] readPlain(String plain, List<List<double[]>> lines) {
		double[] size = new double[2];
		for (String row : plain.split("\n")) {
			List<String> words = words(row);
			if (words.isEmpty()) {
				continue;
			}
			if (words.get(0).equals("graph")) {
				size[0] = Double.parseDouble(words.get(2)) * 72;
				size[1] = Double.parseDouble(words.get(3)) * 72;
			} else if (words.get(0).equals("edge")) {
				int count = Integer.parseInt(words.get(3));
				double[][] control = new double[count][];
				for (int i = 0; i < count; i++) {
					control[i] = new double[] { Double.parseDouble(words.get(4 + 2 * i)) * 72,
							-Double.parseDouble(words.get(5 + 2 * i)) * 72 };
				}
				lines.add(flatten(control));
			}
		}
		return size;
	}

	private static List<double[]> flatten(double[][] c) {
		List<double[]> points = new ArrayList<>();
		points.add(c[0]);
		for (int i = 0; i + 3 < c.length; i += 3) {
			for (int k = 1; k <= 4; k++) {
				double u = k / 4.0;
				double v = 1 - u;
				double[] p = new double[2];
				for (int axis = 0; axis < 2; axis++) {
					p[axis] = v * v * v * c[i][axis] + 3 * v * v * u * c[i + 1][axis] + 3 * v * u * u * c[i + 2][axis]
							+ u * u * u * c[i + 3][axis];
				}
				points.add(p);
			}
		}
		return points;
	}

	/** The words of a line of plain output; quoted names may hold spaces. */
	private static List<String> words(String row) {
		List<String> words = new ArrayList<>();
		int i = 0;
		while (i < row.length()) {
			if (row.charAt(i) == ' ') {
				i++;
				continue;
			}
			StringBuilder word = new StringBuilder();
			if (row.charAt(i) == '"') {
				for (i++; i < row.length() && row.charAt(i) != '"'; i++) {
					if (row.charAt(i) == '\\') {
						i++;
					}
					if (i < row.length()) {
						word.append(row.charAt(i));
					}
				}
				i++;
			} else {
				while (i < row.length() && row.charAt(i) != ' ') {
					word.append(row.charAt(i++));
				}
			}
			words.add(word.toString());
		}
		return words;
	}
}

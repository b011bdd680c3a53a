package org.argmap.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.argmap.core.layout.MapLayout;
import org.argmap.interchange.dot.DotWriter;
import org.argmap.model.ArgumentMap;
import org.argmap.tests.support.SyntheticMaps;
import org.junit.jupiter.api.Test;

/**
 * Laying out a generated debate of 2,000 nodes (about 2,200 relations) with ELK layered (as the canvas does) and the
 * same graph with Graphviz {@code dot} (goal: ELK no slower than dot). Both get the same nodes, junctions and
 * edges, with every box the canvas's 170 x 60 px; dot runs as a process with plain output, ELK in this JVM
 * after a warm-up run. dot spends minutes in crossing minimization on a graph this size, so it runs once and
 * is stopped after three minutes; the figure then says so.
 */
class LayoutBenchmark {

	private static final String NAME = "layout";
	private static final int NODES = 2_000;
	private static final int RUNS = 3;
	private static final int DOT_LIMIT_SECONDS = 180;

	@Test
	void elkAgainstDot() throws Exception {
		ArgumentMap map = SyntheticMaps.debate(17, NODES);
		MapLayout.NodeSizes sizes = node -> new double[] { 170, 60 };
		double[] elk = Figures.time(RUNS, () -> MapLayout.compute(map, sizes));
		MapLayout.Result result = MapLayout.compute(map, sizes);

		Figures.print(NAME, "map", String.format("%,d nodes, %,d relations, %,d lines, %,d junctions", NODES,
				map.getRelations().size(), result.routes().size(), result.junctions().size()));
		Figures.print(NAME, "ELK layered (in process)", Figures.ms(elk));
		Figures.print(NAME, "drawing size", String.format("%.0f x %.0f px", result.width(), result.height()));

		ByteArrayOutputStream dot = new ByteArrayOutputStream();
		DotWriter.write(map, dot);
		// fixed boxes of the canvas's size (inches at 72 dpi), so dot does not measure labels either
		String graph = dot.toString(StandardCharsets.UTF_8).replaceFirst("\n",
				"\n  node [fixedsize=true, width=2.36, height=0.83];\n");
		// dot takes minutes on this graph, so it runs once, and is stopped after DOT_LIMIT_SECONDS
		double graphviz = Figures.once(() -> runDot(graph));
		boolean finished = graphviz < DOT_LIMIT_SECONDS * 1000;
		Figures.print(NAME, "Graphviz dot -Tplain (process, 1 run)", finished ? String.format("%.0f ms", graphviz)
				: String.format("stopped after %d s without a layout", DOT_LIMIT_SECONDS));
		Figures.print(NAME, "ratio dot / ELK", String.format("%s%.0fx (goal: ELK no slower, >= 1x)",
				finished ? "" : "more than ", graphviz / Figures.median(elk)));
	}

	private static void runDot(String graph) throws Exception {
		Process process = new ProcessBuilder("dot", "-Tplain").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		process.getOutputStream().write(graph.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		if (!process.waitFor(DOT_LIMIT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			return;
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("dot failed with exit code " + process.exitValue());
		}
	}
}

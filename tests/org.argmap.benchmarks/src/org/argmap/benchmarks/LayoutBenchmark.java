package org.argmap.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argmap.core.layout.MapLayout;
import org.argmap.interchange.dot.DotWriter;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapStore;
import org.argmap.sample.SampleMap;
import org.argmap.tests.support.SyntheticMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Laying out generated debates of 2,000 and 500 nodes with ELK layered (as the canvas does) and the same graphs
 * with Graphviz {@code dot}: time, aspect ratio (width : height) and edge crossings. Goal on 2,000 nodes: aspect
 * between 1:2 and 2:1, no more crossings than dot, ELK at least 5x faster. Both get the same nodes, junctions and
 * edges, every box the canvas's 170 x 60 px, and no edge labels (ELK gets none). dot runs as a process with plain
 * output, once, stopped after three minutes; ELK in this JVM after a warm-up run. Crossings are counted from each
 * drawing's coordinates in the same way ({@link Crossings}). The speed ratio is printed twice: from wall-clock
 * time, and from processor time (ELK's thread, dot's process), which other work on the machine disturbs less.
 * The sample map's aspect ratio and crossings are printed too.
 */
class LayoutBenchmark {

	private static final String NAME = "layout";
	private static final int RUNS = 3;
	private static final int DOT_LIMIT_SECONDS = 180;
	private static final MapLayout.NodeSizes SIZES = node -> new double[] { 170, 60 };

	@TempDir
	Path folder;

	@Test
	void elkAgainstDot() throws Exception {
		compare(2_000);
		compare(500);
		ArgumentMap sample = MapStore.load(SampleMap.write(folder));
		MapLayout.Result result = MapLayout.compute(sample, SIZES);
		Figures.print(NAME, "sample map, ELK drawing", size(result.width(), result.height()));
		Figures.print(NAME, "sample map, ELK", String.format("%d crossings", Crossings.count(lines(result))));
	}

	private static List<List<double[]>> lines(MapLayout.Result result) {
		List<List<double[]>> lines = new ArrayList<>();
		result.routes().forEach(route -> lines.add(route.points()));
		return lines;
	}

	private static void compare(int nodes) throws Exception {
		String label = String.format("%,d nodes", nodes);
		ArgumentMap map = SyntheticMaps.debate(17, nodes);
		double[] elk = Figures.time(RUNS, () -> MapLayout.compute(map, SIZES));
		MapLayout.Result result = MapLayout.compute(map, SIZES);
		double elkCpu = Figures.median(Figures.processorTime(RUNS, () -> MapLayout.compute(map, SIZES)));

		Figures.print(NAME, label + ", map", String.format("%,d relations, %,d lines, %,d junctions",
				map.getRelations().size(), result.routes().size(), result.junctions().size()));
		Figures.print(NAME, label + ", ELK time", "median " + Figures.ms(elk));
		Figures.print(NAME, label + ", ELK drawing", size(result.width(), result.height()));
		Figures.print(NAME, label + ", ELK", String.format("%d crossings", Crossings.count(lines(result))));

		ByteArrayOutputStream dot = new ByteArrayOutputStream();
		DotWriter.write(map, dot);
		// fixed boxes of the canvas's size (inches at 72 dpi), so dot does not measure labels either
		String graph = dot.toString(StandardCharsets.UTF_8)
				.replaceAll(", label=\"(attack|undercut|analogy|equivalent)\"", "")
				.replaceFirst("\n", "\n  node [fixedsize=true, width=2.36, height=0.83];\n");
		DotRun[] dotRun = new DotRun[1];
		double graphviz = Figures.once(() -> dotRun[0] = runDot(graph));
		if (dotRun[0] == null) {
			Figures.print(NAME, label + ", Graphviz dot time",
					String.format("stopped after %d s without a layout", DOT_LIMIT_SECONDS));
			Figures.print(NAME, label + ", ratio", String.format("ratio dot/ELK more than %.1fx (goal >= 5x)",
					graphviz / Figures.median(elk)));
			return;
		}
		List<List<double[]>> dotLines = new ArrayList<>();
		double[] dotSize = Crossings.readPlain(dotRun[0].plain(), dotLines);
		Figures.print(NAME, label + ", Graphviz dot time", String.format("median %.0f ms (1 run, process)", graphviz));
		Figures.print(NAME, label + ", Graphviz dot drawing", size(dotSize[0], dotSize[1]));
		Figures.print(NAME, label + ", Graphviz dot", String.format("%d crossings", Crossings.count(dotLines)));
		Figures.print(NAME, label + ", ratio",
				String.format("ratio dot/ELK %.1fx (goal >= 5x)", graphviz / Figures.median(elk)));
		Figures.print(NAME, label + ", processor time ratio", String.format(
				"ratio dot/ELK %.1fx (dot %.0f ms, ELK median %.0f ms of processor time)", dotRun[0].cpuMillis() / elkCpu,
				dotRun[0].cpuMillis(), elkCpu));
	}

	/** dot's plain output and the processor time it used. */
	private record DotRun(String plain, double cpuMillis) {
	}

	private static String size(double width, double height) {
		return String.format("aspect ratio %.1f:1 (%.0f x %.0f px)", width / height, width, height);
	}

	/** dot's plain output and processor time, or null when it did not finish in time. */
	private static DotRun runDot(String graph) throws Exception {
		// the shell's `times` prints its children's user and system time, dot's, on the last line of stderr
		Process process = new ProcessBuilder("sh", "-c", "dot -Tplain 2>/dev/null; status=$?; times >&2; exit $status").start();
		CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
			try (InputStream in = process.getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			} catch (Exception e) {
				return null;
			}
		});
		process.getOutputStream().write(graph.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		if (!process.waitFor(DOT_LIMIT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			return null;
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("dot failed with exit code " + process.exitValue());
		}
		// read only now: a second reader in the common pool, one thread on two cores, would wait for the first
		String times;
		try (InputStream in = process.getErrorStream()) {
			times = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String[] children = times.strip().split("\\R");
		Matcher cpu = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s").matcher(children[children.length - 1]);
		if (!cpu.find()) {
			throw new IllegalStateException("no processor time from `times`: " + times);
		}
		double seconds = Integer.parseInt(cpu.group(1)) * 60 + Double.parseDouble(cpu.group(2))
				+ Integer.parseInt(cpu.group(3)) * 60 + Double.parseDouble(cpu.group(4));
		return new DotRun(output.get(), seconds * 1000);
	}
}

package org.argmap.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.argmap.cli.ArgmapCommandLine;
import org.argmap.cli.CommandContext;
import org.argmap.core.agreement.AgreementHtml;
import org.argmap.core.agreement.AgreementReport;
import org.argmap.core.agreement.AgreementTables;
import org.argmap.core.agreement.AgreementText;
import org.argmap.core.agreement.Annotator;
import org.argmap.core.agreement.MapAgreement;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.tests.support.AnnotatedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement between annotators (issue 18): {@code argmap agree} on three maps of 112 short texts, each map a
 * perturbation of one gold map (passages dropped, added, their bounds moved, kinds and relations changed), run in
 * this JVM so that the figure is the command's own time without starting Java. Goal: 2 s for the first run, as a
 * user runs the command once.
 */
class AgreementBenchmark {

	private static final String NAME = "agreement";
	private static final int TEXTS = 112;
	private static final int SENTENCES = 10;
	private static final String[] WORDS = ("scaling returns data compute models reasoning benchmark progress wall "
			+ "plateau labs inference training cost evidence claim argument test capability growth limit").split(" "); //$NON-NLS-1$ //$NON-NLS-2$

	@TempDir
	Path folder;

	/** Sentence bounds of a text: [start, end) pairs. */
	private record Text(String text, int[][] sentences) {
	}

	private static Text text(Random random) {
		StringBuilder text = new StringBuilder();
		int[][] sentences = new int[SENTENCES][];
		for (int s = 0; s < SENTENCES; s++) {
			int start = text.length();
			int words = 8 + random.nextInt(12);
			for (int w = 0; w < words; w++) {
				text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]); //$NON-NLS-1$ //$NON-NLS-2$
			}
			text.append('.');
			sentences[s] = new int[] { start, text.length() };
			text.append(' ');
		}
		return new Text(text.toString(), sentences);
	}

	/**
	 * One annotator's map: the gold analysis (sentence 0 the conclusion, 1-3 linked premises of it, 4 an attack on
	 * it, 5 an undercut of the support, 6 an analogy for premise 1, the rest supports of premise 2) with this
	 * annotator's deviations drawn from {@code random}, each with probability {@code deviation}.
	 */
	private static AnnotatedMaps annotate(String name, List<Text> texts, Random random, double deviation) {
		AnnotatedMaps maps = null;
		for (int t = 0; t < texts.size(); t++) {
			Text text = texts.get(t);
			maps = maps == null ? AnnotatedMaps.on(name, text.text()) : maps.document("text-" + t + ".txt", text.text()); //$NON-NLS-1$ //$NON-NLS-2$
			Node[] nodes = new Node[SENTENCES];
			for (int s = 0; s < SENTENCES; s++) {
				if (s > 0 && random.nextDouble() < deviation) {
					continue; // passage missed
				}
				int start = text.sentences()[s][0];
				int end = text.sentences()[s][1];
				if (random.nextDouble() < deviation) { // bounds moved by a few characters
					start = Math.max(0, start + random.nextInt(9) - 4);
					end = Math.min(text.text().length(), Math.max(start + 1, end + random.nextInt(9) - 4));
				}
				boolean kindChanged = random.nextDouble() < deviation;
				boolean rebuttal = (s == 4 || s == 5) != kindChanged;
				nodes[s] = s == 6 && !kindChanged ? maps.analogy(start, end, "nephew", "models") //$NON-NLS-1$ //$NON-NLS-2$
						: rebuttal ? maps.rebuttal(start, end) : maps.claim(start, end);
			}
			List<Node> linked = new ArrayList<>();
			for (int s = 1; s <= 3; s++) {
				if (nodes[s] != null) {
					linked.add(nodes[s]);
				}
			}
			Relation support = linked.isEmpty() ? null
					: maps.relate(RelationKind.SUPPORT, nodes[0], linked.toArray(Node[]::new));
			if (nodes[4] != null) {
				boolean undercut = support != null && random.nextDouble() < deviation;
				maps.relate(undercut ? RelationKind.UNDERCUT : RelationKind.ATTACK, undercut ? support : nodes[0],
						nodes[4]);
			}
			if (nodes[5] != null && support != null && random.nextDouble() >= deviation) {
				maps.relate(RelationKind.UNDERCUT, support, nodes[5]);
			}
			if (nodes[6] != null && nodes[1] != null) {
				maps.relate(RelationKind.ANALOGY, nodes[1], nodes[6]);
			}
			for (int s = 7; s < SENTENCES; s++) {
				Node target = nodes[3] != null && random.nextDouble() < deviation ? nodes[3] : nodes[2];
				if (nodes[s] != null && target != null) {
					maps.relate(RelationKind.SUPPORT, target, nodes[s]);
				}
			}
		}
		return maps;
	}

	@Test
	void agreeOnThreeAnnotatorsOfAHundredAndTwelveTexts() throws Exception {
		Random random = new Random(18);
		List<Text> texts = new ArrayList<>();
		for (int t = 0; t < TEXTS; t++) {
			texts.add(text(random));
		}
		List<String> arguments = new ArrayList<>(List.of("agree")); //$NON-NLS-1$
		for (String annotator : List.of("ann", "bob", "cyd")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			arguments.add(annotate(annotator, texts, random, 0.12).saveAs(folder.resolve(annotator + ".argmap")).toString()); //$NON-NLS-1$
		}
		List<String> files = List.copyOf(arguments.subList(1, 4));
		Path html = folder.resolve("report.html"); //$NON-NLS-1$
		arguments.add("--html"); //$NON-NLS-1$
		arguments.add(html.toString());

		// The first run, step by step as the command takes them: in a fresh JVM each step also pays for loading
		// and compiling its code, which is most of what a user waits for. The processor time of this thread is
		// printed too, as other builds on the machine stretch the elapsed time.
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long processorStart = threads.getCurrentThreadCpuTime();
		List<Annotator> annotators = new ArrayList<>();
		for (String file : files) {
			annotators.add(new Annotator(file, MapStore.load(Path.of(file))));
		}
		long loaded = System.nanoTime();
		long processorLoaded = threads.getCurrentThreadCpuTime();
		AgreementReport report = MapAgreement.of(annotators, DocumentTexts.SNAPSHOTS);
		long measured = System.nanoTime();
		long processorMeasured = threads.getCurrentThreadCpuTime();
		AgreementHtml.write(report, html, () -> false);
		String text = AgreementText.of(report);
		long written = System.nanoTime();
		long processorWritten = threads.getCurrentThreadCpuTime();
		Figures.print(NAME, "agree, 3 maps x 112 texts, first run", firstRun(start, written, processorStart, processorWritten)); //$NON-NLS-1$
		Figures.print(NAME, "  of which loading the 3 maps", firstRun(start, loaded, processorStart, processorLoaded)); //$NON-NLS-1$
		Figures.print(NAME, "  of which measuring (MapAgreement)", //$NON-NLS-1$
				firstRun(loaded, measured, processorLoaded, processorMeasured));
		Figures.print(NAME, "  of which writing HTML and text", //$NON-NLS-1$
				firstRun(measured, written, processorMeasured, processorWritten));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
		CommandContext context = new CommandContext(printed, printed, "Argmap benchmark"); //$NON-NLS-1$
		ArgmapCommandLine commandLine = new ArgmapCommandLine();
		double[] again = Figures.time(5, () -> {
			out.reset();
			check(commandLine.execute(arguments, context), out);
		});
		if (!out.toString(StandardCharsets.UTF_8).contains(text)) {
			throw new AssertionError("the command printed another report than the steps timed above"); //$NON-NLS-1$
		}
		Figures.print(NAME, "agree, 3 maps x 112 texts, again", Figures.ms(again)); //$NON-NLS-1$
		double[] loading = Figures.time(5, () -> files.forEach(AgreementBenchmark::load));
		double[] measuring = Figures.time(5, () -> MapAgreement.of(annotators, DocumentTexts.SNAPSHOTS));
		double[] writing = Figures.time(5, () -> AgreementHtml.write(report, folder.resolve("again.html"), () -> false)); //$NON-NLS-1$
		Figures.print(NAME, "  of which loading the 3 maps", Figures.ms(loading)); //$NON-NLS-1$
		Figures.print(NAME, "  of which measuring (MapAgreement)", Figures.ms(measuring)); //$NON-NLS-1$
		Figures.print(NAME, "  of which writing the HTML report", Figures.ms(writing)); //$NON-NLS-1$
		Figures.print(NAME, "  passages alpha_u / kinds alpha / Fleiss", //$NON-NLS-1$
				AgreementTables.figure(report.alphaU()) + " / " + AgreementTables.figure(report.kinds().alpha()) //$NON-NLS-1$
						+ " / " + AgreementTables.figure(report.kinds().kappa())); //$NON-NLS-1$
		Figures.print(NAME, "  relations F1, pair 1-2", AgreementTables.figure(report.pairs().get(0).relations().f1())); //$NON-NLS-1$
	}

	private static String firstRun(long start, long end, long processorStart, long processorEnd) {
		return String.format("%.0f ms (processor time of this thread %.0f ms)", (end - start) / 1e6, //$NON-NLS-1$
				(processorEnd - processorStart) / 1e6);
	}

	private static void load(String file) {
		try {
			MapStore.load(Path.of(file));
		} catch (MapFileException e) {
			throw new AssertionError(e);
		}
	}

	private static void check(int exitCode, ByteArrayOutputStream out) {
		if (exitCode != 0) {
			throw new AssertionError("agree failed: " + out.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
	}
}

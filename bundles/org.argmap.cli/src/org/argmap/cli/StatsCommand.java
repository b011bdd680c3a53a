package org.argmap.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.argmap.core.statistics.MapStatistics;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;

/** {@code argmap stats MAP [--json]}: counts per node and relation kind, anchors per status. */
final class StatsCommand implements Subcommand {

	private static final String JSON = "--json"; //$NON-NLS-1$

	@Override
	public String name() {
		return "stats"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Stats_summary;
	}

	@Override
	public String usage() {
		return Messages.Stats_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		MapArguments parsed = MapArguments.parse(this, arguments, Set.of(JSON), context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		MapStatistics statistics;
		try {
			statistics = MapStatistics.of(MapStore.load(parsed.mapFile()));
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		}
		context.out().println(parsed.flags().contains(JSON) ? json(statistics) : text(statistics));
		return ExitCode.SUCCESS;
	}

	private static String text(MapStatistics s) {
		return Messages.bind(Messages.Stats_text, new Object[] { s.documents(), s.nodes(), s.claims(),
				s.implicitClaims(), s.rebuttals(), s.analogies(), s.relationCount(), counts(s.relations(), ", "), //$NON-NLS-1$
				s.anchorCount(), counts(s.anchors(), ", "), s.unanchoredNodes() }); //$NON-NLS-1$
	}

	/**
	 * Hand-written because every key is a fixed word and every value a number: nothing from the map's
	 * content reaches this output, so there is nothing to escape.
	 */
	private static String json(MapStatistics s) {
		return "{\"documents\":" + s.documents() //$NON-NLS-1$
				+ ",\"nodes\":{\"total\":" + s.nodes() + ",\"claim\":" + s.claims() + ",\"implicitClaim\":" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ s.implicitClaims() + ",\"rebuttal\":" + s.rebuttals() + ",\"analogy\":" + s.analogies() //$NON-NLS-1$ //$NON-NLS-2$
				+ ",\"unanchored\":" + s.unanchoredNodes() + "}" //$NON-NLS-1$ //$NON-NLS-2$
				+ ",\"relations\":{\"total\":" + s.relationCount() + jsonCounts(s.relations()) + "}" //$NON-NLS-1$ //$NON-NLS-2$
				+ ",\"anchors\":{\"total\":" + s.anchorCount() + jsonCounts(s.anchors()) + "}}"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String counts(Map<?, Integer> counts, String separator) {
		return counts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()) //$NON-NLS-1$
				.collect(Collectors.joining(separator));
	}

	private static String jsonCounts(Map<?, Integer> counts) {
		return counts.entrySet().stream().map(entry -> ",\"" + entry.getKey() + "\":" + entry.getValue()) //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.joining());
	}
}

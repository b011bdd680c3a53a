package org.argmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.argmap.core.anchoring.AnchorOutcome;
import org.argmap.core.anchoring.DocumentReanchoring;
import org.argmap.core.anchoring.DocumentReanchoring.DocumentReport;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * {@code argmap reanchor MAP [--write]}: re-anchors every anchor whose document changed, prints a summary and
 * a line for each anchor that moved or was orphaned, and saves the map only with {@code --write}.
 */
final class ReanchorCommand implements Subcommand {

	private static final String WRITE = "--write"; //$NON-NLS-1$

	@Override
	public String name() {
		return "reanchor"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Reanchor_summary;
	}

	@Override
	public String usage() {
		return Messages.Reanchor_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(WRITE),
				Set.of(OptionArguments.ALLOW_SOURCE), 1, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		Path mapFile = Path.of(parsed.positional().get(0));
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		try {
			ArgumentMap map = MapStore.load(domain.getResourceSet(), mapFile);
			List<DocumentReport> reports = DocumentReanchoring.run(map, mapFile, parsed.sourcePolicy());
			int orphaned = print(map, reports, context);
			if (parsed.flags().contains(WRITE)) {
				Command apply = DocumentReanchoring.applyCommand(domain, reports);
				// with nothing to apply the map is not saved at all, even when its file is formatted otherwise
				// than Argmap writes it (CRLF line ends, another version), so its last real backup stays
				boolean written = apply.canExecute();
				if (written) {
					domain.getCommandStack().execute(apply);
					written = MapStore.save(map.eResource(), mapFile);
				}
				context.out().println(Messages.bind(written ? Messages.Reanchor_written : Messages.Reanchor_unchanged,
						mapFile));
			}
			return orphaned == 0 ? ExitCode.SUCCESS : ExitCode.FINDINGS;
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		} finally {
			MapEditingDomains.dispose(domain);
		}
	}

	/** Prints the report and answers how many anchors are orphaned. */
	private static int print(ArgumentMap map, List<DocumentReport> reports, CommandContext context) {
		int anchored = 0;
		int relocated = 0;
		int orphaned = 0;
		for (DocumentReport report : reports) {
			String document = MapElements.describe(report.document());
			if (!report.problem().isEmpty()) {
				context.err().println(Messages.bind(Messages.Reanchor_unreadable, document, report.problem()));
				continue;
			}
			if (!report.changed()) {
				anchored += DocumentReanchoring.anchorsOn(map, report.document()).size();
				continue;
			}
			for (AnchorOutcome outcome : report.outcomes()) {
				String node = MapElements.describe((Node) outcome.anchor().eContainer());
				if (outcome.status() == AnchorStatus.ANCHORED) {
					anchored++;
				} else if (outcome.status() == AnchorStatus.RELOCATED) {
					relocated++;
					context.out().println(Messages.bind(Messages.Reanchor_relocatedLine, new Object[] { node,
							range(outcome.anchor().getStart(), outcome.anchor().getEnd()),
							range(outcome.start(), outcome.end()), outcome.reason(),
							String.format(Locale.ROOT, "%.2f", outcome.confidence()) })); //$NON-NLS-1$
				} else {
					orphaned++;
					String candidates = outcome.candidates().isEmpty() ? "" //$NON-NLS-1$
							: Messages.bind(Messages.Reanchor_candidates, outcome.candidates());
					context.out().println(Messages.bind(Messages.Reanchor_orphanedLine, new Object[] { node,
							range(outcome.anchor().getStart(), outcome.anchor().getEnd()), outcome.reason(),
							candidates }));
				}
			}
		}
		context.out().println(Messages.bind(Messages.Reanchor_total, new Object[] { anchored, relocated, orphaned }));
		return orphaned;
	}

	private static String range(int start, int end) {
		return start + "-" + end; //$NON-NLS-1$
	}
}

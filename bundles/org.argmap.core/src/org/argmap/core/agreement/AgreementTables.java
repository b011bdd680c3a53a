package org.argmap.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.argmap.core.agreement.AgreementReport.DocumentAgreement;
import org.argmap.core.agreement.AgreementReport.PairAgreement;
import org.argmap.model.edit.MapLabels;
import org.eclipse.osgi.util.NLS;

/** The agreement report laid out as titled tables, for its text and HTML forms. */
public final class AgreementTables {

	private AgreementTables() {
	}

	public static List<ReportSection> of(AgreementReport report) {
		List<ReportSection> sections = new ArrayList<>();
		List<List<String>> annotators = new ArrayList<>();
		for (int a = 0; a < report.annotators().size(); a++) {
			annotators.add(List.of(String.valueOf(a + 1), report.annotators().get(a)));
		}
		List<String> documentNotes = new ArrayList<>();
		documentNotes.add(NLS.bind(Messages.Report_documents, report.documents().size(), report.notShared().size()));
		if (!report.notShared().isEmpty()) {
			documentNotes.add(NLS.bind(Messages.Report_notShared, String.join("; ", report.notShared()))); //$NON-NLS-1$
		}
		sections.add(new ReportSection(Messages.Report_annotators, documentNotes, annotators));
		sections.add(passages(report));
		sections.add(kinds(report));
		sections.add(pairs(report));
		sections.add(confusion(report));
		sections.add(disagreements(report));
		sections.add(new ReportSection("", List.of(Messages.Report_method), List.of())); //$NON-NLS-1$
		return sections;
	}

	/** A coefficient with three decimals, or n/a. */
	public static String figure(double value) {
		return Double.isNaN(value) ? Messages.Report_notApplicable : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$
	}

	private static ReportSection passages(AgreementReport report) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("", "\u03B1u")); //$NON-NLS-1$ //$NON-NLS-2$
		rows.add(List.of(Messages.Report_overall, figure(report.alphaU())));
		for (Map.Entry<NodeKind, Double> kind : report.alphaUByKind().entrySet()) {
			rows.add(List.of(NLS.bind(Messages.Report_kind, kind.getKey().word()), figure(kind.getValue())));
		}
		for (DocumentAgreement document : report.documents()) {
			String counts = Arrays.stream(document.passages()).mapToObj(String::valueOf)
					.collect(Collectors.joining(" / ")); //$NON-NLS-1$
			rows.add(List.of(NLS.bind(Messages.Report_document,
					new Object[] { document.document().title(), document.document().length(), counts }),
					figure(document.alphaU())));
		}
		return new ReportSection(Messages.Report_passages, List.of(), rows);
	}

	private static ReportSection kinds(AgreementReport report) {
		AgreementReport.KindAgreement kinds = report.kinds();
		return new ReportSection(Messages.Report_kinds,
				List.of(NLS.bind(Messages.Report_kindsItems, kinds.items(), kinds.completeItems())),
				List.of(List.of(Messages.Report_alpha, kinds.kappaName(), Messages.Report_observed),
						List.of(figure(kinds.alpha()), figure(kinds.kappa()), figure(kinds.observed()))));
	}

	/** One column per pair of annotators, one row per measure, so that many pairs still fit a terminal. */
	private static ReportSection pairs(AgreementReport report) {
		List<PairAgreement> pairs = report.pairs();
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(Messages.Report_pair));
		pairs.forEach(pair -> header.add((pair.reference() + 1) + "-" + (pair.other() + 1))); //$NON-NLS-1$
		rows.add(header);
		rows.add(row(Messages.Report_matchedNodes, pairs, pair -> String.valueOf(pair.matchedNodes())));
		rows.add(row(Messages.Report_precision, pairs, pair -> figure(pair.relations().precision())));
		rows.add(row(Messages.Report_recall, pairs, pair -> figure(pair.relations().recall())));
		rows.add(row("F1", pairs, pair -> figure(pair.relations().f1()))); //$NON-NLS-1$
		rows.add(row(Messages.Report_kindKappa, pairs, pair -> figure(pair.relationKindKappa())));
		rows.add(row(Messages.Report_kindObserved, pairs, pair -> figure(pair.relationKindObserved())));
		rows.add(row(Messages.Report_linked, pairs, pair -> String.valueOf(pair.linkedItems())));
		rows.add(row(Messages.Report_linkedSame, pairs, pair -> figure(pair.linkedObserved())));
		rows.add(row(Messages.Report_undercuts, pairs, pair -> figure(pair.undercuts().f1())));
		rows.add(row(Messages.Report_analogies, pairs, pair -> String.valueOf(pair.analogies())));
		rows.add(row(Messages.Report_cases, pairs, pair -> String.valueOf(pair.casesAgreed())));
		rows.add(row(Messages.Report_correspondences, pairs, pair -> figure(pair.correspondences().f1())));
		return new ReportSection(Messages.Report_relations, List.of(), rows);
	}

	private static List<String> row(String measure, List<PairAgreement> pairs, Function<PairAgreement, String> value) {
		List<String> cells = new ArrayList<>(List.of(measure));
		pairs.forEach(pair -> cells.add(value.apply(pair)));
		return cells;
	}

	private static ReportSection confusion(AgreementReport report) {
		List<String> names = new ArrayList<>();
		Arrays.stream(NodeKind.values()).forEach(kind -> names.add(kind.word()));
		names.add(Messages.Report_none);
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add(""); //$NON-NLS-1$
		header.addAll(names);
		rows.add(header);
		for (int row = 0; row < names.size(); row++) {
			List<String> cells = new ArrayList<>();
			cells.add(names.get(row));
			for (int column = 0; column < names.size(); column++) {
				cells.add(String.valueOf(report.confusion()[row][column]));
			}
			rows.add(cells);
		}
		return new ReportSection(Messages.Report_confusion, List.of(), rows);
	}

	private static ReportSection disagreements(AgreementReport report) {
		if (report.disagreements().isEmpty()) {
			return new ReportSection(Messages.Report_disagreements, List.of(Messages.Report_noDisagreements),
					List.of());
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int a = 0; a < report.annotators().size(); a++) {
			header.add(String.valueOf(a + 1));
		}
		rows.add(header);
		int rank = 1;
		for (MatchedPassages group : report.disagreements()) {
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(rank++));
			cells.add(group.document().title());
			cells.add(group.start() + "\u2013" + group.end()); //$NON-NLS-1$
			for (Passage passage : group.byAnnotator()) {
				cells.add(passage == null ? Messages.Report_none
						: passage.kind().word() + " \u201C" + MapLabels.excerpt(passage.anchor().getExact()) + "\u201D"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			rows.add(cells);
		}
		return new ReportSection(Messages.Report_disagreements, List.of(), rows);
	}
}

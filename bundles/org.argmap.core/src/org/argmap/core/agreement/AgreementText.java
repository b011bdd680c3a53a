package org.argmap.core.agreement;

import java.util.List;

/** The agreement report as plain text with aligned columns, for the terminal. */
public final class AgreementText {

	private AgreementText() {
	}

	public static String of(AgreementReport report) {
		StringBuilder text = new StringBuilder(Messages.Report_title).append(System.lineSeparator());
		for (ReportSection section : AgreementTables.of(report)) {
			text.append(System.lineSeparator());
			if (!section.title().isEmpty()) {
				text.append(section.title()).append(System.lineSeparator());
			}
			section.notes().forEach(note -> text.append("  ").append(note).append(System.lineSeparator())); //$NON-NLS-1$
			appendTable(text, section.rows());
		}
		return text.toString();
	}

	private static void appendTable(StringBuilder text, List<List<String>> rows) {
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		int[] widths = new int[columns];
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				widths[c] = Math.max(widths[c], row.get(c).length());
			}
		}
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder("  "); //$NON-NLS-1$
			for (int c = 0; c < row.size(); c++) {
				line.append(String.format("%-" + Math.max(1, widths[c]) + "s", row.get(c))).append("  "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			text.append(line.toString().stripTrailing()).append(System.lineSeparator());
		}
	}
}

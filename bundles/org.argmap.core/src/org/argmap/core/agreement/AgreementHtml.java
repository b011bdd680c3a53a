package org.argmap.core.agreement;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.argmap.model.persistence.FileReplacement;
import org.jsoup.nodes.Entities;

/**
 * The agreement report as one self-contained HTML file (styles inline, nothing fetched), fit to attach to a
 * paper's supplementary material.
 */
public final class AgreementHtml {

	private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}" //$NON-NLS-1$
			+ "table{border-collapse:collapse;margin:.5em 0 1.5em}" //$NON-NLS-1$
			+ "td,th{border:1px solid #bbb;padding:.2em .6em;text-align:left;vertical-align:top}" //$NON-NLS-1$
			+ "th{background:#eee}p.method{font-size:90%;color:#444}"; //$NON-NLS-1$

	private AgreementHtml() {
	}

	/** Writes the report to {@code file} atomically: a failed or cancelled write leaves any previous file. */
	public static void write(AgreementReport report, Path file, BooleanSupplier cancelled) throws IOException {
		String html = of(report);
		FileReplacement.write(file, cancelled, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(html);
			writer.flush();
		});
	}

	public static String of(AgreementReport report) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">") //$NON-NLS-1$
				.append("<title>").append(escape(Messages.Report_title)).append("</title><style>").append(STYLE) //$NON-NLS-1$ //$NON-NLS-2$
				.append("</style></head><body>\n<h1>").append(escape(Messages.Report_title)).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (ReportSection section : AgreementTables.of(report)) {
			boolean method = section.title().isEmpty();
			if (!method) {
				html.append("<h2>").append(escape(section.title())).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (String note : section.notes()) {
				html.append(method ? "<p class=\"method\">" : "<p>").append(escape(note)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			appendTable(html, section.rows());
		}
		return html.append("</body></html>\n").toString(); //$NON-NLS-1$
	}

	private static void appendTable(StringBuilder html, List<List<String>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		html.append("<table>\n"); //$NON-NLS-1$
		for (int r = 0; r < rows.size(); r++) {
			String cell = r == 0 ? "th" : "td"; //$NON-NLS-1$ //$NON-NLS-2$
			html.append("<tr>"); //$NON-NLS-1$
			for (String value : rows.get(r)) {
				html.append('<').append(cell).append('>').append(escape(value)).append("</").append(cell).append('>'); //$NON-NLS-1$
			}
			html.append("</tr>\n"); //$NON-NLS-1$
		}
		html.append("</table>\n"); //$NON-NLS-1$
	}

	private static String escape(String text) {
		return Entities.escape(text);
	}
}

package org.argmap.core.agreement;

import java.util.List;

/**
 * One part of the agreement report as a table, so that its text and HTML forms say the same.
 *
 * @param notes sentences shown under the title
 * @param rows  the table, its first row the header; empty for a section of notes only
 */
public record ReportSection(String title, List<String> notes, List<List<String>> rows) {
}

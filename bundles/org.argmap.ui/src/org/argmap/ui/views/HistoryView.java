package org.argmap.ui.views;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.argmap.core.team.MapVersion;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** Team > History: the commits that changed a map, newest first. */
public final class HistoryView extends ViewPart {

	public static final String ID = "org.argmap.ui.historyView"; //$NON-NLS-1$

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withZone(ZoneId.systemDefault());

	private TableViewer table;

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		TableColumns.<MapVersion>add(table, Messages.History_commit, 80, MapVersion::shortId);
		TableColumns.<MapVersion>add(table, Messages.History_author, 140, MapVersion::author);
		TableColumns.<MapVersion>add(table, Messages.History_date, 180, version -> WHEN.format(version.when()));
		TableColumns.<MapVersion>add(table, Messages.History_message, 520, MapVersion::summary);
		table.setContentProvider(ArrayContentProvider.getInstance());
		setContentDescription(Messages.History_none);
	}

	/** Shows the history of {@code map}. */
	public void show(Path map, List<MapVersion> versions) {
		table.setInput(versions);
		setContentDescription(NLS.bind(Messages.History_summary, map.getFileName(), versions.size()));
	}

	/** For tests: what the table shows. */
	public TableViewer table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}

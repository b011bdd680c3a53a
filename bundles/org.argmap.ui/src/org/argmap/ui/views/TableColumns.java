package org.argmap.ui.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** The text columns of the workbench's tables: the views' and Compare Maps'. */
public final class TableColumns {

	private TableColumns() {
	}

	/** Adds a column titled {@code title} that shows {@code text} of each row ({@code null} as nothing). */
	@SuppressWarnings("unchecked")
	public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String shown = text.apply((T) element);
				return shown == null ? "" : shown; //$NON-NLS-1$
			}
		});
		return column;
	}
}

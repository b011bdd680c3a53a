package org.argmap.ui.preferences;

import org.eclipse.jface.preference.ListEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;

/**
 * The files and folders outside their own folder that maps may read documents from: what the user allowed
 * from the source pane, listed to review, remove, or add to ahead of time.
 */
final class AllowedSourcesEditor extends ListEditor {

	AllowedSourcesEditor(Composite parent) {
		super(ArgmapPreferences.ALLOWED_SOURCES, Messages.Preferences_allowedSources, parent);
	}

	@Override
	protected String createList(String[] items) {
		return String.join("\n", items); //$NON-NLS-1$
	}

	@Override
	protected String getNewInputObject() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.Preferences_allowSource);
		return dialog.open();
	}

	@Override
	protected String[] parseString(String stringList) {
		return stringList.lines().filter(line -> !line.isBlank()).toArray(String[]::new);
	}
}

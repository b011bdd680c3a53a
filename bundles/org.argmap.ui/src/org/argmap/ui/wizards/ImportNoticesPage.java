package org.argmap.ui.wizards;

import java.nio.file.Path;

import org.argmap.interchange.ImportedMap;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;

/** What the import read, and what it left out or guessed, before the map opens. */
final class ImportNoticesPage extends WizardPage {

	private Label summary;
	private List notices;

	ImportNoticesPage() {
		super("notices"); //$NON-NLS-1$
		setTitle(Messages.Import_noticesTitle);
		setDescription(Messages.Import_noticesDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));
		summary = new Label(composite, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		notices = new List(composite, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		notices.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		setControl(composite);
	}

	void show(Path input, ImportedMap imported) {
		summary.setText(NLS.bind(Messages.Import_summary, new Object[] { input.getFileName(),
				imported.map().getNodes().size(), imported.map().getRelations().size(),
				imported.map().getDocuments().size() }));
		notices.setItems(imported.notices().toArray(String[]::new));
	}

	String[] notices() {
		return notices.getItems();
	}
}

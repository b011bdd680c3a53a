package org.argmap.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.argmap.model.persistence.FileReplacement;
import org.argmap.ui.editor.OpenMaps;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Which format, and which file: proposed beside the map, named after it, with the format's extension. */
final class ExportPage extends WizardPage {

	private final Path mapFile;
	private ExportFormat format;
	private Text fileText;
	/** Whether the user typed or chose a file name, which a change of format then keeps. */
	private boolean fileChosen;

	ExportPage(Path mapFile, ExportFormat proposed) {
		super("export"); //$NON-NLS-1$
		this.mapFile = mapFile;
		this.format = proposed;
		setTitle(NLS.bind(Messages.Export_pageTitle, mapFile.getFileName()));
		setDescription(Messages.Export_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));
		Label formatLabel = new Label(composite, SWT.NONE);
		formatLabel.setText(Messages.Export_format);
		formatLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		for (ExportFormat choice : ExportFormat.values()) {
			Button radio = new Button(composite, SWT.RADIO);
			radio.setText(choice.description());
			radio.setData(choice);
			radio.setSelection(choice == format);
			radio.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			radio.addListener(SWT.Selection, event -> {
				if (radio.getSelection()) {
					formatChosen(choice);
				}
			});
		}
		new Label(composite, SWT.NONE).setText(Messages.Export_file);
		fileText = new Text(composite, SWT.BORDER);
		fileText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		fileText.setText(proposedFile(format).toString());
		fileText.addListener(SWT.Modify, event -> validate());
		fileText.addListener(SWT.KeyDown, event -> fileChosen = true);
		Button browse = new Button(composite, SWT.PUSH);
		browse.setText(Messages.Export_browse);
		browse.addListener(SWT.Selection, event -> browse());
		setControl(composite);
		validate();
	}

	private void formatChosen(ExportFormat chosen) {
		format = chosen;
		if (!fileChosen) {
			fileText.setText(proposedFile(chosen).toString());
		} else {
			String name = fileText.getText().strip();
			int dot = name.lastIndexOf('.');
			int slash = name.lastIndexOf('/');
			fileText.setText((dot > slash ? name.substring(0, dot) : name) + '.' + chosen.extension());
		}
		validate();
	}

	private Path proposedFile(ExportFormat chosen) {
		String name = mapFile.getFileName().toString().replaceFirst("\\.argmap$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return mapFile.toAbsolutePath().resolveSibling(name + '.' + chosen.extension());
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setFilterExtensions(new String[] { "*." + format.extension() }); //$NON-NLS-1$
		Path current = file() != null && file().getFileName() != null ? file() : proposedFile(format);
		dialog.setFilterPath(current.getParent().toString());
		dialog.setFileName(current.getFileName().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			fileChosen = true;
			fileText.setText(chosen);
		}
	}

	private void validate() {
		String problem = null;
		String warning = null;
		String text = fileText.getText().strip();
		Path file = text.isEmpty() ? null : file();
		if (file == null || file.getFileName() == null) {
			problem = Messages.Export_noFile;
		} else if (FileReplacement.sameFile(file, mapFile)) {
			problem = Messages.Export_ontoMap;
		} else if (OpenMaps.isOpen(file)) {
			problem = NLS.bind(Messages.Export_ontoOpenMap, file.getFileName());
		} else if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			problem = Messages.Export_noFolder;
		} else if (Files.isDirectory(file)) {
			problem = Messages.Export_isFolder;
		} else if (Files.exists(file)) {
			warning = NLS.bind(Messages.Export_replaces, file.getFileName());
		}
		setErrorMessage(problem);
		setMessage(warning, IMessageProvider.WARNING);
		setPageComplete(problem == null);
	}

	ExportFormat format() {
		return format;
	}

	/** The file named, or null when the text names none. */
	Path file() {
		try {
			return Path.of(fileText.getText().strip()).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}
}

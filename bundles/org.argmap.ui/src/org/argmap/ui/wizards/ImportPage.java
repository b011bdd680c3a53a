package org.argmap.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import org.argmap.interchange.ImportOptions;
import org.argmap.ui.editor.OpenMaps;
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

/** The file to import, the new map's file (proposed beside it), and for foreign GraphML which keys to read. */
final class ImportPage extends WizardPage {

	private final Path folder;
	private Text inputText;
	private Text mapText;
	private Text labelKey;
	private Text kindKey;
	/** Whether the user named the map file, which a change of input then keeps. */
	private boolean mapChosen;

	ImportPage(Path folder) {
		super("import"); //$NON-NLS-1$
		this.folder = folder;
		setTitle(Messages.Import_pageTitle);
		setDescription(Messages.Import_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));
		inputText = fileRow(composite, Messages.Import_input, true);
		inputText.addListener(SWT.Modify, event -> {
			if (!mapChosen && input() != null && input().getFileName() != null) {
				String name = input().getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
				mapText.setText(input().resolveSibling(name + ".argmap").toString()); //$NON-NLS-1$
			}
			validate();
		});
		mapText = fileRow(composite, Messages.Import_map, false);
		mapText.addListener(SWT.Modify, event -> validate());
		mapText.addListener(SWT.KeyDown, event -> mapChosen = true);
		Label foreign = new Label(composite, SWT.WRAP);
		foreign.setText(Messages.Import_foreign);
		foreign.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		labelKey = optionRow(composite, Messages.Import_labelKey);
		kindKey = optionRow(composite, Messages.Import_kindKey);
		setControl(composite);
		validate();
	}

	private Text fileRow(Composite composite, String label, boolean open) {
		new Label(composite, SWT.NONE).setText(label);
		Text text = new Text(composite, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(composite, SWT.PUSH);
		browse.setText(Messages.Export_browse);
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), open ? SWT.OPEN : SWT.SAVE);
			dialog.setFilterExtensions(open ? new String[] { "*.graphml;*.json", "*.*" } : new String[] { "*.argmap" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			dialog.setFilterPath(folder.toString());
			String chosen = dialog.open();
			if (chosen != null) {
				mapChosen |= !open;
				text.setText(chosen);
			}
		});
		return text;
	}

	private static Text optionRow(Composite composite, String label) {
		new Label(composite, SWT.NONE).setText(label);
		Text text = new Text(composite, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return text;
	}

	private void validate() {
		String problem = null;
		Path input = input();
		Path mapFile = mapFile();
		if (input == null) {
			problem = Messages.Import_noInput;
		} else if (!Files.isRegularFile(input)) {
			problem = NLS.bind(Messages.Import_inputMissing, input.getFileName());
		} else if (mapFile == null || mapFile.getFileName() == null) {
			problem = Messages.Import_noMap;
		} else if (!mapFile.getFileName().toString().endsWith(".argmap")) { //$NON-NLS-1$
			problem = Messages.Import_notArgmap;
		} else if (Files.exists(mapFile) || OpenMaps.isOpen(mapFile)) {
			problem = NLS.bind(Messages.Import_mapExists, mapFile.getFileName());
		} else if (mapFile.getParent() == null || !Files.isDirectory(mapFile.getParent())) {
			problem = Messages.Export_noFolder;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Path input() {
		return path(inputText.getText());
	}

	Path mapFile() {
		return path(mapText.getText());
	}

	ImportOptions options() {
		return new ImportOptions(blankToNull(labelKey.getText()), blankToNull(kindKey.getText()), Map.of());
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	private static Path path(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Path.of(text.strip()).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}
}

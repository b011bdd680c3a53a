package org.argmap.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Gathers the maps to compare. Annotators usually keep their maps in folders of their own, and a file dialog
 * chooses in one folder only, so maps are added a folder at a time.
 */
final class ChooseMapsDialog extends Dialog {

	private final List<Path> files;
	private ListViewer list;
	private Button remove;

	/** @param initial maps already chosen: the open map, which is usually one of the annotators' */
	ChooseMapsDialog(Shell parent, List<Path> initial) {
		super(parent);
		files = new ArrayList<>(initial);
	}

	List<Path> files() {
		return files;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Compare_chooseTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label about = new Label(area, SWT.WRAP);
		about.setText(Messages.Compare_chooseAbout);
		GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).applyTo(about);
		list = new ListViewer(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new LabelProvider());
		list.setInput(files);
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 160).applyTo(list.getControl());
		Composite buttons = new Composite(area, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(Messages.Compare_add);
		add.addListener(SWT.Selection, event -> add());
		GridDataFactory.fillDefaults().applyTo(add);
		remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.Compare_remove);
		remove.addListener(SWT.Selection, event -> {
			files.removeAll(list.getStructuredSelection().toList());
			changed();
		});
		GridDataFactory.fillDefaults().applyTo(remove);
		list.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
		remove.setEnabled(false);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Compare_compare, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		changed();
	}

	private void add() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Compare_addTitle);
		dialog.setFilterExtensions(new String[] { "*.argmap", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (!files.isEmpty() && files.get(files.size() - 1).getParent() != null) {
			dialog.setFilterPath(files.get(files.size() - 1).getParent().toString());
		}
		if (dialog.open() != null) {
			Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name))
					.filter(file -> !files.contains(file)).forEach(files::add);
			changed();
		}
	}

	private void changed() {
		list.refresh();
		getButton(IDialogConstants.OK_ID).setEnabled(files.size() >= 2);
	}
}

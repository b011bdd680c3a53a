package org.argmap.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.model.MapElements;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.ui.handlers.OpenMapHandler;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/** File > New Map: a folder, a file name and a title; the empty map is saved and opened. */
public final class NewMapWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private MapPage page;

	@Override
	public void init(IWorkbench givenWorkbench, IStructuredSelection selection) {
		workbench = givenWorkbench;
		setWindowTitle(Messages.NewMap_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new MapPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(MapElements.newMap(page.title()));
		try {
			MapStore.save(resource, file);
			OpenMapHandler.open(workbench.getActiveWorkbenchWindow().getActivePage(), file);
			return true;
		} catch (MapFileException | ExecutionException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	private static final class MapPage extends WizardPage {

		private Text folder;
		private Text name;
		private Text title;

		MapPage() {
			super("map"); //$NON-NLS-1$
			setTitle(Messages.NewMap_pageTitle);
			setDescription(Messages.NewMap_pageDescription);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite control = new Composite(parent, SWT.NONE);
			control.setLayout(new GridLayout(3, false));
			new Label(control, SWT.NONE).setText(Messages.NewMap_folder);
			folder = new Text(control, SWT.BORDER);
			folder.setText(System.getProperty("user.home")); //$NON-NLS-1$
			folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(control, SWT.PUSH);
			browse.setText(Messages.NewMap_browse);
			browse.addListener(SWT.Selection, event -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setFilterPath(folder.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					folder.setText(chosen);
				}
			});
			new Label(control, SWT.NONE).setText(Messages.NewMap_fileName);
			name = new Text(control, SWT.BORDER);
			name.setText("debate.argmap"); //$NON-NLS-1$
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(control, SWT.NONE).setText(Messages.NewMap_mapTitle);
			title = new Text(control, SWT.BORDER);
			title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			folder.addModifyListener(event -> validate());
			name.addModifyListener(event -> validate());
			title.addModifyListener(event -> validate());
			setControl(control);
			validate();
		}

		private void validate() {
			String problem = null;
			if (!Files.isDirectory(Path.of(folder.getText()))) {
				problem = Messages.NewMap_noFolder;
			} else if (name.getText().isBlank()) {
				problem = Messages.NewMap_noName;
			} else if (Files.exists(file())) {
				problem = NLS.bind(Messages.NewMap_exists, file().getFileName());
			} else if (title.getText().isBlank()) {
				problem = Messages.NewMap_noTitle;
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		Path file() {
			String fileName = name.getText().strip();
			return Path.of(folder.getText(), fileName.endsWith(".argmap") ? fileName : fileName + ".argmap"); //$NON-NLS-1$ //$NON-NLS-2$
		}

		String title() {
			return title.getText().strip();
		}
	}
}

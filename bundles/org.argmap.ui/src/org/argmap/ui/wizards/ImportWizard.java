package org.argmap.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Interchange;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.editor.MapEditorInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * File > Import: GraphML or AIF JSON read in the background (with the wizard's progress bar), then opened as a
 * new map that is not saved until the user saves it. What the import left out or guessed is shown first.
 */
public final class ImportWizard extends Wizard {

	private final IWorkbenchPage workbenchPage;
	private ImportPage page;
	private ImportNoticesPage noticesPage;
	private ImportedMap imported;
	private MapEditor opened;

	public ImportWizard(IWorkbenchPage workbenchPage, Path folder) {
		this.workbenchPage = workbenchPage;
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(true);
		this.page = new ImportPage(folder);
	}

	@Override
	public void addPages() {
		addPage(page);
		noticesPage = new ImportNoticesPage();
		addPage(noticesPage);
	}

	/** The notices page is reached by Finish, once the file is read, not by Next. */
	@Override
	public boolean needsPreviousAndNextButtons() {
		return false;
	}

	@Override
	public boolean performFinish() {
		if (getContainer().getCurrentPage() == page) {
			imported = read(page.input(), page.options());
			if (imported == null) {
				return false;
			}
			if (!imported.notices().isEmpty()) {
				noticesPage.show(page.input(), imported);
				getContainer().showPage(noticesPage);
				return false;
			}
		}
		try {
			opened = (MapEditor) workbenchPage.openEditor(new MapEditorInput(page.mapFile(), imported.map()),
					MapEditor.ID);
			return true;
		} catch (PartInitException e) {
			((WizardPage) getContainer().getCurrentPage()).setErrorMessage(e.getMessage());
			return false;
		}
	}

	private ImportedMap read(Path input, ImportOptions options) {
		ImportedMap[] result = new ImportedMap[1];
		try {
			getContainer().run(true, false, (IProgressMonitor monitor) -> {
				monitor.beginTask(NLS.bind(Messages.Import_reading, input.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					result[0] = Interchange.importFile(input, options);
				} catch (ImportException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			return result[0];
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The editor the import opened, or null. */
	public MapEditor opened() {
		return opened;
	}
}

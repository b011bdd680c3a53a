package org.argmap.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.editor.MapEditorInput;
import org.argmap.ui.graph.ImageExport;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * File > Export: the open map in one of the {@link ExportFormat}s, into a file that is neither the map itself
 * nor any map open in the workbench. Interchange formats are written by a background {@link Job}.
 */
public final class ExportWizard extends Wizard {

	private final MapEditor editor;
	private ExportPage page;
	private Job job;

	public ExportWizard(MapEditor editor) {
		this.editor = editor;
		setWindowTitle(Messages.Export_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new ExportPage(editor.mapFile(), openMapFiles(), ArgmapPreferences.exportFormat());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ExportFormat format = page.format();
		Path file = page.file();
		ArgmapPreferences.store().setValue(ArgmapPreferences.EXPORT_FORMAT, format.formatName());
		if (format.interchange() != null) {
			job = new ExportJob(editor.map(), format.interchange(), file);
			job.schedule();
			return true;
		}
		if (editor.graph().layout() == null) {
			page.setErrorMessage(Messages.Export_notLaidOut);
			return false;
		}
		IOException[] failure = new IOException[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			try {
				ImageExport.write(editor.graph(), file);
			} catch (IOException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			page.setErrorMessage(NLS.bind(Messages.Export_failed, file, failure[0].getMessage()));
			return false;
		}
		return true;
	}

	/** The background export started by the last finish, or null (images are written at once). */
	public Job job() {
		return job;
	}

	/** Every map file open in an editor of the workbench: an export must not replace any of them. */
	static List<Path> openMapFiles() {
		List<Path> files = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage workbenchPage : window.getPages()) {
				for (IEditorReference reference : workbenchPage.getEditorReferences()) {
					try {
						if (reference.getEditorInput() instanceof MapEditorInput input) {
							files.add(input.file());
						}
					} catch (PartInitException e) {
						// an editor that failed to open holds no file open
					}
				}
			}
		}
		return files;
	}

	/** Whether {@code file} is one of {@code openFiles}, also through a link. */
	static boolean isOpen(Path file, List<Path> openFiles) {
		Path normalized = file.toAbsolutePath().normalize();
		for (Path open : openFiles) {
			try {
				if (open.equals(normalized) || Files.exists(normalized) && Files.isSameFile(open, normalized)) {
					return true;
				}
			} catch (IOException e) {
				// a file that cannot be examined is not the open one
			}
		}
		return false;
	}
}

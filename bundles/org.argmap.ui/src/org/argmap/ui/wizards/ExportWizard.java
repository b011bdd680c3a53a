package org.argmap.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.graph.ImageExport;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;

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
		page = new ExportPage(editor.mapFile(), ArgmapPreferences.exportFormat());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ExportFormat format = page.format();
		ArgmapPreferences.store().setValue(ArgmapPreferences.EXPORT_FORMAT, format.formatName());
		try {
			job = export(editor, format, page.file());
			return true;
		} catch (IOException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/**
	 * Writes the map of {@code editor} to {@code file}: interchange formats in a background job, which is
	 * answered, images at once (null is answered then).
	 *
	 * @throws IOException naming the file when an image cannot be written or the graph is not laid out yet
	 */
	public static Job export(MapEditor editor, ExportFormat format, Path file) throws IOException {
		if (format.interchange() != null) {
			Job export = new ExportJob(editor.map(), format.interchange(), file);
			export.schedule();
			return export;
		}
		if (editor.graph().layout() == null) {
			throw new IOException(Messages.Export_notLaidOut);
		}
		IOException[] failure = new IOException[1];
		BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(), () -> {
			try {
				ImageExport.write(editor.graph(), file);
			} catch (IOException e) {
				failure[0] = new IOException(NLS.bind(Messages.Export_failed, file, e.getMessage()), e);
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		return null;
	}

	/** The background export started by the last finish, or null (images are written at once). */
	public Job job() {
		return job;
	}
}

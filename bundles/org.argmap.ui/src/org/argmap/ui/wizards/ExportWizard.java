package org.argmap.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.argmap.interchange.Interchange;
import org.argmap.model.ArgumentMap;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.graph.ImageExport;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.Wizard;

/**
 * File > Export: the open map in one of the {@link ExportFormat}s, into a file that is neither the map itself
 * nor any map open in the workbench, written by a background {@link Job}.
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
	 * Writes the map of {@code editor} to {@code file} in a background job, which is answered: an interchange
	 * format from a copy of the map, an image from a copy of the graph as it is on screen.
	 *
	 * @throws IOException when the graph to draw is not laid out yet
	 */
	public static Job export(MapEditor editor, ExportFormat format, Path file) throws IOException {
		ExportJob export;
		if (format.interchange() != null) {
			ArgumentMap copy = EcoreUtil.copy(editor.map());
			export = new ExportJob(file, cancelled -> Interchange.export(copy, format.interchange(), file, cancelled));
		} else {
			ImageExport image = ImageExport.of(editor.graph());
			if (image == null) {
				throw new IOException(Messages.Export_notLaidOut);
			}
			export = new ExportJob(file, cancelled -> image.write(format.picture(), file, cancelled));
		}
		export.schedule();
		return export;
	}

	/** The background export started by the last finish. */
	public Job job() {
		return job;
	}
}

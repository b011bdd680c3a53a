package org.argmap.ui.wizards;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;

import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.ui.ArgmapUi;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Writes a map in an interchange format in the background. It works on a copy taken when the job is made (on
 * the UI thread), so the user may go on editing; the file is replaced only once it is complete, so a failed or
 * cancelled export leaves any previous file as it was.
 */
final class ExportJob extends Job {

	private final ArgumentMap copy;
	private final InterchangeFormat format;
	private final Path file;

	ExportJob(ArgumentMap map, InterchangeFormat format, Path file) {
		super(NLS.bind(Messages.Export_job, file.getFileName()));
		this.copy = EcoreUtil.copy(map);
		this.format = format;
		this.file = file;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			Interchange.export(copy, format, file, monitor::isCanceled);
			return Status.OK_STATUS;
		} catch (InterruptedIOException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return new Status(IStatus.ERROR, ArgmapUi.PLUGIN_ID, NLS.bind(Messages.Export_failed, file, e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}

	Path file() {
		return file;
	}
}

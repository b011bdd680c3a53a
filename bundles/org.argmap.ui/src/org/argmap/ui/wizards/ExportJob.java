package org.argmap.ui.wizards;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;

import java.util.function.BooleanSupplier;

import org.argmap.ui.ArgmapUi;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Writes a map in the background: in an interchange format, or its graph as an image. It works on a copy taken
 * when the job is made (on the UI thread), so the user may go on editing; the file is replaced only once it is
 * complete, so a failed or cancelled export leaves any previous file as it was.
 */
final class ExportJob extends Job {

	/** Writes the copy to the file, stopping with an {@link InterruptedIOException} once cancelled. */
	interface Writer {
		void write(BooleanSupplier cancelled) throws IOException;
	}

	private final Writer writer;
	private final Path file;

	ExportJob(Path file, Writer writer) {
		super(NLS.bind(Messages.Export_job, file.getFileName()));
		this.writer = writer;
		this.file = file;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			writer.write(monitor::isCanceled);
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

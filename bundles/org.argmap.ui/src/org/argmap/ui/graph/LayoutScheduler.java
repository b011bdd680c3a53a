package org.argmap.ui.graph;

import java.util.function.Consumer;

import org.argmap.core.layout.MapLayout;
import org.argmap.core.layout.MapLayout.Result;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Runs ELK's full layout of a map: inline for small maps, in a cancellable Job for large ones. Cancelling the
 * Job (from the Progress view, or by asking for a newer layout) stops ELK between its phases, and a cancelled
 * or superseded result never reaches the canvas.
 */
final class LayoutScheduler {

	/** Maps larger than this are laid out in a background job. */
	private static final int INLINE_LIMIT = 150;

	private final Control control;
	private final Consumer<Result> done;
	private Job running;

	/**
	 * @param control the canvas, whose display the result is handed to
	 * @param done    receives each finished layout on the UI thread, or null for one that was cancelled or failed
	 */
	LayoutScheduler(Control control, Consumer<Result> done) {
		this.control = control;
		this.done = done;
	}

	/** Lays out {@code prepared}, a map read into ELK's graph on the UI thread, of {@code nodes} nodes. */
	void schedule(MapLayout prepared, int nodes) {
		cancel();
		if (nodes <= INLINE_LIMIT) {
			done.accept(prepared.compute());
			return;
		}
		Job job = new Job(Messages.Canvas_layingOut) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.Canvas_layingOut, 1);
				Result result = null;
				try {
					result = prepared.compute(progress::isCanceled);
				} finally {
					// cancelled, failed or done, the canvas hears of it (null when there is no layout)
					Result computed = result;
					control.getDisplay().asyncExec(() -> {
						if (!control.isDisposed() && running == this) {
							running = null;
							done.accept(computed);
						}
					});
				}
				return result == null ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}
		};
		job.setUser(false);
		running = job;
		job.schedule();
	}

	void cancel() {
		if (running != null) {
			running.cancel();
			running = null;
		}
	}
}

package org.argmap.ui;

import java.util.function.Consumer;

/**
 * A view's catching up with the model, run once for all the notifications of one edit: the first asks the
 * scheduler for a run, the others find it asked for already.
 */
public final class OncePerEdit {

	private final Consumer<Runnable> scheduler;
	private final Runnable task;
	private boolean requested;

	/**
	 * @param scheduler runs what it is given once the edit is done (after the graph has shown it, or when the
	 *                  UI thread is free)
	 * @param task      the catching up
	 */
	public OncePerEdit(Consumer<Runnable> scheduler, Runnable task) {
		this.scheduler = scheduler;
		this.task = task;
	}

	public void request() {
		if (!requested) {
			requested = true;
			scheduler.accept(this::run);
		}
	}

	private void run() {
		requested = false;
		task.run();
	}
}

package org.argmap.ui.handlers;

import java.util.function.Consumer;

import org.argmap.core.team.TeamException;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.swt.widgets.Display;

/**
 * A git operation of the Team menu, run in a Job: JGit's progress reaches the Job's monitor, the Cancel
 * button reaches JGit, the result reaches the UI thread, and a failure is shown by the workbench with its
 * message.
 */
final class TeamJob<T> extends Job {

	/** The git work, off the UI thread. */
	@FunctionalInterface
	interface Work<T> {
		T run(ProgressMonitor progress) throws TeamException;
	}

	private final Work<T> work;
	private final Consumer<T> done;
	private final Display display;

	private TeamJob(String name, Work<T> work, Consumer<T> done) {
		super(name);
		this.work = work;
		this.done = done;
		this.display = Display.getCurrent();
		setUser(true);
	}

	/** Schedules {@code work}; {@code done} then gets its result in the UI thread. */
	static <T> TeamJob<T> start(String name, Work<T> work, Consumer<T> done) {
		TeamJob<T> job = new TeamJob<>(name, work, done);
		job.schedule();
		return job;
	}

	/** Saves the map before git reads the file; false when the save failed (and told the user why). */
	static boolean saved(MapEditor editor) {
		if (editor.isDirty()) {
			editor.doSave(null);
		}
		return !editor.isDirty();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			T result = work.run(new JGitProgress(progress));
			display.asyncExec(() -> done.accept(result));
			return Status.OK_STATUS;
		} catch (TeamException e) {
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.error(e.getMessage(), e);
		} catch (RuntimeException e) {
			ArgmapUi.log(getName(), e);
			return Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
		}
	}

	/** JGit's tasks ("Receiving objects", "Resolving deltas") as sub-tasks of the Job, each a share of the bar. */
	private static final class JGitProgress implements ProgressMonitor {

		private final SubMonitor monitor;
		private SubMonitor task;

		JGitProgress(SubMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void start(int totalTasks) {
			monitor.setWorkRemaining(Math.max(totalTasks, 1) * 10);
		}

		@Override
		public void beginTask(String title, int totalWork) {
			monitor.subTask(title);
			task = monitor.split(10).setWorkRemaining(totalWork == UNKNOWN ? 1000 : totalWork);
		}

		@Override
		public void update(int completed) {
			if (task != null) {
				task.worked(completed);
			}
		}

		@Override
		public void endTask() {
			if (task != null) {
				task.done();
			}
		}

		@Override
		public boolean isCancelled() {
			return monitor.isCanceled();
		}

		@Override
		public void showDuration(boolean enabled) {
			// the Job's progress shows no durations
		}
	}
}

package org.argmap.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.argmap.core.evaluation.Evaluation;
import org.argmap.core.evaluation.Label;
import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.MapFramework;
import org.argmap.core.evaluation.Semantics;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.ui.OncePerEdit;
import org.argmap.ui.graph.GraphCanvas;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.swt.widgets.Display;

/**
 * Which claims of an editor's map stand, kept up to date after every edit while anyone looks: the graph when
 * Evaluate is on, and the views registered as listeners. The framework is built from the map on the UI
 * thread (a few milliseconds even for thousands of nodes); the labelling, which for preferred and stable
 * semantics may take longer, runs in a job, and only the result of the latest edit is shown.
 */
public final class MapEvaluator {

	private final ArgumentMap map;
	private final GraphCanvas graph;
	private final Display display;
	private final IChangeNotifier notifier;
	private final OncePerEdit catchUp;
	private final INotifyChangedListener modelListener;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private Semantics semantics = Semantics.GROUNDED;
	private boolean onCanvas;
	private MapEvaluation current;
	/** Counts evaluations started, so that a slower, older one never overwrites a newer one. */
	private int generation;
	private Job job;

	MapEvaluator(ArgumentMap map, GraphCanvas graph, IChangeNotifier notifier) {
		this.map = map;
		this.graph = graph;
		this.notifier = notifier;
		display = graph.control().getDisplay();
		catchUp = new OncePerEdit(display::asyncExec, this::evaluate);
		modelListener = notification -> catchUp.request();
		notifier.addListener(modelListener);
	}

	/** Calls {@code listener} on the UI thread after each evaluation; evaluates now if nothing has been yet. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
		if (current == null) {
			evaluate();
		}
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Rings the nodes of the graph by label, or stops. */
	public void setOnCanvas(boolean on) {
		onCanvas = on;
		if (on && current == null) {
			evaluate();
		} else {
			graph.showLabels(on ? this::label : null);
		}
	}

	public boolean onCanvas() {
		return onCanvas;
	}

	public Semantics semantics() {
		return semantics;
	}

	public void setSemantics(Semantics chosen) {
		if (chosen != semantics) {
			semantics = chosen;
			evaluate();
		}
	}

	/** The evaluation of the map as of the last edit evaluated, or null before the first. */
	public MapEvaluation current() {
		return current;
	}

	/** The label of {@code node}, or null while it has not been evaluated (a node just added). */
	public Label label(Node node) {
		return current == null ? null : current.label(node);
	}

	private void evaluate() {
		if (!onCanvas && listeners.isEmpty()) {
			current = null; // nobody looks; the next one to look starts afresh
			return;
		}
		MapFramework framework = MapFramework.of(map);
		Semantics chosen = semantics;
		int started = ++generation;
		if (job != null) {
			job.cancel();
		}
		job = Job.create(Messages.Job_evaluating, monitor -> {
			Evaluation evaluation = Evaluation.of(framework.framework(), chosen);
			if (monitor.isCanceled()) { // a newer edit's evaluation is on its way
				return Status.CANCEL_STATUS;
			}
			display.asyncExec(() -> evaluated(started, MapEvaluation.of(framework, evaluation)));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void evaluated(int started, MapEvaluation evaluation) {
		if (started != generation || graph.control().isDisposed()) {
			return;
		}
		current = evaluation;
		if (onCanvas) { // off, the rings were taken away by setOnCanvas; no repaint for the view alone
			graph.showLabels(this::label);
		}
		listeners.forEach(Runnable::run);
	}

	void dispose() {
		notifier.removeListener(modelListener);
		generation++;
		if (job != null) {
			job.cancel();
		}
	}
}

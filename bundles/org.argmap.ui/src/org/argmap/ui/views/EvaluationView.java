package org.argmap.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.argmap.core.evaluation.Label;
import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.Node;
import org.argmap.model.edit.MapLabels;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.editor.MapEvaluator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Which claims of the active map stand, under the semantics chosen at the top: the nodes listed IN first,
 * then OUT, then undecided; beside them, why the selected one is labelled so, as a chain from it to an argument
 * nothing defeats. Double-clicking a node or a step of the chain selects it in the map. Both lists follow
 * every edit through the editor's {@link MapEvaluator}.
 */
public final class EvaluationView extends ViewPart {

	public static final String ID = "org.argmap.ui.evaluationView"; //$NON-NLS-1$

	private ComboViewer semantics;
	private TableViewer claims;
	private TableViewer chain;
	private MapEditor editor;
	private FollowedEditor followed;
	private final Runnable evaluated = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(top);
		org.eclipse.swt.widgets.Label caption = new org.eclipse.swt.widgets.Label(top, SWT.NONE);
		caption.setText(Messages.Evaluation_semantics);
		semantics = new ComboViewer(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		semantics.setContentProvider(ArrayContentProvider.getInstance());
		semantics.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return name((Semantics) element);
			}
		});
		semantics.setInput(Semantics.values());
		semantics.setSelection(new StructuredSelection(Semantics.GROUNDED));
		semantics.addSelectionChangedListener(event -> {
			if (editor != null) {
				editor.evaluator().setSemantics((Semantics) semantics.getStructuredSelection().getFirstElement());
			}
		});
		SashForm lists = new SashForm(top, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(lists);
		claims = table(lists);
		TableColumns.add(claims, Messages.Evaluation_label, 70, element -> labelWord(label((Node) element)));
		TableColumns.add(claims, Messages.Evaluation_node, 320, MapLabels::text);
		TableColumns.add(claims, Messages.Evaluation_acceptance, 140, element -> acceptance((Node) element));
		claims.addSelectionChangedListener(event -> showChain());
		claims.addDoubleClickListener(event -> select(claims.getStructuredSelection().getFirstElement()));
		chain = table(lists);
		TableColumns.add(chain, Messages.Evaluation_label, 70, element -> labelWord(((MapEvaluation.Step) element).label()));
		TableColumns.add(chain, Messages.Evaluation_why, 460,
				element -> ((MapEvaluation.Step) element).argument().describe());
		chain.addDoubleClickListener(event -> {
			Object step = chain.getStructuredSelection().getFirstElement();
			if (step instanceof MapEvaluation.Step chosen) {
				EObject element = chosen.argument().element();
				select(element instanceof CriticalQuestion question ? question.eContainer() : element);
			}
		});
		lists.setWeights(1, 1);
		getSite().setSelectionProvider(claims);
		followed = new FollowedEditor(getSite().getPage(), this::follow);
		refresh();
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private void follow(MapEditor next) {
		if (editor != null) {
			editor.evaluator().removeListener(evaluated);
		}
		editor = next == null || next.evaluator() == null ? null : next;
		if (editor != null) {
			semantics.setSelection(new StructuredSelection(editor.evaluator().semantics()));
			editor.evaluator().addListener(evaluated);
		}
		refresh();
	}

	private MapEvaluation evaluation() {
		return editor == null ? null : editor.evaluator().current();
	}

	private Label label(Node node) {
		return editor == null ? null : editor.evaluator().label(node);
	}

	/** The claims of the followed map, IN first, then OUT, then undecided, each group in map order. */
	public List<Node> rows() {
		List<Node> rows = new ArrayList<>();
		if (evaluation() != null) {
			rows.addAll(editor.map().getNodes());
			rows.removeIf(node -> label(node) == null);
			rows.sort(Comparator.comparing(this::label));
		}
		return rows;
	}

	private void refresh() {
		if (claims == null || claims.getControl().isDisposed()) {
			return;
		}
		Object selected = claims.getStructuredSelection().getFirstElement();
		List<Node> rows = rows();
		claims.setInput(rows);
		if (selected != null && rows.contains(selected)) {
			claims.setSelection(new StructuredSelection(selected));
		}
		showChain();
		MapEvaluation evaluation = evaluation();
		if (editor == null) {
			setContentDescription(Messages.Evaluation_noEditor);
		} else if (evaluation == null) {
			setContentDescription(Messages.Evaluation_evaluating);
		} else {
			setContentDescription(NLS.bind(Messages.Evaluation_summary, new Object[] { editor.mapFile().getFileName(),
					count(rows, Label.IN), count(rows, Label.OUT), count(rows, Label.UNDEC),
					evaluation.evaluation().labellings().size() }));
		}
	}

	private long count(List<Node> rows, Label label) {
		return rows.stream().filter(node -> label(node) == label).count();
	}

	private void showChain() {
		Object selected = claims.getStructuredSelection().getFirstElement();
		MapEvaluation evaluation = evaluation();
		chain.setInput(selected instanceof Node node && evaluation != null ? evaluation.explain(node) : List.of());
	}

	private void select(Object element) {
		if (editor != null && element != null) {
			editor.select(element);
		}
	}

	private String acceptance(Node node) {
		MapEvaluation evaluation = evaluation();
		if (evaluation == null || evaluation.semantics() == Semantics.GROUNDED) {
			return ""; //$NON-NLS-1$
		}
		return evaluation.sceptical(node) ? Messages.Evaluation_sceptical
				: evaluation.credulous(node) ? Messages.Evaluation_credulous : Messages.Evaluation_rejected;
	}

	private static String labelWord(Label label) {
		if (label == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (label) {
		case IN -> Messages.Evaluation_in;
		case OUT -> Messages.Evaluation_out;
		case UNDEC -> Messages.Evaluation_undec;
		};
	}

	private static String name(Semantics semantics) {
		return switch (semantics) {
		case GROUNDED -> Messages.Evaluation_grounded;
		case COMPLETE -> Messages.Evaluation_complete;
		case PREFERRED -> Messages.Evaluation_preferred;
		case STABLE -> Messages.Evaluation_stable;
		};
	}

	/** For tests: the list of claims, and the chain explaining the selected one. */
	public TableViewer claims() {
		return claims;
	}

	public TableViewer chain() {
		return chain;
	}

	public ComboViewer semanticsChoice() {
		return semantics;
	}

	@Override
	public void setFocus() {
		claims.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (followed != null) {
			followed.dispose();
		}
		super.dispose();
	}
}

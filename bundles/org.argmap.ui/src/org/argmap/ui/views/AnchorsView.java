package org.argmap.ui.views;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.argmap.model.AnchorStatus;
import org.argmap.model.Node;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.edit.MapLabels;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;

/**
 * The anchors of the active map that moved or were lost when their documents changed: relocated ones to
 * check, with how sure re-anchoring was of each, orphaned ones to mend. Clicking the Status or Confidence
 * header sorts by it, the doubtful first; clicking again reverses. Re-anchor puts an anchor on the passage
 * selected in the source pane, Accept confirms it where it is, Delete removes it; each is one undoable command
 * on the map.
 */
public final class AnchorsView extends ViewPart {

	public static final String ID = "org.argmap.ui.anchorsView"; //$NON-NLS-1$

	private TableViewer table;
	private final NumberFormat percent = NumberFormat.getPercentInstance();
	private MapEditor editor;
	private final Action reanchor = new Action(Messages.Anchors_reanchor) {
		@Override
		public void run() {
			reanchorSelected();
		}
	};
	private final Action accept = new Action(Messages.Anchors_accept) {
		@Override
		public void run() {
			execute(selected().stream().map(anchor -> MapEdits.acceptAnchor(domain(), anchor)).toList(),
					Messages.Anchors_accept);
		}
	};
	private final Action delete = new Action(Messages.Anchors_delete) {
		@Override
		public void run() {
			Command command = MapEdits.delete(domain(), selected());
			if (command.canExecute()) {
				domain().getCommandStack().execute(command);
			}
		}
	};
	private MapFollower follower;

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		Table widget = table.getTable();
		widget.setHeaderVisible(true);
		widget.setLinesVisible(true);
		sortable(TableColumns.<TextAnchor>add(table, Messages.Anchors_status, 90, anchor -> anchor.getStatus().getLiteral()),
				Comparator.comparing(TextAnchor::getStatus).reversed()
						.thenComparingDouble(AnchorsView::sureness));
		TableViewerColumn confidence = TableColumns.<TextAnchor>add(table, Messages.Anchors_confidence, 90,
				anchor -> anchor.isSetConfidence() ? percent.format(anchor.getConfidence()) : ""); //$NON-NLS-1$
		confidence.getColumn().setAlignment(SWT.RIGHT);
		sortable(confidence, Comparator.comparingDouble(AnchorsView::sureness));
		TableColumns.<TextAnchor>add(table, Messages.Anchors_node, 220, anchor -> MapLabels.text(anchor.eContainer()));
		TableColumns.<TextAnchor>add(table, Messages.Anchors_document, 160,
				anchor -> anchor.getDocument() == null ? "" //$NON-NLS-1$
						: MapLabels.text(anchor.getDocument()));
		TableColumns.<TextAnchor>add(table, Messages.Anchors_offsets, 110,
				anchor -> anchor.getStart() + "\u2013" + anchor.getEnd()); //$NON-NLS-1$
		TableColumns.<TextAnchor>add(table, Messages.Anchors_passage, 400,
				anchor -> anchor.getExact() == null ? "" //$NON-NLS-1$
						: anchor.getExact().replaceAll("\\s+", " ")); //$NON-NLS-1$ //$NON-NLS-2$
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addSelectionChangedListener(event -> updateActions());
		table.addDoubleClickListener(event -> {
			if (editor != null && !selected().isEmpty()) {
				editor.select(selected().get(0));
			}
		});
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		MenuManager menu = new MenuManager();
		for (Action action : new Action[] { reanchor, accept, delete }) {
			toolbar.add(action);
			menu.add(action);
		}
		widget.setMenu(menu.createContextMenu(widget));
		getSite().setSelectionProvider(table);
		follower = new MapFollower(getViewSite(), this::follow, this::refresh);
		refresh();
	}

	/** Sorts the rows by {@code order} when the column's header is clicked, and the other way on the next click. */
	private void sortable(TableViewerColumn column, Comparator<TextAnchor> order) {
		TableColumn header = column.getColumn();
		header.addListener(SWT.Selection, event -> {
			Table widget = table.getTable();
			boolean up = widget.getSortColumn() != header || widget.getSortDirection() != SWT.UP;
			widget.setSortColumn(header);
			widget.setSortDirection(up ? SWT.UP : SWT.DOWN);
			Comparator<TextAnchor> sorted = up ? order : order.reversed();
			table.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer viewer, Object a, Object b) {
					return sorted.compare((TextAnchor) a, (TextAnchor) b);
				}
			});
		});
	}

	/**
	 * How sure the anchor's place is, for sorting: its confidence, and below every confidence an anchor without
	 * one in this list, orphaned or relocated by a version of Argmap that did not keep it.
	 */
	private static double sureness(TextAnchor anchor) {
		return anchor.isSetConfidence() ? anchor.getConfidence() : -1;
	}

	private void follow(MapEditor next) {
		editor = next;
		refresh();
	}

	/** The relocated and orphaned anchors of the followed map. */
	public List<TextAnchor> anchors() {
		List<TextAnchor> anchors = new ArrayList<>();
		if (editor != null && editor.map() != null) {
			for (Node node : editor.map().getNodes()) {
				for (TextAnchor anchor : node.getAnchors()) {
					if (anchor.getStatus() != AnchorStatus.ANCHORED) {
						anchors.add(anchor);
					}
				}
			}
		}
		return anchors;
	}

	private void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		table.setInput(anchors());
		setContentDescription(editor == null ? Messages.Anchors_noEditor
				: org.eclipse.osgi.util.NLS.bind(Messages.Anchors_summary, editor.mapFile().getFileName(), anchors().size()));
		updateActions();
	}

	private void updateActions() {
		boolean any = editor != null && !selected().isEmpty();
		reanchor.setEnabled(any && selected().size() == 1);
		accept.setEnabled(any);
		delete.setEnabled(any);
	}

	@SuppressWarnings("unchecked")
	private List<TextAnchor> selected() {
		return (List<TextAnchor>) (List<?>) table.getStructuredSelection().toList();
	}

	private EditingDomain domain() {
		return editor.domain();
	}

	/** Puts the selected anchor on the passage selected in the editor's source pane. */
	private void reanchorSelected() {
		TextAnchor anchor = selected().get(0);
		TextAnchor placed = editor.sourcePane().selectedPassage();
		if (placed == null) {
			setContentDescription(Messages.Anchors_selectPassage);
			return;
		}
		execute(List.of(MapEdits.reanchor(domain(), anchor, placed.getDocument(), placed.getStart(), placed.getEnd(),
				placed.getExact(), placed.getPrefix(), placed.getSuffix())), Messages.Anchors_reanchor);
	}

	private void execute(List<Command> commands, String label) {
		CompoundCommand compound = new CompoundCommand(label, commands);
		if (compound.canExecute()) {
			domain().getCommandStack().execute(compound);
		}
	}

	/** For tests: what the table shows. */
	public TableViewer table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (follower != null) {
			follower.dispose();
		}
		super.dispose();
	}
}

package org.argmap.ui.views;

import java.util.List;
import java.util.function.Function;

import org.argmap.model.Conflict;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/**
 * The merge conflicts a pull left in the active map, each with both sides. Two actions resolve the selected
 * conflict with one undoable command each: keeping what the merged map holds, or taking the other outcome. They
 * are named for the selected conflict (Keep Our Version or Take Their Version of a text both changed, Keep
 * Their Change or Keep Our Deletion of an element we deleted and they changed, ...), as the commands are.
 */
public final class ConflictsView extends ViewPart {

	public static final String ID = "org.argmap.ui.conflictsView"; //$NON-NLS-1$

	private TableViewer table;
	private MapEditor editor;
	private final Action keep = new Action(Messages.Conflicts_keep) {
		@Override
		public void run() {
			resolve(conflict -> MapEdits.keepAsMerged(editor.domain(), conflict));
		}
	};
	private final Action take = new Action(Messages.Conflicts_take) {
		@Override
		public void run() {
			resolve(conflict -> MapEdits.takeAlternative(editor.domain(), conflict));
		}
	};
	private MapFollower follower;

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		Table widget = table.getTable();
		widget.setHeaderVisible(true);
		widget.setLinesVisible(true);
		TableColumns.<Conflict>add(table, Messages.Conflicts_element, 130, Conflict::getElement);
		TableColumns.<Conflict>add(table, Messages.Conflicts_ours, 220, conflict -> oneLine(conflict.getOurs()));
		TableColumns.<Conflict>add(table, Messages.Conflicts_theirs, 220, conflict -> oneLine(conflict.getTheirs()));
		TableColumns.<Conflict>add(table, Messages.Conflicts_description, 500, Conflict::getDescription);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addSelectionChangedListener(event -> updateActions());
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		MenuManager menu = new MenuManager();
		for (Action action : new Action[] { keep, take }) {
			toolbar.add(action);
			menu.add(action);
		}
		widget.setMenu(menu.createContextMenu(widget));
		getSite().setSelectionProvider(table);
		follower = new MapFollower(getViewSite(), this::follow, this::refresh);
		refresh();
	}

	private static String oneLine(String value) {
		return value == null ? Messages.Conflicts_absent : value.replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void follow(MapEditor next) {
		editor = next;
		refresh();
	}

	/** The conflicts of the followed map. */
	public List<Conflict> conflicts() {
		return editor == null || editor.map() == null ? List.of() : List.copyOf(editor.map().getConflicts());
	}

	private void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		table.setInput(conflicts());
		setContentDescription(editor == null ? Messages.Conflicts_noEditor
				: NLS.bind(Messages.Conflicts_summary, editor.mapFile().getFileName(), conflicts().size()));
		updateActions();
	}

	private void updateActions() {
		Conflict selected = selected();
		offer(keep, Messages.Conflicts_keep, selected == null ? null : MapEdits.keepAsMerged(editor.domain(), selected));
		offer(take, Messages.Conflicts_take, selected == null ? null : MapEdits.takeAlternative(editor.domain(), selected));
		getViewSite().getActionBars().updateActionBars(); // the toolbar makes room for the new names
	}

	/** Names the action after what it would do to the selected conflict, or generically with none selected. */
	private static void offer(Action action, String generic, Command resolution) {
		boolean possible = resolution != null && resolution.canExecute();
		action.setText(possible && resolution.getLabel() != null ? resolution.getLabel() : generic);
		action.setEnabled(possible);
	}

	private Conflict selected() {
		return editor == null || !(table.getStructuredSelection().getFirstElement() instanceof Conflict conflict) ? null
				: conflict;
	}

	private void resolve(Function<Conflict, Command> resolution) {
		Command command = resolution.apply(selected());
		if (command.canExecute()) {
			editor.domain().getCommandStack().execute(command);
		}
	}

	/** For tests: what the table shows. */
	public TableViewer table() {
		return table;
	}

	/** For tests: the actions on the view's toolbar. */
	public List<Action> actions() {
		return List.of(keep, take);
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

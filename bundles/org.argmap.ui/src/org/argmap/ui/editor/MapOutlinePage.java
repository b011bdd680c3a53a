package org.argmap.ui.editor;

import java.util.Locale;

import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.jface.viewers.IBasicPropertyConstants;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline of a map: its claims, rebuttals, analogies and relations under headings, with a filter box
 * that keeps the elements whose name contains what is typed. It follows the model through the item
 * providers' notifications. Selecting here selects in the editor.
 */
final class MapOutlinePage extends Page implements IContentOutlinePage {

	private final MapEditor editor;
	private Composite control;
	private Text filter;
	private TreeViewer tree;

	MapOutlinePage(MapEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		control.setLayout(layout);
		filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Outline_filter);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tree = new TreeViewer(control, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setContentProvider(new MapContent());
		ItemLabels labels = new ItemLabels(editor.domain().getAdapterFactory());
		tree.setLabelProvider(labels);
		tree.setUseHashlookup(true);
		tree.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
				if (wanted.isEmpty() || element instanceof MapGroup) {
					return true;
				}
				return labels.getText(element).toLowerCase(Locale.ROOT).contains(wanted);
			}

			@Override
			public boolean isFilterProperty(Object element, String property) {
				return IBasicPropertyConstants.P_TEXT.equals(property);
			}
		});
		filter.addModifyListener(event -> {
			tree.refresh();
			if (!filter.getText().isBlank()) {
				tree.expandToLevel(2);
			}
		});
		// the map is shown first, as with edits; see MapEditor#afterFirstGraphPaint
		editor.afterFirstGraphPaint(() -> MapContent.show(tree, editor.map()));
		new ViewerRefresher(tree, editor.map(), (IChangeNotifier) editor.domain().getAdapterFactory(),
				editor::afterGraphPaint);
		tree.addSelectionChangedListener(event -> {
			if (tree.getControl().isFocusControl() && !event.getStructuredSelection().isEmpty()) {
				editor.select(event.getStructuredSelection().toArray());
			}
		});
	}

	/** For tests: type into the filter box. */
	Text filterBox() {
		return filter;
	}

	TreeViewer tree() {
		return tree;
	}

	@Override
	public Control getControl() {
		return control;
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		tree.addSelectionChangedListener(listener);
	}

	@Override
	public ISelection getSelection() {
		return tree == null ? StructuredSelection.EMPTY : tree.getSelection();
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		tree.removeSelectionChangedListener(listener);
	}

	@Override
	public void setSelection(ISelection selection) {
		tree.setSelection(selection);
	}
}

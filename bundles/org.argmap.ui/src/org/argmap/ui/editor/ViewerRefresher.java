package org.argmap.ui.editor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.ui.OncePerEdit;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.IBasicPropertyConstants;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * Keeps a tree of the map up to date from the item providers' {@link ViewerNotification}s: a changed label
 * updates that item (and the relations that name it), changed children refresh that item, and nodes or
 * relations added or removed refresh the headings. Changes are gathered while a command runs and shown once,
 * after it.
 */
public final class ViewerRefresher implements INotifyChangedListener {

	private final StructuredViewer viewer;
	private final ArgumentMap map;
	private final OncePerEdit refresh;
	private final Set<Object> labelsChanged = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<Object> childrenChanged = Collections.newSetFromMap(new IdentityHashMap<>());
	private boolean headingsChanged;

	/** @param scheduler runs the refresh once the command is done (after the graph has shown it) */
	public ViewerRefresher(StructuredViewer viewer, ArgumentMap map, IChangeNotifier notifier, Consumer<Runnable> scheduler) {
		this.viewer = viewer;
		this.map = map;
		this.refresh = new OncePerEdit(scheduler, this::apply);
		notifier.addListener(this);
		viewer.getControl().addListener(org.eclipse.swt.SWT.Dispose, event -> notifier.removeListener(this));
	}

	@Override
	public void notifyChanged(Notification notification) {
		Object element = notification.getNotifier();
		boolean content = !(notification instanceof ViewerNotification viewerNotification)
				|| viewerNotification.isContentRefresh();
		boolean label = !(notification instanceof ViewerNotification viewerNotification)
				|| viewerNotification.isLabelUpdate();
		if (element instanceof ArgumentMap) {
			headingsChanged = true;
		} else if (content) {
			childrenChanged.add(element);
		}
		if (label) {
			labelsChanged.add(element);
			if (element instanceof Node node) {
				// a relation is named after its ends
				for (Relation relation : map.getRelations()) {
					if (relation.getTarget() == node || relation.getSources().contains(node)) {
						labelsChanged.add(relation);
					}
				}
			}
		}
		if (!viewer.getControl().isDisposed()) {
			refresh.request();
		}
	}

	private void apply() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (headingsChanged) {
			viewer.refresh();
		} else {
			childrenChanged.forEach(viewer::refresh);
			// naming the property lets a filter on names (the Outline's) look at the element again
			viewer.update(labelsChanged.toArray(), new String[] { IBasicPropertyConstants.P_TEXT });
		}
		headingsChanged = false;
		childrenChanged.clear();
		labelsChanged.clear();
	}
}

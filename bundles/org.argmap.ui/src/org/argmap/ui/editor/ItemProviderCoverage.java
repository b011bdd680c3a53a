package org.argmap.ui.editor;

import java.util.Collection;
import java.util.Iterator;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;

/**
 * An item provider reports the changes of the objects it is attached to, and EMF attaches one when something
 * asks an object for its label. The graph and the source pane need the changes of every node, shown in a
 * tree or not, so every object of the map gets its item provider when the map opens and when it is added.
 */
public final class ItemProviderCoverage implements INotifyChangedListener {

	private final AdapterFactory adapterFactory;

	private ItemProviderCoverage(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	/** Attaches item providers to {@code root} and everything in it, now and whenever something is added. */
	public static void adaptAll(AdapterFactory adapterFactory, EObject root) {
		ItemProviderCoverage coverage = new ItemProviderCoverage(adapterFactory);
		coverage.adaptTree(root);
		// registered first, so the objects are covered before other listeners hear of them
		((IChangeNotifier) adapterFactory).addListener(coverage);
	}

	@Override
	public void notifyChanged(Notification notification) {
		switch (notification.getEventType()) {
		case Notification.ADD, Notification.SET -> adaptValue(notification.getNewValue());
		case Notification.ADD_MANY -> ((Collection<?>) notification.getNewValue()).forEach(this::adaptValue);
		default -> {
			// removals and moves bring nothing new
		}
		}
	}

	private void adaptValue(Object value) {
		if (value instanceof EObject object) {
			adaptTree(object);
		}
	}

	private void adaptTree(EObject root) {
		adapterFactory.adapt(root, IItemLabelProvider.class);
		for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			adapterFactory.adapt(contents.next(), IItemLabelProvider.class);
		}
	}
}

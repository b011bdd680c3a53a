package org.argmap.ui.editor;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Names and icons of map elements as the item providers of org.argmap.model.edit give them, for the JFace
 * viewers (emf.edit.ui, which usually does this, is not on Maven Central). The headings of the map tree
 * ({@link MapGroup}) name themselves and show the icon of their kind.
 */
public class ItemLabels extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemLabels(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof MapGroup group) {
			return group.label();
		}
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return labels == null ? super.getText(element) : labels.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		Object item = element instanceof MapGroup group ? group.sample() : element;
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(item, IItemLabelProvider.class);
		Object image = labels == null ? null : labels.getImage(item);
		return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}

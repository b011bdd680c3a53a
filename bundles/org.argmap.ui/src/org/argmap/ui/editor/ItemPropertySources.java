package org.argmap.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.argmap.model.Node;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IWrapperItemProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view over EMF.Edit's item property descriptors (emf.edit.ui, which usually does this, is not
 * on Maven Central). Values are set through the descriptors, which execute a SetCommand on the map's
 * editing domain: every edit in the Properties view is undoable with the map's other edits. Text is edited
 * in a text cell, enumerations and booleans with a combo, lists of words (tags) as comma-separated text.
 */
public final class ItemPropertySources implements IPropertySourceProvider {

	private final AdapterFactoryEditingDomain domain;

	public ItemPropertySources(AdapterFactoryEditingDomain domain) {
		this.domain = domain;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		Object source = domain.getAdapterFactory().adapt(object, IItemPropertySource.class);
		return source instanceof IItemPropertySource itemSource ? new Source(object, itemSource) : null;
	}

	private static final class Source implements IPropertySource {

		private final Object object;
		private final IItemPropertySource itemSource;

		Source(Object object, IItemPropertySource itemSource) {
			this.object = object;
			this.itemSource = itemSource;
		}

		@Override
		public Object getEditableValue() {
			return itemSource.getEditableValue(object);
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			List<IPropertyDescriptor> descriptors = new ArrayList<>();
			for (IItemPropertyDescriptor descriptor : itemSource.getPropertyDescriptors(object)) {
				descriptors.add(new Descriptor(object, descriptor));
			}
			return descriptors.toArray(new IPropertyDescriptor[0]);
		}

		@Override
		public Object getPropertyValue(Object id) {
			IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
			Object value = descriptor.getPropertyValue(object);
			if (value instanceof IItemPropertySource wrapped) {
				value = wrapped.getEditableValue(object);
			}
			if (value instanceof IWrapperItemProvider wrapper) {
				value = wrapper.getValue();
			}
			if (value instanceof Collection<?> list) {
				// tags are words; a relation's sources are nodes, named as everywhere else
				return String.join(", ", list.stream().map(item -> item instanceof String word ? word //$NON-NLS-1$
						: descriptor.getLabelProvider(object).getText(item)).toList());
			}
			if (descriptor.getFeature(object) instanceof EAttribute attribute && attribute.isUnsettable()
					&& object instanceof EObject owner && !owner.eIsSet(attribute)) {
				// an anchor that is not relocated has no confidence, rather than one of 0
				return ""; //$NON-NLS-1$
			}
			if (descriptor.getFeature(object) instanceof EAttribute attribute
					&& attribute.getEAttributeType().getInstanceClass() == String.class) {
				return value == null ? "" : value; //$NON-NLS-1$
			}
			return value;
		}

		@Override
		public boolean isPropertySet(Object id) {
			return itemSource.getPropertyDescriptor(object, id).isPropertySet(object);
		}

		@Override
		public void resetPropertyValue(Object id) {
			itemSource.getPropertyDescriptor(object, id).resetPropertyValue(object);
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
			EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
			if (feature != null && feature.isMany() && value instanceof String text) {
				List<String> words = new ArrayList<>();
				for (String word : text.split(",")) { //$NON-NLS-1$
					if (!word.isBlank()) {
						words.add(word.strip());
					}
				}
				descriptor.setPropertyValue(object, words);
			} else {
				descriptor.setPropertyValue(object, value);
			}
		}
	}

	private static final class Descriptor extends PropertyDescriptor {

		private final Object object;
		private final IItemPropertyDescriptor descriptor;

		Descriptor(Object object, IItemPropertyDescriptor descriptor) {
			super(descriptor.getId(object), descriptor.getDisplayName(object));
			this.object = object;
			this.descriptor = descriptor;
			setDescription(descriptor.getDescription(object));
			setCategory(descriptor.getCategory(object));
			setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
				@Override
				public String getText(Object element) {
					return element == null ? "" : descriptor.getLabelProvider(object).getText(element); //$NON-NLS-1$
				}
			});
		}

		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			if (!descriptor.canSetProperty(object) || object instanceof Node && "id".equals(getId())) { //$NON-NLS-1$
				return null;
			}
			Collection<?> choices = descriptor.getChoiceOfValues(object);
			Object feature = descriptor.getFeature(object);
			if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class) {
				choices = List.of(Boolean.FALSE, Boolean.TRUE);
			}
			if (choices != null && !choices.isEmpty() && !(feature instanceof EStructuralFeature many && many.isMany())) {
				return choiceEditor(parent, new ArrayList<>(choices));
			}
			if (feature instanceof EAttribute) {
				return new TextCellEditor(parent, descriptor.isMultiLine(object) ? SWT.MULTI | SWT.WRAP : SWT.SINGLE) {
					@Override
					protected void keyReleaseOccured(KeyEvent keyEvent) {
						// Enter commits in every text cell, as users expect; Shift+Enter still breaks a long text
						if (keyEvent.character == '\r' && (keyEvent.stateMask & SWT.MODIFIER_MASK) == 0) {
							keyEvent.doit = false;
							fireApplyEditorValue();
							deactivate();
							return;
						}
						super.keyReleaseOccured(keyEvent);
					}
				};
			}
			return null;
		}

		private CellEditor choiceEditor(Composite parent, List<Object> choices) {
			String[] labels = choices.stream().map(choice -> descriptor.getLabelProvider(object).getText(choice))
					.toArray(String[]::new);
			return new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY) {
				@Override
				protected Object doGetValue() {
					int index = (Integer) super.doGetValue();
					return index >= 0 ? choices.get(index) : null;
				}

				@Override
				protected void doSetValue(Object value) {
					super.doSetValue(Integer.valueOf(choices.indexOf(value)));
				}
			};
		}
	}
}

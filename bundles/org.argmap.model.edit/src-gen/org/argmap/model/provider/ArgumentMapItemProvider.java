/**
 */
package org.argmap.model.provider;


import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Relation;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapDependents;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.argmap.model.ArgumentMap} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ArgumentMapItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArgumentMapItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addCreatedPropertyDescriptor(object);
			addModifiedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArgumentMap_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArgumentMap_title_feature", "_UI_ArgumentMap_type"),
				 ArgmapPackage.Literals.ARGUMENT_MAP__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArgumentMap_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArgumentMap_description_feature", "_UI_ArgumentMap_type"),
				 ArgmapPackage.Literals.ARGUMENT_MAP__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArgumentMap_created_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArgumentMap_created_feature", "_UI_ArgumentMap_type"),
				 ArgmapPackage.Literals.ARGUMENT_MAP__CREATED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Modified feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModifiedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArgumentMap_modified_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArgumentMap_modified_feature", "_UI_ArgumentMap_type"),
				 ArgmapPackage.Literals.ARGUMENT_MAP__MODIFIED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__DOCUMENTS);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__NODES);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__RELATIONS);
			childrenFeatures.add(ArgmapPackage.Literals.ARGUMENT_MAP__CONFLICTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ArgumentMap.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ArgumentMap"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ArgumentMap)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_ArgumentMap_type") :
			getString("_UI_ArgumentMap_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ArgumentMap.class)) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
			case ArgmapPackage.ARGUMENT_MAP__CREATED:
			case ArgmapPackage.ARGUMENT_MAP__MODIFIED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ArgmapPackage.ARGUMENT_MAP__DOCUMENTS:
			case ArgmapPackage.ARGUMENT_MAP__NODES:
			case ArgmapPackage.ARGUMENT_MAP__RELATIONS:
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * Removing nodes, relations or documents also removes what cannot stand without them: the relations with
	 * a removed end (transitively: an undercut goes with the relation it attacks) and the anchors on a
	 * removed document. A delete thus leaves no dangling relation, and one undo brings everything back.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
			CommandParameter commandParameter) {
		Command command = super.createCommand(object, domain, commandClass, commandParameter);
		if (commandClass != RemoveCommand.class) {
			return command;
		}
		ArgumentMap map = (ArgumentMap)object;
		Collection<?> removed = commandParameter.getCollection();
		Set<Relation> relations = MapDependents.relations(map, removed);
		List<TextAnchor> anchors = MapDependents.anchors(map, removed);
		if (relations.isEmpty() && anchors.isEmpty()) {
			return command;
		}
		CompoundCommand cascade = new CompoundCommand(command.getLabel());
		cascade.append(command);
		if (!relations.isEmpty()) {
			cascade.append(RemoveCommand.create(domain, map, ArgmapPackage.Literals.ARGUMENT_MAP__RELATIONS, relations));
		}
		if (!anchors.isEmpty()) {
			cascade.append(RemoveCommand.create(domain, anchors));
		}
		return cascade;
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__DOCUMENTS,
				 ArgmapFactory.eINSTANCE.createSourceDocument()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__NODES,
				 ArgmapFactory.eINSTANCE.createClaim()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__NODES,
				 ArgmapFactory.eINSTANCE.createRebuttal()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__NODES,
				 ArgmapFactory.eINSTANCE.createAnalogy()));

		newChildDescriptors.add
			(createChildParameter
				(ArgmapPackage.Literals.ARGUMENT_MAP__RELATIONS,
				 ArgmapFactory.eINSTANCE.createRelation()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ArgmapEditPlugin.INSTANCE;
	}

}

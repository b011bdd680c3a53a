/**
 */
package org.argmap.model.impl;

import java.util.Collection;
import java.util.Date;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.SourceDocument;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Argument Map</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.impl.ArgumentMapImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.argmap.model.impl.ArgumentMapImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.argmap.model.impl.ArgumentMapImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.argmap.model.impl.ArgumentMapImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.argmap.model.impl.ArgumentMapImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.argmap.model.impl.ArgumentMapImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.argmap.model.impl.ArgumentMapImpl#getRelations <em>Relations</em>}</li>
 *   <li>{@link org.argmap.model.impl.ArgumentMapImpl#getConflicts <em>Conflicts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArgumentMapImpl extends EObjectImpl implements ArgumentMap {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Date modified = MODIFIED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceDocument> documents;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getRelations() <em>Relations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelations()
	 * @generated
	 * @ordered
	 */
	protected EList<Relation> relations;

	/**
	 * The cached value of the '{@link #getConflicts() <em>Conflicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflicts()
	 * @generated
	 * @ordered
	 */
	protected EList<Conflict> conflicts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArgumentMapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.ARGUMENT_MAP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ARGUMENT_MAP__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ARGUMENT_MAP__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ARGUMENT_MAP__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Date newModified) {
		Date oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ARGUMENT_MAP__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceDocument> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<SourceDocument>(SourceDocument.class, this, ArgmapPackage.ARGUMENT_MAP__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, ArgmapPackage.ARGUMENT_MAP__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relation> getRelations() {
		if (relations == null) {
			relations = new EObjectContainmentEList<Relation>(Relation.class, this, ArgmapPackage.ARGUMENT_MAP__RELATIONS);
		}
		return relations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conflict> getConflicts() {
		if (conflicts == null) {
			conflicts = new EObjectContainmentEList<Conflict>(Conflict.class, this, ArgmapPackage.ARGUMENT_MAP__CONFLICTS);
		}
		return conflicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__RELATIONS:
				return ((InternalEList<?>)getRelations()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				return ((InternalEList<?>)getConflicts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
				return getTitle();
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
				return getDescription();
			case ArgmapPackage.ARGUMENT_MAP__CREATED:
				return getCreated();
			case ArgmapPackage.ARGUMENT_MAP__MODIFIED:
				return getModified();
			case ArgmapPackage.ARGUMENT_MAP__DOCUMENTS:
				return getDocuments();
			case ArgmapPackage.ARGUMENT_MAP__NODES:
				return getNodes();
			case ArgmapPackage.ARGUMENT_MAP__RELATIONS:
				return getRelations();
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				return getConflicts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
				setTitle((String)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__CREATED:
				setCreated((Date)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__MODIFIED:
				setModified((Date)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends SourceDocument>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__RELATIONS:
				getRelations().clear();
				getRelations().addAll((Collection<? extends Relation>)newValue);
				return;
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				getConflicts().clear();
				getConflicts().addAll((Collection<? extends Conflict>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ArgmapPackage.ARGUMENT_MAP__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ArgmapPackage.ARGUMENT_MAP__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case ArgmapPackage.ARGUMENT_MAP__DOCUMENTS:
				getDocuments().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__NODES:
				getNodes().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__RELATIONS:
				getRelations().clear();
				return;
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				getConflicts().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ArgmapPackage.ARGUMENT_MAP__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ArgmapPackage.ARGUMENT_MAP__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ArgmapPackage.ARGUMENT_MAP__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ArgmapPackage.ARGUMENT_MAP__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case ArgmapPackage.ARGUMENT_MAP__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__NODES:
				return nodes != null && !nodes.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__RELATIONS:
				return relations != null && !relations.isEmpty();
			case ArgmapPackage.ARGUMENT_MAP__CONFLICTS:
				return conflicts != null && !conflicts.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(')');
		return result.toString();
	}

} //ArgumentMapImpl

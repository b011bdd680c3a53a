/**
 */
package org.argmap.model.impl;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.Conflict;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conflict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.impl.ConflictImpl#getElement <em>Element</em>}</li>
 *   <li>{@link org.argmap.model.impl.ConflictImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.argmap.model.impl.ConflictImpl#getOurs <em>Ours</em>}</li>
 *   <li>{@link org.argmap.model.impl.ConflictImpl#getTheirs <em>Theirs</em>}</li>
 *   <li>{@link org.argmap.model.impl.ConflictImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConflictImpl extends IdentifiedImpl implements Conflict {
	/**
	 * The default value of the '{@link #getElement() <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElement() <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected String element = ELEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected String feature = FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOurs() <em>Ours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurs()
	 * @generated
	 * @ordered
	 */
	protected static final String OURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOurs() <em>Ours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurs()
	 * @generated
	 * @ordered
	 */
	protected String ours = OURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheirs() <em>Theirs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirs()
	 * @generated
	 * @ordered
	 */
	protected static final String THEIRS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheirs() <em>Theirs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirs()
	 * @generated
	 * @ordered
	 */
	protected String theirs = THEIRS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConflictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.CONFLICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElement() {
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElement(String newElement) {
		String oldElement = element;
		element = newElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.CONFLICT__ELEMENT, oldElement, element));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeature() {
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(String newFeature) {
		String oldFeature = feature;
		feature = newFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.CONFLICT__FEATURE, oldFeature, feature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOurs() {
		return ours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOurs(String newOurs) {
		String oldOurs = ours;
		ours = newOurs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.CONFLICT__OURS, oldOurs, ours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheirs() {
		return theirs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheirs(String newTheirs) {
		String oldTheirs = theirs;
		theirs = newTheirs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.CONFLICT__THEIRS, oldTheirs, theirs));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.CONFLICT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArgmapPackage.CONFLICT__ELEMENT:
				return getElement();
			case ArgmapPackage.CONFLICT__FEATURE:
				return getFeature();
			case ArgmapPackage.CONFLICT__OURS:
				return getOurs();
			case ArgmapPackage.CONFLICT__THEIRS:
				return getTheirs();
			case ArgmapPackage.CONFLICT__DESCRIPTION:
				return getDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ArgmapPackage.CONFLICT__ELEMENT:
				setElement((String)newValue);
				return;
			case ArgmapPackage.CONFLICT__FEATURE:
				setFeature((String)newValue);
				return;
			case ArgmapPackage.CONFLICT__OURS:
				setOurs((String)newValue);
				return;
			case ArgmapPackage.CONFLICT__THEIRS:
				setTheirs((String)newValue);
				return;
			case ArgmapPackage.CONFLICT__DESCRIPTION:
				setDescription((String)newValue);
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
			case ArgmapPackage.CONFLICT__ELEMENT:
				setElement(ELEMENT_EDEFAULT);
				return;
			case ArgmapPackage.CONFLICT__FEATURE:
				setFeature(FEATURE_EDEFAULT);
				return;
			case ArgmapPackage.CONFLICT__OURS:
				setOurs(OURS_EDEFAULT);
				return;
			case ArgmapPackage.CONFLICT__THEIRS:
				setTheirs(THEIRS_EDEFAULT);
				return;
			case ArgmapPackage.CONFLICT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case ArgmapPackage.CONFLICT__ELEMENT:
				return ELEMENT_EDEFAULT == null ? element != null : !ELEMENT_EDEFAULT.equals(element);
			case ArgmapPackage.CONFLICT__FEATURE:
				return FEATURE_EDEFAULT == null ? feature != null : !FEATURE_EDEFAULT.equals(feature);
			case ArgmapPackage.CONFLICT__OURS:
				return OURS_EDEFAULT == null ? ours != null : !OURS_EDEFAULT.equals(ours);
			case ArgmapPackage.CONFLICT__THEIRS:
				return THEIRS_EDEFAULT == null ? theirs != null : !THEIRS_EDEFAULT.equals(theirs);
			case ArgmapPackage.CONFLICT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (element: ");
		result.append(element);
		result.append(", feature: ");
		result.append(feature);
		result.append(", ours: ");
		result.append(ours);
		result.append(", theirs: ");
		result.append(theirs);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ConflictImpl

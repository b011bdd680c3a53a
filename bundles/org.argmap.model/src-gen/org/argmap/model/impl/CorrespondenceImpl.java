/**
 */
package org.argmap.model.impl;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.Correspondence;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Correspondence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.impl.CorrespondenceImpl#getSourceAspect <em>Source Aspect</em>}</li>
 *   <li>{@link org.argmap.model.impl.CorrespondenceImpl#getTargetAspect <em>Target Aspect</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorrespondenceImpl extends EObjectImpl implements Correspondence {
	/**
	 * The default value of the '{@link #getSourceAspect() <em>Source Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceAspect()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_ASPECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceAspect() <em>Source Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceAspect()
	 * @generated
	 * @ordered
	 */
	protected String sourceAspect = SOURCE_ASPECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetAspect() <em>Target Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetAspect()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_ASPECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetAspect() <em>Target Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetAspect()
	 * @generated
	 * @ordered
	 */
	protected String targetAspect = TARGET_ASPECT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorrespondenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.CORRESPONDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceAspect() {
		return sourceAspect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceAspect(String newSourceAspect) {
		String oldSourceAspect = sourceAspect;
		sourceAspect = newSourceAspect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.CORRESPONDENCE__SOURCE_ASPECT, oldSourceAspect, sourceAspect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetAspect() {
		return targetAspect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetAspect(String newTargetAspect) {
		String oldTargetAspect = targetAspect;
		targetAspect = newTargetAspect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.CORRESPONDENCE__TARGET_ASPECT, oldTargetAspect, targetAspect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArgmapPackage.CORRESPONDENCE__SOURCE_ASPECT:
				return getSourceAspect();
			case ArgmapPackage.CORRESPONDENCE__TARGET_ASPECT:
				return getTargetAspect();
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
			case ArgmapPackage.CORRESPONDENCE__SOURCE_ASPECT:
				setSourceAspect((String)newValue);
				return;
			case ArgmapPackage.CORRESPONDENCE__TARGET_ASPECT:
				setTargetAspect((String)newValue);
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
			case ArgmapPackage.CORRESPONDENCE__SOURCE_ASPECT:
				setSourceAspect(SOURCE_ASPECT_EDEFAULT);
				return;
			case ArgmapPackage.CORRESPONDENCE__TARGET_ASPECT:
				setTargetAspect(TARGET_ASPECT_EDEFAULT);
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
			case ArgmapPackage.CORRESPONDENCE__SOURCE_ASPECT:
				return SOURCE_ASPECT_EDEFAULT == null ? sourceAspect != null : !SOURCE_ASPECT_EDEFAULT.equals(sourceAspect);
			case ArgmapPackage.CORRESPONDENCE__TARGET_ASPECT:
				return TARGET_ASPECT_EDEFAULT == null ? targetAspect != null : !TARGET_ASPECT_EDEFAULT.equals(targetAspect);
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
		result.append(" (sourceAspect: ");
		result.append(sourceAspect);
		result.append(", targetAspect: ");
		result.append(targetAspect);
		result.append(')');
		return result.toString();
	}

} //CorrespondenceImpl

/**
 */
package org.argmap.model.impl;

import java.util.Collection;

import org.argmap.model.Analogy;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.Correspondence;
import org.argmap.model.CriticalQuestion;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Analogy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.impl.AnalogyImpl#getSourceCase <em>Source Case</em>}</li>
 *   <li>{@link org.argmap.model.impl.AnalogyImpl#getTargetCase <em>Target Case</em>}</li>
 *   <li>{@link org.argmap.model.impl.AnalogyImpl#getCorrespondences <em>Correspondences</em>}</li>
 *   <li>{@link org.argmap.model.impl.AnalogyImpl#getCriticalQuestions <em>Critical Questions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalogyImpl extends NodeImpl implements Analogy {
	/**
	 * The default value of the '{@link #getSourceCase() <em>Source Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceCase()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_CASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceCase() <em>Source Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceCase()
	 * @generated
	 * @ordered
	 */
	protected String sourceCase = SOURCE_CASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetCase() <em>Target Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetCase()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_CASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetCase() <em>Target Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetCase()
	 * @generated
	 * @ordered
	 */
	protected String targetCase = TARGET_CASE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCorrespondences() <em>Correspondences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrespondences()
	 * @generated
	 * @ordered
	 */
	protected EList<Correspondence> correspondences;

	/**
	 * The cached value of the '{@link #getCriticalQuestions() <em>Critical Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticalQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<CriticalQuestion> criticalQuestions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalogyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.ANALOGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceCase() {
		return sourceCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceCase(String newSourceCase) {
		String oldSourceCase = sourceCase;
		sourceCase = newSourceCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ANALOGY__SOURCE_CASE, oldSourceCase, sourceCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetCase() {
		return targetCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetCase(String newTargetCase) {
		String oldTargetCase = targetCase;
		targetCase = newTargetCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.ANALOGY__TARGET_CASE, oldTargetCase, targetCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Correspondence> getCorrespondences() {
		if (correspondences == null) {
			correspondences = new EObjectContainmentEList<Correspondence>(Correspondence.class, this, ArgmapPackage.ANALOGY__CORRESPONDENCES);
		}
		return correspondences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriticalQuestion> getCriticalQuestions() {
		if (criticalQuestions == null) {
			criticalQuestions = new EObjectContainmentEList<CriticalQuestion>(CriticalQuestion.class, this, ArgmapPackage.ANALOGY__CRITICAL_QUESTIONS);
		}
		return criticalQuestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ArgmapPackage.ANALOGY__CORRESPONDENCES:
				return ((InternalEList<?>)getCorrespondences()).basicRemove(otherEnd, msgs);
			case ArgmapPackage.ANALOGY__CRITICAL_QUESTIONS:
				return ((InternalEList<?>)getCriticalQuestions()).basicRemove(otherEnd, msgs);
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
			case ArgmapPackage.ANALOGY__SOURCE_CASE:
				return getSourceCase();
			case ArgmapPackage.ANALOGY__TARGET_CASE:
				return getTargetCase();
			case ArgmapPackage.ANALOGY__CORRESPONDENCES:
				return getCorrespondences();
			case ArgmapPackage.ANALOGY__CRITICAL_QUESTIONS:
				return getCriticalQuestions();
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
			case ArgmapPackage.ANALOGY__SOURCE_CASE:
				setSourceCase((String)newValue);
				return;
			case ArgmapPackage.ANALOGY__TARGET_CASE:
				setTargetCase((String)newValue);
				return;
			case ArgmapPackage.ANALOGY__CORRESPONDENCES:
				getCorrespondences().clear();
				getCorrespondences().addAll((Collection<? extends Correspondence>)newValue);
				return;
			case ArgmapPackage.ANALOGY__CRITICAL_QUESTIONS:
				getCriticalQuestions().clear();
				getCriticalQuestions().addAll((Collection<? extends CriticalQuestion>)newValue);
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
			case ArgmapPackage.ANALOGY__SOURCE_CASE:
				setSourceCase(SOURCE_CASE_EDEFAULT);
				return;
			case ArgmapPackage.ANALOGY__TARGET_CASE:
				setTargetCase(TARGET_CASE_EDEFAULT);
				return;
			case ArgmapPackage.ANALOGY__CORRESPONDENCES:
				getCorrespondences().clear();
				return;
			case ArgmapPackage.ANALOGY__CRITICAL_QUESTIONS:
				getCriticalQuestions().clear();
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
			case ArgmapPackage.ANALOGY__SOURCE_CASE:
				return SOURCE_CASE_EDEFAULT == null ? sourceCase != null : !SOURCE_CASE_EDEFAULT.equals(sourceCase);
			case ArgmapPackage.ANALOGY__TARGET_CASE:
				return TARGET_CASE_EDEFAULT == null ? targetCase != null : !TARGET_CASE_EDEFAULT.equals(targetCase);
			case ArgmapPackage.ANALOGY__CORRESPONDENCES:
				return correspondences != null && !correspondences.isEmpty();
			case ArgmapPackage.ANALOGY__CRITICAL_QUESTIONS:
				return criticalQuestions != null && !criticalQuestions.isEmpty();
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
		result.append(" (sourceCase: ");
		result.append(sourceCase);
		result.append(", targetCase: ");
		result.append(targetCase);
		result.append(')');
		return result.toString();
	}

} //AnalogyImpl

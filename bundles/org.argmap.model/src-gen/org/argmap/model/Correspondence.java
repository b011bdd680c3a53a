/**
 */
package org.argmap.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Correspondence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source aspect mapped onto a target aspect, e.g. walking <-> pre-training.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.Correspondence#getSourceAspect <em>Source Aspect</em>}</li>
 *   <li>{@link org.argmap.model.Correspondence#getTargetAspect <em>Target Aspect</em>}</li>
 * </ul>
 *
 * @see org.argmap.model.ArgmapPackage#getCorrespondence()
 * @model
 * @generated
 */
public interface Correspondence extends EObject {
	/**
	 * Returns the value of the '<em><b>Source Aspect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Aspect</em>' attribute.
	 * @see #setSourceAspect(String)
	 * @see org.argmap.model.ArgmapPackage#getCorrespondence_SourceAspect()
	 * @model
	 * @generated
	 */
	String getSourceAspect();

	/**
	 * Sets the value of the '{@link org.argmap.model.Correspondence#getSourceAspect <em>Source Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Aspect</em>' attribute.
	 * @see #getSourceAspect()
	 * @generated
	 */
	void setSourceAspect(String value);

	/**
	 * Returns the value of the '<em><b>Target Aspect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Aspect</em>' attribute.
	 * @see #setTargetAspect(String)
	 * @see org.argmap.model.ArgmapPackage#getCorrespondence_TargetAspect()
	 * @model
	 * @generated
	 */
	String getTargetAspect();

	/**
	 * Sets the value of the '{@link org.argmap.model.Correspondence#getTargetAspect <em>Target Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Aspect</em>' attribute.
	 * @see #getTargetAspect()
	 * @generated
	 */
	void setTargetAspect(String value);

} // Correspondence

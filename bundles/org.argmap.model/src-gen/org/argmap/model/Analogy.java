/**
 */
package org.argmap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analogy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Argument from analogy: what holds in the source case holds in the target case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.Analogy#getSourceCase <em>Source Case</em>}</li>
 *   <li>{@link org.argmap.model.Analogy#getTargetCase <em>Target Case</em>}</li>
 *   <li>{@link org.argmap.model.Analogy#getCorrespondences <em>Correspondences</em>}</li>
 *   <li>{@link org.argmap.model.Analogy#getCriticalQuestions <em>Critical Questions</em>}</li>
 * </ul>
 *
 * @see org.argmap.model.ArgmapPackage#getAnalogy()
 * @model
 * @generated
 */
public interface Analogy extends Node {
	/**
	 * Returns the value of the '<em><b>Source Case</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Case</em>' attribute.
	 * @see #setSourceCase(String)
	 * @see org.argmap.model.ArgmapPackage#getAnalogy_SourceCase()
	 * @model
	 * @generated
	 */
	String getSourceCase();

	/**
	 * Sets the value of the '{@link org.argmap.model.Analogy#getSourceCase <em>Source Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Case</em>' attribute.
	 * @see #getSourceCase()
	 * @generated
	 */
	void setSourceCase(String value);

	/**
	 * Returns the value of the '<em><b>Target Case</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Case</em>' attribute.
	 * @see #setTargetCase(String)
	 * @see org.argmap.model.ArgmapPackage#getAnalogy_TargetCase()
	 * @model
	 * @generated
	 */
	String getTargetCase();

	/**
	 * Sets the value of the '{@link org.argmap.model.Analogy#getTargetCase <em>Target Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Case</em>' attribute.
	 * @see #getTargetCase()
	 * @generated
	 */
	void setTargetCase(String value);

	/**
	 * Returns the value of the '<em><b>Correspondences</b></em>' containment reference list.
	 * The list contents are of type {@link org.argmap.model.Correspondence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Correspondences</em>' containment reference list.
	 * @see org.argmap.model.ArgmapPackage#getAnalogy_Correspondences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Correspondence> getCorrespondences();

	/**
	 * Returns the value of the '<em><b>Critical Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.argmap.model.CriticalQuestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Critical Questions</em>' containment reference list.
	 * @see org.argmap.model.ArgmapPackage#getAnalogy_CriticalQuestions()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriticalQuestion> getCriticalQuestions();

} // Analogy

/**
 */
package org.argmap.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Critical Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of Walton's critical questions for argument from analogy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.CriticalQuestion#getKind <em>Kind</em>}</li>
 *   <li>{@link org.argmap.model.CriticalQuestion#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.argmap.model.CriticalQuestion#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.argmap.model.ArgmapPackage#getCriticalQuestion()
 * @model
 * @generated
 */
public interface CriticalQuestion extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.argmap.model.CriticalQuestionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.argmap.model.CriticalQuestionKind
	 * @see #setKind(CriticalQuestionKind)
	 * @see org.argmap.model.ArgmapPackage#getCriticalQuestion_Kind()
	 * @model
	 * @generated
	 */
	CriticalQuestionKind getKind();

	/**
	 * Sets the value of the '{@link org.argmap.model.CriticalQuestion#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.argmap.model.CriticalQuestionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CriticalQuestionKind value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see #setAnswer(String)
	 * @see org.argmap.model.ArgmapPackage#getCriticalQuestion_Answer()
	 * @model
	 * @generated
	 */
	String getAnswer();

	/**
	 * Sets the value of the '{@link org.argmap.model.CriticalQuestion#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.argmap.model.QuestionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.argmap.model.QuestionStatus
	 * @see #setStatus(QuestionStatus)
	 * @see org.argmap.model.ArgmapPackage#getCriticalQuestion_Status()
	 * @model
	 * @generated
	 */
	QuestionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.argmap.model.CriticalQuestion#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.argmap.model.QuestionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(QuestionStatus value);

} // CriticalQuestion

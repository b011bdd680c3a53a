/**
 */
package org.argmap.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conflict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Left by a three-way merge where both sides changed one thing in different ways, or one deleted an element the other changed or used. The map holds our version of the element; this records what was on each side, so nothing is lost. Resolving the conflict removes it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.Conflict#getElement <em>Element</em>}</li>
 *   <li>{@link org.argmap.model.Conflict#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.argmap.model.Conflict#getOurs <em>Ours</em>}</li>
 *   <li>{@link org.argmap.model.Conflict#getTheirs <em>Theirs</em>}</li>
 *   <li>{@link org.argmap.model.Conflict#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.argmap.model.ArgmapPackage#getConflict()
 * @model
 * @generated
 */
public interface Conflict extends Identified {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the element the two sides disagree on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' attribute.
	 * @see #setElement(String)
	 * @see org.argmap.model.ArgmapPackage#getConflict_Element()
	 * @model
	 * @generated
	 */
	String getElement();

	/**
	 * Sets the value of the '{@link org.argmap.model.Conflict#getElement <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' attribute.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(String value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the feature both changed (text, label, ...); empty when one side deleted the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see org.argmap.model.ArgmapPackage#getConflict_Feature()
	 * @model
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link org.argmap.model.Conflict#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

	/**
	 * Returns the value of the '<em><b>Ours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ours</em>' attribute.
	 * @see #setOurs(String)
	 * @see org.argmap.model.ArgmapPackage#getConflict_Ours()
	 * @model
	 * @generated
	 */
	String getOurs();

	/**
	 * Sets the value of the '{@link org.argmap.model.Conflict#getOurs <em>Ours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ours</em>' attribute.
	 * @see #getOurs()
	 * @generated
	 */
	void setOurs(String value);

	/**
	 * Returns the value of the '<em><b>Theirs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theirs</em>' attribute.
	 * @see #setTheirs(String)
	 * @see org.argmap.model.ArgmapPackage#getConflict_Theirs()
	 * @model
	 * @generated
	 */
	String getTheirs();

	/**
	 * Sets the value of the '{@link org.argmap.model.Conflict#getTheirs <em>Theirs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theirs</em>' attribute.
	 * @see #getTheirs()
	 * @generated
	 */
	void setTheirs(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.argmap.model.ArgmapPackage#getConflict_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.argmap.model.Conflict#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Conflict

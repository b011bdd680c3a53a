/**
 */
package org.argmap.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A proposition (an AIF I-node).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.Claim#isImplicit <em>Implicit</em>}</li>
 * </ul>
 *
 * @see org.argmap.model.ArgmapPackage#getClaim()
 * @model
 * @generated
 */
public interface Claim extends Node {
	/**
	 * Returns the value of the '<em><b>Implicit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An unstated premise (enthymeme): it needs no anchor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Implicit</em>' attribute.
	 * @see #setImplicit(boolean)
	 * @see org.argmap.model.ArgmapPackage#getClaim_Implicit()
	 * @model
	 * @generated
	 */
	boolean isImplicit();

	/**
	 * Sets the value of the '{@link org.argmap.model.Claim#isImplicit <em>Implicit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implicit</em>' attribute.
	 * @see #isImplicit()
	 * @generated
	 */
	void setImplicit(boolean value);

} // Claim

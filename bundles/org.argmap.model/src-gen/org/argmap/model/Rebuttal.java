/**
 */
package org.argmap.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rebuttal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A claim made against another claim (attack) or against an inference (undercut).
 * <!-- end-model-doc -->
 *
 *
 * @see org.argmap.model.ArgmapPackage#getRebuttal()
 * @model
 * @generated
 */
public interface Rebuttal extends Claim {
} // Rebuttal

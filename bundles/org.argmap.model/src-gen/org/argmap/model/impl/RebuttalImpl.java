/**
 */
package org.argmap.model.impl;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.Rebuttal;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rebuttal</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class RebuttalImpl extends ClaimImpl implements Rebuttal {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RebuttalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.REBUTTAL;
	}

} //RebuttalImpl

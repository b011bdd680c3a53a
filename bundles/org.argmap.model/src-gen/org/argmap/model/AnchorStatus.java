/**
 */
package org.argmap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Anchor Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.argmap.model.ArgmapPackage#getAnchorStatus()
 * @model
 * @generated
 */
public enum AnchorStatus implements Enumerator {
	/**
	 * The '<em><b>Anchored</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANCHORED_VALUE
	 * @generated
	 * @ordered
	 */
	ANCHORED(0, "anchored", "anchored"),

	/**
	 * The '<em><b>Relocated</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELOCATED_VALUE
	 * @generated
	 * @ordered
	 */
	RELOCATED(1, "relocated", "relocated"),

	/**
	 * The '<em><b>Orphaned</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORPHANED_VALUE
	 * @generated
	 * @ordered
	 */
	ORPHANED(2, "orphaned", "orphaned");

	/**
	 * The '<em><b>Anchored</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANCHORED
	 * @model name="anchored"
	 * @generated
	 * @ordered
	 */
	public static final int ANCHORED_VALUE = 0;

	/**
	 * The '<em><b>Relocated</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELOCATED
	 * @model name="relocated"
	 * @generated
	 * @ordered
	 */
	public static final int RELOCATED_VALUE = 1;

	/**
	 * The '<em><b>Orphaned</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORPHANED
	 * @model name="orphaned"
	 * @generated
	 * @ordered
	 */
	public static final int ORPHANED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Anchor Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AnchorStatus[] VALUES_ARRAY =
		new AnchorStatus[] {
			ANCHORED,
			RELOCATED,
			ORPHANED,
		};

	/**
	 * A public read-only list of all the '<em><b>Anchor Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AnchorStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Anchor Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnchorStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnchorStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Anchor Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnchorStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnchorStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Anchor Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnchorStatus get(int value) {
		switch (value) {
			case ANCHORED_VALUE: return ANCHORED;
			case RELOCATED_VALUE: return RELOCATED;
			case ORPHANED_VALUE: return ORPHANED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AnchorStatus(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AnchorStatus

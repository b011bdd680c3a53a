/**
 */
package org.argmap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Critical Question Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.argmap.model.ArgmapPackage#getCriticalQuestionKind()
 * @model
 * @generated
 */
public enum CriticalQuestionKind implements Enumerator {
	/**
	 * The '<em><b>Relevant Differences</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELEVANT_DIFFERENCES_VALUE
	 * @generated
	 * @ordered
	 */
	RELEVANT_DIFFERENCES(0, "relevantDifferences", "relevantDifferences"),

	/**
	 * The '<em><b>Base Premise True</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASE_PREMISE_TRUE_VALUE
	 * @generated
	 * @ordered
	 */
	BASE_PREMISE_TRUE(1, "basePremiseTrue", "basePremiseTrue"),

	/**
	 * The '<em><b>Counter Case</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTER_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTER_CASE(2, "counterCase", "counterCase");

	/**
	 * The '<em><b>Relevant Differences</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELEVANT_DIFFERENCES
	 * @model name="relevantDifferences"
	 * @generated
	 * @ordered
	 */
	public static final int RELEVANT_DIFFERENCES_VALUE = 0;

	/**
	 * The '<em><b>Base Premise True</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASE_PREMISE_TRUE
	 * @model name="basePremiseTrue"
	 * @generated
	 * @ordered
	 */
	public static final int BASE_PREMISE_TRUE_VALUE = 1;

	/**
	 * The '<em><b>Counter Case</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTER_CASE
	 * @model name="counterCase"
	 * @generated
	 * @ordered
	 */
	public static final int COUNTER_CASE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Critical Question Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CriticalQuestionKind[] VALUES_ARRAY =
		new CriticalQuestionKind[] {
			RELEVANT_DIFFERENCES,
			BASE_PREMISE_TRUE,
			COUNTER_CASE,
		};

	/**
	 * A public read-only list of all the '<em><b>Critical Question Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CriticalQuestionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Critical Question Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriticalQuestionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriticalQuestionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Critical Question Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriticalQuestionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriticalQuestionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Critical Question Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriticalQuestionKind get(int value) {
		switch (value) {
			case RELEVANT_DIFFERENCES_VALUE: return RELEVANT_DIFFERENCES;
			case BASE_PREMISE_TRUE_VALUE: return BASE_PREMISE_TRUE;
			case COUNTER_CASE_VALUE: return COUNTER_CASE;
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
	private CriticalQuestionKind(int value, String name, String literal) {
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
	
} //CriticalQuestionKind

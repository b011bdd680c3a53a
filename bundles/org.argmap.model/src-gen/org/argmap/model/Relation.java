/**
 */
package org.argmap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Sources relate to a target. Support: linked premises jointly support a conclusion (AIF RA). Attack: a node attacks a node (CA). Undercut: a node attacks a relation (CA on an RA). Analogy: an analogy argues for a claim (RA, argument from analogy). Equivalence: a node rephrases another (MA).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.Relation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.argmap.model.Relation#getSources <em>Sources</em>}</li>
 *   <li>{@link org.argmap.model.Relation#getTarget <em>Target</em>}</li>
 *   <li>{@link org.argmap.model.Relation#getScheme <em>Scheme</em>}</li>
 * </ul>
 *
 * @see org.argmap.model.ArgmapPackage#getRelation()
 * @model
 * @generated
 */
public interface Relation extends ArgumentElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.argmap.model.RelationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.argmap.model.RelationKind
	 * @see #setKind(RelationKind)
	 * @see org.argmap.model.ArgmapPackage#getRelation_Kind()
	 * @model
	 * @generated
	 */
	RelationKind getKind();

	/**
	 * Sets the value of the '{@link org.argmap.model.Relation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.argmap.model.RelationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationKind value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.argmap.model.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.argmap.model.ArgmapPackage#getRelation_Sources()
	 * @model required="true"
	 * @generated
	 */
	EList<Node> getSources();

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(ArgumentElement)
	 * @see org.argmap.model.ArgmapPackage#getRelation_Target()
	 * @model required="true"
	 * @generated
	 */
	ArgumentElement getTarget();

	/**
	 * Sets the value of the '{@link org.argmap.model.Relation#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(ArgumentElement value);

	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AIF scheme name, e.g. "Argument From Analogy"; empty for a plain default inference or conflict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheme</em>' attribute.
	 * @see #setScheme(String)
	 * @see org.argmap.model.ArgmapPackage#getRelation_Scheme()
	 * @model
	 * @generated
	 */
	String getScheme();

	/**
	 * Sets the value of the '{@link org.argmap.model.Relation#getScheme <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' attribute.
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(String value);

} // Relation

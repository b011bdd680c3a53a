/**
 */
package org.argmap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.Node#getText <em>Text</em>}</li>
 *   <li>{@link org.argmap.model.Node#getLabel <em>Label</em>}</li>
 *   <li>{@link org.argmap.model.Node#getTags <em>Tags</em>}</li>
 *   <li>{@link org.argmap.model.Node#getAnchors <em>Anchors</em>}</li>
 *   <li>{@link org.argmap.model.Node#getPosition <em>Position</em>}</li>
 *   <li>{@link org.argmap.model.Node#getEquivalents <em>Equivalents</em>}</li>
 * </ul>
 *
 * @see org.argmap.model.ArgmapPackage#getNode()
 * @model abstract="true"
 * @generated
 */
public interface Node extends ArgumentElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.argmap.model.ArgmapPackage#getNode_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.argmap.model.Node#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.argmap.model.ArgmapPackage#getNode_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.argmap.model.Node#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.argmap.model.ArgmapPackage#getNode_Tags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Anchors</b></em>' containment reference list.
	 * The list contents are of type {@link org.argmap.model.TextAnchor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anchors</em>' containment reference list.
	 * @see org.argmap.model.ArgmapPackage#getNode_Anchors()
	 * @model containment="true"
	 * @generated
	 */
	EList<TextAnchor> getAnchors();

	/**
	 * Returns the value of the '<em><b>Position</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when the user placed the node by hand; automatic layout keeps it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' containment reference.
	 * @see #setPosition(Position)
	 * @see org.argmap.model.ArgmapPackage#getNode_Position()
	 * @model containment="true"
	 * @generated
	 */
	Position getPosition();

	/**
	 * Sets the value of the '{@link org.argmap.model.Node#getPosition <em>Position</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' containment reference.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(Position value);

	/**
	 * Returns the value of the '<em><b>Equivalents</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Claims of other maps of the same corpus that state what this node states, each as PATH#ID: the other map's file relative to this map's folder, with /, and its node's id. Links, not references, so that loading a map never reads another file; a link leading outside the corpus folder is never followed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equivalents</em>' attribute list.
	 * @see org.argmap.model.ArgmapPackage#getNode_Equivalents()
	 * @model
	 * @generated
	 */
	EList<String> getEquivalents();

} // Node

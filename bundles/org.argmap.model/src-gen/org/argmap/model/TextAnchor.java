/**
 */
package org.argmap.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Anchor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A passage of a source document: a W3C Web Annotation TextPositionSelector (start, end) plus TextQuoteSelector (exact, prefix, suffix).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.TextAnchor#getDocument <em>Document</em>}</li>
 *   <li>{@link org.argmap.model.TextAnchor#getStart <em>Start</em>}</li>
 *   <li>{@link org.argmap.model.TextAnchor#getEnd <em>End</em>}</li>
 *   <li>{@link org.argmap.model.TextAnchor#getExact <em>Exact</em>}</li>
 *   <li>{@link org.argmap.model.TextAnchor#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link org.argmap.model.TextAnchor#getSuffix <em>Suffix</em>}</li>
 *   <li>{@link org.argmap.model.TextAnchor#getStatus <em>Status</em>}</li>
 *   <li>{@link org.argmap.model.TextAnchor#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @see org.argmap.model.ArgmapPackage#getTextAnchor()
 * @model
 * @generated
 */
public interface TextAnchor extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(SourceDocument)
	 * @see org.argmap.model.ArgmapPackage#getTextAnchor_Document()
	 * @model required="true"
	 * @generated
	 */
	SourceDocument getDocument();

	/**
	 * Sets the value of the '{@link org.argmap.model.TextAnchor#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(SourceDocument value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.argmap.model.ArgmapPackage#getTextAnchor_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.argmap.model.TextAnchor#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exclusive character offset into the extracted text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.argmap.model.ArgmapPackage#getTextAnchor_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.argmap.model.TextAnchor#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Exact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exact</em>' attribute.
	 * @see #setExact(String)
	 * @see org.argmap.model.ArgmapPackage#getTextAnchor_Exact()
	 * @model
	 * @generated
	 */
	String getExact();

	/**
	 * Sets the value of the '{@link org.argmap.model.TextAnchor#getExact <em>Exact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exact</em>' attribute.
	 * @see #getExact()
	 * @generated
	 */
	void setExact(String value);

	/**
	 * Returns the value of the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix</em>' attribute.
	 * @see #setPrefix(String)
	 * @see org.argmap.model.ArgmapPackage#getTextAnchor_Prefix()
	 * @model
	 * @generated
	 */
	String getPrefix();

	/**
	 * Sets the value of the '{@link org.argmap.model.TextAnchor#getPrefix <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix</em>' attribute.
	 * @see #getPrefix()
	 * @generated
	 */
	void setPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suffix</em>' attribute.
	 * @see #setSuffix(String)
	 * @see org.argmap.model.ArgmapPackage#getTextAnchor_Suffix()
	 * @model
	 * @generated
	 */
	String getSuffix();

	/**
	 * Sets the value of the '{@link org.argmap.model.TextAnchor#getSuffix <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suffix</em>' attribute.
	 * @see #getSuffix()
	 * @generated
	 */
	void setSuffix(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.argmap.model.AnchorStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.argmap.model.AnchorStatus
	 * @see #setStatus(AnchorStatus)
	 * @see org.argmap.model.ArgmapPackage#getTextAnchor_Status()
	 * @model
	 * @generated
	 */
	AnchorStatus getStatus();

	/**
	 * Sets the value of the '{@link org.argmap.model.TextAnchor#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.argmap.model.AnchorStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AnchorStatus value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How sure re-anchoring was of a relocated anchor's new place, 0 to 1. Set only while the anchor is relocated: an anchored one has nothing left to doubt, an orphaned one has no place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #isSetConfidence()
	 * @see #unsetConfidence()
	 * @see #setConfidence(double)
	 * @see org.argmap.model.ArgmapPackage#getTextAnchor_Confidence()
	 * @model unsettable="true"
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link org.argmap.model.TextAnchor#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #isSetConfidence()
	 * @see #unsetConfidence()
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Unsets the value of the '{@link org.argmap.model.TextAnchor#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetConfidence()
	 * @see #getConfidence()
	 * @see #setConfidence(double)
	 * @generated
	 */
	void unsetConfidence();

	/**
	 * Returns whether the value of the '{@link org.argmap.model.TextAnchor#getConfidence <em>Confidence</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Confidence</em>' attribute is set.
	 * @see #unsetConfidence()
	 * @see #getConfidence()
	 * @see #setConfidence(double)
	 * @generated
	 */
	boolean isSetConfidence();

} // TextAnchor

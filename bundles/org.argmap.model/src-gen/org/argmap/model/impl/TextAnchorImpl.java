/**
 */
package org.argmap.model.impl;

import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Text Anchor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.argmap.model.impl.TextAnchorImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.argmap.model.impl.TextAnchorImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.argmap.model.impl.TextAnchorImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.argmap.model.impl.TextAnchorImpl#getExact <em>Exact</em>}</li>
 *   <li>{@link org.argmap.model.impl.TextAnchorImpl#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link org.argmap.model.impl.TextAnchorImpl#getSuffix <em>Suffix</em>}</li>
 *   <li>{@link org.argmap.model.impl.TextAnchorImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.argmap.model.impl.TextAnchorImpl#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TextAnchorImpl extends EObjectImpl implements TextAnchor {
	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected SourceDocument document;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getExact() <em>Exact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExact()
	 * @generated
	 * @ordered
	 */
	protected static final String EXACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExact() <em>Exact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExact()
	 * @generated
	 * @ordered
	 */
	protected String exact = EXACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected String prefix = PREFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuffix() <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuffix()
	 * @generated
	 * @ordered
	 */
	protected static final String SUFFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuffix() <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuffix()
	 * @generated
	 * @ordered
	 */
	protected String suffix = SUFFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AnchorStatus STATUS_EDEFAULT = AnchorStatus.ANCHORED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AnchorStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * This is true if the Confidence attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean confidenceESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TextAnchorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArgmapPackage.Literals.TEXT_ANCHOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceDocument getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (SourceDocument)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArgmapPackage.TEXT_ANCHOR__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceDocument basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(SourceDocument newDocument) {
		SourceDocument oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.TEXT_ANCHOR__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.TEXT_ANCHOR__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.TEXT_ANCHOR__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExact() {
		return exact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExact(String newExact) {
		String oldExact = exact;
		exact = newExact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.TEXT_ANCHOR__EXACT, oldExact, exact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrefix() {
		return prefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefix(String newPrefix) {
		String oldPrefix = prefix;
		prefix = newPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.TEXT_ANCHOR__PREFIX, oldPrefix, prefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSuffix() {
		return suffix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuffix(String newSuffix) {
		String oldSuffix = suffix;
		suffix = newSuffix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.TEXT_ANCHOR__SUFFIX, oldSuffix, suffix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnchorStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AnchorStatus newStatus) {
		AnchorStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.TEXT_ANCHOR__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		boolean oldConfidenceESet = confidenceESet;
		confidenceESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArgmapPackage.TEXT_ANCHOR__CONFIDENCE, oldConfidence, confidence, !oldConfidenceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetConfidence() {
		double oldConfidence = confidence;
		boolean oldConfidenceESet = confidenceESet;
		confidence = CONFIDENCE_EDEFAULT;
		confidenceESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ArgmapPackage.TEXT_ANCHOR__CONFIDENCE, oldConfidence, CONFIDENCE_EDEFAULT, oldConfidenceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetConfidence() {
		return confidenceESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArgmapPackage.TEXT_ANCHOR__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case ArgmapPackage.TEXT_ANCHOR__START:
				return getStart();
			case ArgmapPackage.TEXT_ANCHOR__END:
				return getEnd();
			case ArgmapPackage.TEXT_ANCHOR__EXACT:
				return getExact();
			case ArgmapPackage.TEXT_ANCHOR__PREFIX:
				return getPrefix();
			case ArgmapPackage.TEXT_ANCHOR__SUFFIX:
				return getSuffix();
			case ArgmapPackage.TEXT_ANCHOR__STATUS:
				return getStatus();
			case ArgmapPackage.TEXT_ANCHOR__CONFIDENCE:
				return getConfidence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ArgmapPackage.TEXT_ANCHOR__DOCUMENT:
				setDocument((SourceDocument)newValue);
				return;
			case ArgmapPackage.TEXT_ANCHOR__START:
				setStart((Integer)newValue);
				return;
			case ArgmapPackage.TEXT_ANCHOR__END:
				setEnd((Integer)newValue);
				return;
			case ArgmapPackage.TEXT_ANCHOR__EXACT:
				setExact((String)newValue);
				return;
			case ArgmapPackage.TEXT_ANCHOR__PREFIX:
				setPrefix((String)newValue);
				return;
			case ArgmapPackage.TEXT_ANCHOR__SUFFIX:
				setSuffix((String)newValue);
				return;
			case ArgmapPackage.TEXT_ANCHOR__STATUS:
				setStatus((AnchorStatus)newValue);
				return;
			case ArgmapPackage.TEXT_ANCHOR__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ArgmapPackage.TEXT_ANCHOR__DOCUMENT:
				setDocument((SourceDocument)null);
				return;
			case ArgmapPackage.TEXT_ANCHOR__START:
				setStart(START_EDEFAULT);
				return;
			case ArgmapPackage.TEXT_ANCHOR__END:
				setEnd(END_EDEFAULT);
				return;
			case ArgmapPackage.TEXT_ANCHOR__EXACT:
				setExact(EXACT_EDEFAULT);
				return;
			case ArgmapPackage.TEXT_ANCHOR__PREFIX:
				setPrefix(PREFIX_EDEFAULT);
				return;
			case ArgmapPackage.TEXT_ANCHOR__SUFFIX:
				setSuffix(SUFFIX_EDEFAULT);
				return;
			case ArgmapPackage.TEXT_ANCHOR__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ArgmapPackage.TEXT_ANCHOR__CONFIDENCE:
				unsetConfidence();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ArgmapPackage.TEXT_ANCHOR__DOCUMENT:
				return document != null;
			case ArgmapPackage.TEXT_ANCHOR__START:
				return start != START_EDEFAULT;
			case ArgmapPackage.TEXT_ANCHOR__END:
				return end != END_EDEFAULT;
			case ArgmapPackage.TEXT_ANCHOR__EXACT:
				return EXACT_EDEFAULT == null ? exact != null : !EXACT_EDEFAULT.equals(exact);
			case ArgmapPackage.TEXT_ANCHOR__PREFIX:
				return PREFIX_EDEFAULT == null ? prefix != null : !PREFIX_EDEFAULT.equals(prefix);
			case ArgmapPackage.TEXT_ANCHOR__SUFFIX:
				return SUFFIX_EDEFAULT == null ? suffix != null : !SUFFIX_EDEFAULT.equals(suffix);
			case ArgmapPackage.TEXT_ANCHOR__STATUS:
				return status != STATUS_EDEFAULT;
			case ArgmapPackage.TEXT_ANCHOR__CONFIDENCE:
				return isSetConfidence();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", exact: ");
		result.append(exact);
		result.append(", prefix: ");
		result.append(prefix);
		result.append(", suffix: ");
		result.append(suffix);
		result.append(", status: ");
		result.append(status);
		result.append(", confidence: ");
		if (confidenceESet) result.append(confidence); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //TextAnchorImpl

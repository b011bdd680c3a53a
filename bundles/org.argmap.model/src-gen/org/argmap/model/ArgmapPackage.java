/**
 */
package org.argmap.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Argument maps: claims, rebuttals and analogies anchored in source texts, linked by relations that map onto AIF (RA inference, CA conflict, MA rephrase).
 * <!-- end-model-doc -->
 * @see org.argmap.model.ArgmapFactory
 * @model kind="package"
 * @generated
 */
public interface ArgmapPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://argmap.org/schema/argmap/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "argmap";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ArgmapPackage eINSTANCE = org.argmap.model.impl.ArgmapPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.ArgumentMapImpl <em>Argument Map</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.ArgumentMapImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getArgumentMap()
	 * @generated
	 */
	int ARGUMENT_MAP = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__CREATED = 2;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__MODIFIED = 3;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__DOCUMENTS = 4;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__NODES = 5;

	/**
	 * The feature id for the '<em><b>Relations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__RELATIONS = 6;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP__CONFLICTS = 7;

	/**
	 * The number of structural features of the '<em>Argument Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Argument Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_MAP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.IdentifiedImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.SourceDocumentImpl <em>Source Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.SourceDocumentImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getSourceDocument()
	 * @generated
	 */
	int SOURCE_DOCUMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__AUTHOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__LOCATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__MEDIA_TYPE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__SHA256 = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Snapshot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__SNAPSHOT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.TextAnchorImpl <em>Text Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.TextAnchorImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getTextAnchor()
	 * @generated
	 */
	int TEXT_ANCHOR = 3;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR__DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR__END = 2;

	/**
	 * The feature id for the '<em><b>Exact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR__EXACT = 3;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR__PREFIX = 4;

	/**
	 * The feature id for the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR__SUFFIX = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR__CONFIDENCE = 7;

	/**
	 * The number of structural features of the '<em>Text Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Text Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_ANCHOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.ArgumentElementImpl <em>Argument Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.ArgumentElementImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getArgumentElement()
	 * @generated
	 */
	int ARGUMENT_ELEMENT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_ELEMENT__NOTE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_ELEMENT__ANNOTATOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Argument Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Argument Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARGUMENT_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.NodeImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ID = ARGUMENT_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NOTE = ARGUMENT_ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ANNOTATOR = ARGUMENT_ELEMENT__ANNOTATOR;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__TEXT = ARGUMENT_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LABEL = ARGUMENT_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__TAGS = ARGUMENT_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Anchors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ANCHORS = ARGUMENT_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Position</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__POSITION = ARGUMENT_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Equivalents</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__EQUIVALENTS = ARGUMENT_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = ARGUMENT_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = ARGUMENT_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.PositionImpl <em>Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.PositionImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getPosition()
	 * @generated
	 */
	int POSITION = 6;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION__Y = 1;

	/**
	 * The number of structural features of the '<em>Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.ClaimImpl <em>Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.ClaimImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getClaim()
	 * @generated
	 */
	int CLAIM = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ID = NODE__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__NOTE = NODE__NOTE;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ANNOTATOR = NODE__ANNOTATOR;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TEXT = NODE__TEXT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__LABEL = NODE__LABEL;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TAGS = NODE__TAGS;

	/**
	 * The feature id for the '<em><b>Anchors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ANCHORS = NODE__ANCHORS;

	/**
	 * The feature id for the '<em><b>Position</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__POSITION = NODE__POSITION;

	/**
	 * The feature id for the '<em><b>Equivalents</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__EQUIVALENTS = NODE__EQUIVALENTS;

	/**
	 * The feature id for the '<em><b>Implicit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__IMPLICIT = NODE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_FEATURE_COUNT = NODE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.RebuttalImpl <em>Rebuttal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.RebuttalImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getRebuttal()
	 * @generated
	 */
	int REBUTTAL = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__ID = CLAIM__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__NOTE = CLAIM__NOTE;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__ANNOTATOR = CLAIM__ANNOTATOR;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__TEXT = CLAIM__TEXT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__LABEL = CLAIM__LABEL;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__TAGS = CLAIM__TAGS;

	/**
	 * The feature id for the '<em><b>Anchors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__ANCHORS = CLAIM__ANCHORS;

	/**
	 * The feature id for the '<em><b>Position</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__POSITION = CLAIM__POSITION;

	/**
	 * The feature id for the '<em><b>Equivalents</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__EQUIVALENTS = CLAIM__EQUIVALENTS;

	/**
	 * The feature id for the '<em><b>Implicit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL__IMPLICIT = CLAIM__IMPLICIT;

	/**
	 * The number of structural features of the '<em>Rebuttal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL_FEATURE_COUNT = CLAIM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Rebuttal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBUTTAL_OPERATION_COUNT = CLAIM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.AnalogyImpl <em>Analogy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.AnalogyImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getAnalogy()
	 * @generated
	 */
	int ANALOGY = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__ID = NODE__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__NOTE = NODE__NOTE;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__ANNOTATOR = NODE__ANNOTATOR;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__TEXT = NODE__TEXT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__LABEL = NODE__LABEL;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__TAGS = NODE__TAGS;

	/**
	 * The feature id for the '<em><b>Anchors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__ANCHORS = NODE__ANCHORS;

	/**
	 * The feature id for the '<em><b>Position</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__POSITION = NODE__POSITION;

	/**
	 * The feature id for the '<em><b>Equivalents</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__EQUIVALENTS = NODE__EQUIVALENTS;

	/**
	 * The feature id for the '<em><b>Source Case</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__SOURCE_CASE = NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Case</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__TARGET_CASE = NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Correspondences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__CORRESPONDENCES = NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Critical Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY__CRITICAL_QUESTIONS = NODE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Analogy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY_FEATURE_COUNT = NODE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Analogy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALOGY_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.CorrespondenceImpl <em>Correspondence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.CorrespondenceImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getCorrespondence()
	 * @generated
	 */
	int CORRESPONDENCE = 10;

	/**
	 * The feature id for the '<em><b>Source Aspect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRESPONDENCE__SOURCE_ASPECT = 0;

	/**
	 * The feature id for the '<em><b>Target Aspect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRESPONDENCE__TARGET_ASPECT = 1;

	/**
	 * The number of structural features of the '<em>Correspondence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRESPONDENCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Correspondence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRESPONDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.CriticalQuestionImpl <em>Critical Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.CriticalQuestionImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getCriticalQuestion()
	 * @generated
	 */
	int CRITICAL_QUESTION = 11;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION__ANSWER = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION__STATUS = 2;

	/**
	 * The number of structural features of the '<em>Critical Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Critical Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.RelationImpl <em>Relation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.RelationImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getRelation()
	 * @generated
	 */
	int RELATION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__ID = ARGUMENT_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__NOTE = ARGUMENT_ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__ANNOTATOR = ARGUMENT_ELEMENT__ANNOTATOR;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__KIND = ARGUMENT_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__SOURCES = ARGUMENT_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__TARGET = ARGUMENT_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION__SCHEME = ARGUMENT_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_FEATURE_COUNT = ARGUMENT_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_OPERATION_COUNT = ARGUMENT_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.impl.ConflictImpl <em>Conflict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.impl.ConflictImpl
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getConflict()
	 * @generated
	 */
	int CONFLICT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__ELEMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__FEATURE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__OURS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Theirs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__THEIRS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.argmap.model.AnchorStatus <em>Anchor Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.AnchorStatus
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getAnchorStatus()
	 * @generated
	 */
	int ANCHOR_STATUS = 14;

	/**
	 * The meta object id for the '{@link org.argmap.model.CriticalQuestionKind <em>Critical Question Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.CriticalQuestionKind
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getCriticalQuestionKind()
	 * @generated
	 */
	int CRITICAL_QUESTION_KIND = 15;

	/**
	 * The meta object id for the '{@link org.argmap.model.QuestionStatus <em>Question Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.QuestionStatus
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getQuestionStatus()
	 * @generated
	 */
	int QUESTION_STATUS = 16;

	/**
	 * The meta object id for the '{@link org.argmap.model.RelationKind <em>Relation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.argmap.model.RelationKind
	 * @see org.argmap.model.impl.ArgmapPackageImpl#getRelationKind()
	 * @generated
	 */
	int RELATION_KIND = 17;


	/**
	 * Returns the meta object for class '{@link org.argmap.model.ArgumentMap <em>Argument Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Argument Map</em>'.
	 * @see org.argmap.model.ArgumentMap
	 * @generated
	 */
	EClass getArgumentMap();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.ArgumentMap#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.argmap.model.ArgumentMap#getTitle()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EAttribute getArgumentMap_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.ArgumentMap#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.argmap.model.ArgumentMap#getDescription()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EAttribute getArgumentMap_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.ArgumentMap#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.argmap.model.ArgumentMap#getCreated()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EAttribute getArgumentMap_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.ArgumentMap#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.argmap.model.ArgumentMap#getModified()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EAttribute getArgumentMap_Modified();

	/**
	 * Returns the meta object for the containment reference list '{@link org.argmap.model.ArgumentMap#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.argmap.model.ArgumentMap#getDocuments()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.argmap.model.ArgumentMap#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.argmap.model.ArgumentMap#getNodes()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.argmap.model.ArgumentMap#getRelations <em>Relations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relations</em>'.
	 * @see org.argmap.model.ArgumentMap#getRelations()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Relations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.argmap.model.ArgumentMap#getConflicts <em>Conflicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conflicts</em>'.
	 * @see org.argmap.model.ArgumentMap#getConflicts()
	 * @see #getArgumentMap()
	 * @generated
	 */
	EReference getArgumentMap_Conflicts();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.argmap.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.argmap.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.SourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Document</em>'.
	 * @see org.argmap.model.SourceDocument
	 * @generated
	 */
	EClass getSourceDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.SourceDocument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.argmap.model.SourceDocument#getTitle()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.SourceDocument#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.argmap.model.SourceDocument#getAuthor()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.SourceDocument#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.argmap.model.SourceDocument#getDate()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.SourceDocument#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.argmap.model.SourceDocument#getLocation()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.SourceDocument#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.argmap.model.SourceDocument#getMediaType()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.SourceDocument#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.argmap.model.SourceDocument#getSha256()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.SourceDocument#getSnapshot <em>Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snapshot</em>'.
	 * @see org.argmap.model.SourceDocument#getSnapshot()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Snapshot();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.TextAnchor <em>Text Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Anchor</em>'.
	 * @see org.argmap.model.TextAnchor
	 * @generated
	 */
	EClass getTextAnchor();

	/**
	 * Returns the meta object for the reference '{@link org.argmap.model.TextAnchor#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.argmap.model.TextAnchor#getDocument()
	 * @see #getTextAnchor()
	 * @generated
	 */
	EReference getTextAnchor_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.TextAnchor#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.argmap.model.TextAnchor#getStart()
	 * @see #getTextAnchor()
	 * @generated
	 */
	EAttribute getTextAnchor_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.TextAnchor#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.argmap.model.TextAnchor#getEnd()
	 * @see #getTextAnchor()
	 * @generated
	 */
	EAttribute getTextAnchor_End();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.TextAnchor#getExact <em>Exact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exact</em>'.
	 * @see org.argmap.model.TextAnchor#getExact()
	 * @see #getTextAnchor()
	 * @generated
	 */
	EAttribute getTextAnchor_Exact();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.TextAnchor#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see org.argmap.model.TextAnchor#getPrefix()
	 * @see #getTextAnchor()
	 * @generated
	 */
	EAttribute getTextAnchor_Prefix();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.TextAnchor#getSuffix <em>Suffix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suffix</em>'.
	 * @see org.argmap.model.TextAnchor#getSuffix()
	 * @see #getTextAnchor()
	 * @generated
	 */
	EAttribute getTextAnchor_Suffix();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.TextAnchor#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.argmap.model.TextAnchor#getStatus()
	 * @see #getTextAnchor()
	 * @generated
	 */
	EAttribute getTextAnchor_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.TextAnchor#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.argmap.model.TextAnchor#getConfidence()
	 * @see #getTextAnchor()
	 * @generated
	 */
	EAttribute getTextAnchor_Confidence();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.ArgumentElement <em>Argument Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Argument Element</em>'.
	 * @see org.argmap.model.ArgumentElement
	 * @generated
	 */
	EClass getArgumentElement();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.ArgumentElement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.argmap.model.ArgumentElement#getNote()
	 * @see #getArgumentElement()
	 * @generated
	 */
	EAttribute getArgumentElement_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.ArgumentElement#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotator</em>'.
	 * @see org.argmap.model.ArgumentElement#getAnnotator()
	 * @see #getArgumentElement()
	 * @generated
	 */
	EAttribute getArgumentElement_Annotator();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.argmap.model.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Node#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.argmap.model.Node#getText()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Node#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.argmap.model.Node#getLabel()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Label();

	/**
	 * Returns the meta object for the attribute list '{@link org.argmap.model.Node#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.argmap.model.Node#getTags()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.argmap.model.Node#getAnchors <em>Anchors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Anchors</em>'.
	 * @see org.argmap.model.Node#getAnchors()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Anchors();

	/**
	 * Returns the meta object for the containment reference '{@link org.argmap.model.Node#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Position</em>'.
	 * @see org.argmap.model.Node#getPosition()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Position();

	/**
	 * Returns the meta object for the attribute list '{@link org.argmap.model.Node#getEquivalents <em>Equivalents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Equivalents</em>'.
	 * @see org.argmap.model.Node#getEquivalents()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Equivalents();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.Position <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Position</em>'.
	 * @see org.argmap.model.Position
	 * @generated
	 */
	EClass getPosition();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Position#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.argmap.model.Position#getX()
	 * @see #getPosition()
	 * @generated
	 */
	EAttribute getPosition_X();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Position#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.argmap.model.Position#getY()
	 * @see #getPosition()
	 * @generated
	 */
	EAttribute getPosition_Y();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim</em>'.
	 * @see org.argmap.model.Claim
	 * @generated
	 */
	EClass getClaim();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Claim#isImplicit <em>Implicit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Implicit</em>'.
	 * @see org.argmap.model.Claim#isImplicit()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Implicit();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.Rebuttal <em>Rebuttal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rebuttal</em>'.
	 * @see org.argmap.model.Rebuttal
	 * @generated
	 */
	EClass getRebuttal();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.Analogy <em>Analogy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analogy</em>'.
	 * @see org.argmap.model.Analogy
	 * @generated
	 */
	EClass getAnalogy();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Analogy#getSourceCase <em>Source Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Case</em>'.
	 * @see org.argmap.model.Analogy#getSourceCase()
	 * @see #getAnalogy()
	 * @generated
	 */
	EAttribute getAnalogy_SourceCase();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Analogy#getTargetCase <em>Target Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Case</em>'.
	 * @see org.argmap.model.Analogy#getTargetCase()
	 * @see #getAnalogy()
	 * @generated
	 */
	EAttribute getAnalogy_TargetCase();

	/**
	 * Returns the meta object for the containment reference list '{@link org.argmap.model.Analogy#getCorrespondences <em>Correspondences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Correspondences</em>'.
	 * @see org.argmap.model.Analogy#getCorrespondences()
	 * @see #getAnalogy()
	 * @generated
	 */
	EReference getAnalogy_Correspondences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.argmap.model.Analogy#getCriticalQuestions <em>Critical Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Critical Questions</em>'.
	 * @see org.argmap.model.Analogy#getCriticalQuestions()
	 * @see #getAnalogy()
	 * @generated
	 */
	EReference getAnalogy_CriticalQuestions();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.Correspondence <em>Correspondence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Correspondence</em>'.
	 * @see org.argmap.model.Correspondence
	 * @generated
	 */
	EClass getCorrespondence();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Correspondence#getSourceAspect <em>Source Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Aspect</em>'.
	 * @see org.argmap.model.Correspondence#getSourceAspect()
	 * @see #getCorrespondence()
	 * @generated
	 */
	EAttribute getCorrespondence_SourceAspect();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Correspondence#getTargetAspect <em>Target Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Aspect</em>'.
	 * @see org.argmap.model.Correspondence#getTargetAspect()
	 * @see #getCorrespondence()
	 * @generated
	 */
	EAttribute getCorrespondence_TargetAspect();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.CriticalQuestion <em>Critical Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Critical Question</em>'.
	 * @see org.argmap.model.CriticalQuestion
	 * @generated
	 */
	EClass getCriticalQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.CriticalQuestion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.argmap.model.CriticalQuestion#getKind()
	 * @see #getCriticalQuestion()
	 * @generated
	 */
	EAttribute getCriticalQuestion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.CriticalQuestion#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see org.argmap.model.CriticalQuestion#getAnswer()
	 * @see #getCriticalQuestion()
	 * @generated
	 */
	EAttribute getCriticalQuestion_Answer();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.CriticalQuestion#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.argmap.model.CriticalQuestion#getStatus()
	 * @see #getCriticalQuestion()
	 * @generated
	 */
	EAttribute getCriticalQuestion_Status();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.Relation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relation</em>'.
	 * @see org.argmap.model.Relation
	 * @generated
	 */
	EClass getRelation();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Relation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.argmap.model.Relation#getKind()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.argmap.model.Relation#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.argmap.model.Relation#getSources()
	 * @see #getRelation()
	 * @generated
	 */
	EReference getRelation_Sources();

	/**
	 * Returns the meta object for the reference '{@link org.argmap.model.Relation#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.argmap.model.Relation#getTarget()
	 * @see #getRelation()
	 * @generated
	 */
	EReference getRelation_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Relation#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme</em>'.
	 * @see org.argmap.model.Relation#getScheme()
	 * @see #getRelation()
	 * @generated
	 */
	EAttribute getRelation_Scheme();

	/**
	 * Returns the meta object for class '{@link org.argmap.model.Conflict <em>Conflict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conflict</em>'.
	 * @see org.argmap.model.Conflict
	 * @generated
	 */
	EClass getConflict();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Conflict#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element</em>'.
	 * @see org.argmap.model.Conflict#getElement()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Conflict#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.argmap.model.Conflict#getFeature()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Conflict#getOurs <em>Ours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ours</em>'.
	 * @see org.argmap.model.Conflict#getOurs()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Ours();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Conflict#getTheirs <em>Theirs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theirs</em>'.
	 * @see org.argmap.model.Conflict#getTheirs()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Theirs();

	/**
	 * Returns the meta object for the attribute '{@link org.argmap.model.Conflict#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.argmap.model.Conflict#getDescription()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Description();

	/**
	 * Returns the meta object for enum '{@link org.argmap.model.AnchorStatus <em>Anchor Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Anchor Status</em>'.
	 * @see org.argmap.model.AnchorStatus
	 * @generated
	 */
	EEnum getAnchorStatus();

	/**
	 * Returns the meta object for enum '{@link org.argmap.model.CriticalQuestionKind <em>Critical Question Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Critical Question Kind</em>'.
	 * @see org.argmap.model.CriticalQuestionKind
	 * @generated
	 */
	EEnum getCriticalQuestionKind();

	/**
	 * Returns the meta object for enum '{@link org.argmap.model.QuestionStatus <em>Question Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Question Status</em>'.
	 * @see org.argmap.model.QuestionStatus
	 * @generated
	 */
	EEnum getQuestionStatus();

	/**
	 * Returns the meta object for enum '{@link org.argmap.model.RelationKind <em>Relation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation Kind</em>'.
	 * @see org.argmap.model.RelationKind
	 * @generated
	 */
	EEnum getRelationKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ArgmapFactory getArgmapFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.ArgumentMapImpl <em>Argument Map</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.ArgumentMapImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getArgumentMap()
		 * @generated
		 */
		EClass ARGUMENT_MAP = eINSTANCE.getArgumentMap();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT_MAP__TITLE = eINSTANCE.getArgumentMap_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT_MAP__DESCRIPTION = eINSTANCE.getArgumentMap_Description();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT_MAP__CREATED = eINSTANCE.getArgumentMap_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT_MAP__MODIFIED = eINSTANCE.getArgumentMap_Modified();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__DOCUMENTS = eINSTANCE.getArgumentMap_Documents();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__NODES = eINSTANCE.getArgumentMap_Nodes();

		/**
		 * The meta object literal for the '<em><b>Relations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__RELATIONS = eINSTANCE.getArgumentMap_Relations();

		/**
		 * The meta object literal for the '<em><b>Conflicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARGUMENT_MAP__CONFLICTS = eINSTANCE.getArgumentMap_Conflicts();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.IdentifiedImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.SourceDocumentImpl <em>Source Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.SourceDocumentImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getSourceDocument()
		 * @generated
		 */
		EClass SOURCE_DOCUMENT = eINSTANCE.getSourceDocument();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__TITLE = eINSTANCE.getSourceDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__AUTHOR = eINSTANCE.getSourceDocument_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__DATE = eINSTANCE.getSourceDocument_Date();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__LOCATION = eINSTANCE.getSourceDocument_Location();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__MEDIA_TYPE = eINSTANCE.getSourceDocument_MediaType();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__SHA256 = eINSTANCE.getSourceDocument_Sha256();

		/**
		 * The meta object literal for the '<em><b>Snapshot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__SNAPSHOT = eINSTANCE.getSourceDocument_Snapshot();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.TextAnchorImpl <em>Text Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.TextAnchorImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getTextAnchor()
		 * @generated
		 */
		EClass TEXT_ANCHOR = eINSTANCE.getTextAnchor();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_ANCHOR__DOCUMENT = eINSTANCE.getTextAnchor_Document();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_ANCHOR__START = eINSTANCE.getTextAnchor_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_ANCHOR__END = eINSTANCE.getTextAnchor_End();

		/**
		 * The meta object literal for the '<em><b>Exact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_ANCHOR__EXACT = eINSTANCE.getTextAnchor_Exact();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_ANCHOR__PREFIX = eINSTANCE.getTextAnchor_Prefix();

		/**
		 * The meta object literal for the '<em><b>Suffix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_ANCHOR__SUFFIX = eINSTANCE.getTextAnchor_Suffix();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_ANCHOR__STATUS = eINSTANCE.getTextAnchor_Status();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_ANCHOR__CONFIDENCE = eINSTANCE.getTextAnchor_Confidence();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.ArgumentElementImpl <em>Argument Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.ArgumentElementImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getArgumentElement()
		 * @generated
		 */
		EClass ARGUMENT_ELEMENT = eINSTANCE.getArgumentElement();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT_ELEMENT__NOTE = eINSTANCE.getArgumentElement_Note();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARGUMENT_ELEMENT__ANNOTATOR = eINSTANCE.getArgumentElement_Annotator();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.NodeImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__TEXT = eINSTANCE.getNode_Text();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__LABEL = eINSTANCE.getNode_Label();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__TAGS = eINSTANCE.getNode_Tags();

		/**
		 * The meta object literal for the '<em><b>Anchors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__ANCHORS = eINSTANCE.getNode_Anchors();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__POSITION = eINSTANCE.getNode_Position();

		/**
		 * The meta object literal for the '<em><b>Equivalents</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__EQUIVALENTS = eINSTANCE.getNode_Equivalents();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.PositionImpl <em>Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.PositionImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getPosition()
		 * @generated
		 */
		EClass POSITION = eINSTANCE.getPosition();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSITION__X = eINSTANCE.getPosition_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSITION__Y = eINSTANCE.getPosition_Y();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.ClaimImpl <em>Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.ClaimImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getClaim()
		 * @generated
		 */
		EClass CLAIM = eINSTANCE.getClaim();

		/**
		 * The meta object literal for the '<em><b>Implicit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__IMPLICIT = eINSTANCE.getClaim_Implicit();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.RebuttalImpl <em>Rebuttal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.RebuttalImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getRebuttal()
		 * @generated
		 */
		EClass REBUTTAL = eINSTANCE.getRebuttal();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.AnalogyImpl <em>Analogy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.AnalogyImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getAnalogy()
		 * @generated
		 */
		EClass ANALOGY = eINSTANCE.getAnalogy();

		/**
		 * The meta object literal for the '<em><b>Source Case</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALOGY__SOURCE_CASE = eINSTANCE.getAnalogy_SourceCase();

		/**
		 * The meta object literal for the '<em><b>Target Case</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALOGY__TARGET_CASE = eINSTANCE.getAnalogy_TargetCase();

		/**
		 * The meta object literal for the '<em><b>Correspondences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALOGY__CORRESPONDENCES = eINSTANCE.getAnalogy_Correspondences();

		/**
		 * The meta object literal for the '<em><b>Critical Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALOGY__CRITICAL_QUESTIONS = eINSTANCE.getAnalogy_CriticalQuestions();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.CorrespondenceImpl <em>Correspondence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.CorrespondenceImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getCorrespondence()
		 * @generated
		 */
		EClass CORRESPONDENCE = eINSTANCE.getCorrespondence();

		/**
		 * The meta object literal for the '<em><b>Source Aspect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORRESPONDENCE__SOURCE_ASPECT = eINSTANCE.getCorrespondence_SourceAspect();

		/**
		 * The meta object literal for the '<em><b>Target Aspect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORRESPONDENCE__TARGET_ASPECT = eINSTANCE.getCorrespondence_TargetAspect();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.CriticalQuestionImpl <em>Critical Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.CriticalQuestionImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getCriticalQuestion()
		 * @generated
		 */
		EClass CRITICAL_QUESTION = eINSTANCE.getCriticalQuestion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_QUESTION__KIND = eINSTANCE.getCriticalQuestion_Kind();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_QUESTION__ANSWER = eINSTANCE.getCriticalQuestion_Answer();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_QUESTION__STATUS = eINSTANCE.getCriticalQuestion_Status();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.RelationImpl <em>Relation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.RelationImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getRelation()
		 * @generated
		 */
		EClass RELATION = eINSTANCE.getRelation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__KIND = eINSTANCE.getRelation_Kind();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION__SOURCES = eINSTANCE.getRelation_Sources();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION__TARGET = eINSTANCE.getRelation_Target();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION__SCHEME = eINSTANCE.getRelation_Scheme();

		/**
		 * The meta object literal for the '{@link org.argmap.model.impl.ConflictImpl <em>Conflict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.impl.ConflictImpl
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getConflict()
		 * @generated
		 */
		EClass CONFLICT = eINSTANCE.getConflict();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__ELEMENT = eINSTANCE.getConflict_Element();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__FEATURE = eINSTANCE.getConflict_Feature();

		/**
		 * The meta object literal for the '<em><b>Ours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__OURS = eINSTANCE.getConflict_Ours();

		/**
		 * The meta object literal for the '<em><b>Theirs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__THEIRS = eINSTANCE.getConflict_Theirs();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__DESCRIPTION = eINSTANCE.getConflict_Description();

		/**
		 * The meta object literal for the '{@link org.argmap.model.AnchorStatus <em>Anchor Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.AnchorStatus
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getAnchorStatus()
		 * @generated
		 */
		EEnum ANCHOR_STATUS = eINSTANCE.getAnchorStatus();

		/**
		 * The meta object literal for the '{@link org.argmap.model.CriticalQuestionKind <em>Critical Question Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.CriticalQuestionKind
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getCriticalQuestionKind()
		 * @generated
		 */
		EEnum CRITICAL_QUESTION_KIND = eINSTANCE.getCriticalQuestionKind();

		/**
		 * The meta object literal for the '{@link org.argmap.model.QuestionStatus <em>Question Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.QuestionStatus
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getQuestionStatus()
		 * @generated
		 */
		EEnum QUESTION_STATUS = eINSTANCE.getQuestionStatus();

		/**
		 * The meta object literal for the '{@link org.argmap.model.RelationKind <em>Relation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.argmap.model.RelationKind
		 * @see org.argmap.model.impl.ArgmapPackageImpl#getRelationKind()
		 * @generated
		 */
		EEnum RELATION_KIND = eINSTANCE.getRelationKind();

	}

} //ArgmapPackage

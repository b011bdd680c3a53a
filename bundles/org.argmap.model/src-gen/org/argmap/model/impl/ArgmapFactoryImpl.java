/**
 */
package org.argmap.model.impl;

import org.argmap.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ArgmapFactoryImpl extends EFactoryImpl implements ArgmapFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ArgmapFactory init() {
		try {
			ArgmapFactory theArgmapFactory = (ArgmapFactory)EPackage.Registry.INSTANCE.getEFactory(ArgmapPackage.eNS_URI);
			if (theArgmapFactory != null) {
				return theArgmapFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ArgmapFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArgmapFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ArgmapPackage.ARGUMENT_MAP: return createArgumentMap();
			case ArgmapPackage.SOURCE_DOCUMENT: return createSourceDocument();
			case ArgmapPackage.TEXT_ANCHOR: return createTextAnchor();
			case ArgmapPackage.POSITION: return createPosition();
			case ArgmapPackage.CLAIM: return createClaim();
			case ArgmapPackage.REBUTTAL: return createRebuttal();
			case ArgmapPackage.ANALOGY: return createAnalogy();
			case ArgmapPackage.CORRESPONDENCE: return createCorrespondence();
			case ArgmapPackage.CRITICAL_QUESTION: return createCriticalQuestion();
			case ArgmapPackage.RELATION: return createRelation();
			case ArgmapPackage.CONFLICT: return createConflict();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ArgmapPackage.ANCHOR_STATUS:
				return createAnchorStatusFromString(eDataType, initialValue);
			case ArgmapPackage.CRITICAL_QUESTION_KIND:
				return createCriticalQuestionKindFromString(eDataType, initialValue);
			case ArgmapPackage.QUESTION_STATUS:
				return createQuestionStatusFromString(eDataType, initialValue);
			case ArgmapPackage.RELATION_KIND:
				return createRelationKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ArgmapPackage.ANCHOR_STATUS:
				return convertAnchorStatusToString(eDataType, instanceValue);
			case ArgmapPackage.CRITICAL_QUESTION_KIND:
				return convertCriticalQuestionKindToString(eDataType, instanceValue);
			case ArgmapPackage.QUESTION_STATUS:
				return convertQuestionStatusToString(eDataType, instanceValue);
			case ArgmapPackage.RELATION_KIND:
				return convertRelationKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArgumentMap createArgumentMap() {
		ArgumentMapImpl argumentMap = new ArgumentMapImpl();
		return argumentMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceDocument createSourceDocument() {
		SourceDocumentImpl sourceDocument = new SourceDocumentImpl();
		return sourceDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextAnchor createTextAnchor() {
		TextAnchorImpl textAnchor = new TextAnchorImpl();
		return textAnchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Position createPosition() {
		PositionImpl position = new PositionImpl();
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim createClaim() {
		ClaimImpl claim = new ClaimImpl();
		return claim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rebuttal createRebuttal() {
		RebuttalImpl rebuttal = new RebuttalImpl();
		return rebuttal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Analogy createAnalogy() {
		AnalogyImpl analogy = new AnalogyImpl();
		return analogy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Correspondence createCorrespondence() {
		CorrespondenceImpl correspondence = new CorrespondenceImpl();
		return correspondence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriticalQuestion createCriticalQuestion() {
		CriticalQuestionImpl criticalQuestion = new CriticalQuestionImpl();
		return criticalQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relation createRelation() {
		RelationImpl relation = new RelationImpl();
		return relation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conflict createConflict() {
		ConflictImpl conflict = new ConflictImpl();
		return conflict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnchorStatus createAnchorStatusFromString(EDataType eDataType, String initialValue) {
		AnchorStatus result = AnchorStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnchorStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriticalQuestionKind createCriticalQuestionKindFromString(EDataType eDataType, String initialValue) {
		CriticalQuestionKind result = CriticalQuestionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriticalQuestionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuestionStatus createQuestionStatusFromString(EDataType eDataType, String initialValue) {
		QuestionStatus result = QuestionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuestionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationKind createRelationKindFromString(EDataType eDataType, String initialValue) {
		RelationKind result = RelationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArgmapPackage getArgmapPackage() {
		return (ArgmapPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ArgmapPackage getPackage() {
		return ArgmapPackage.eINSTANCE;
	}

} //ArgmapFactoryImpl

package org.argmap.model.validation;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.model.validation.messages"; //$NON-NLS-1$

	public static String Validation_missingId;
	public static String Validation_mergeConflict;
	public static String Validation_malformedClaimLink;
	public static String Validation_duplicateId;
	public static String Validation_emptyText;
	public static String Validation_analogyCases;
	public static String Validation_anchorWithoutDocument;
	public static String Validation_anchorOrphaned;
	public static String Validation_anchorOutOfRange;
	public static String Validation_confidenceOutOfRange;
	public static String Validation_documentLength;
	public static String Validation_quoteMismatch;
	public static String Validation_relationIncomplete;
	public static String Validation_relationOutsideMap;
	public static String Validation_wrongTarget;
	public static String Validation_aRelation;
	public static String Validation_aNode;
	public static String Validation_undercutsItself;
	public static String Validation_singleSource;
	public static String Validation_analogySource;
	public static String Validation_selfSupport;
	public static String Validation_selfRelation;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

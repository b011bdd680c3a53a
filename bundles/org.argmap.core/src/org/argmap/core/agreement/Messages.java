package org.argmap.core.agreement;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.core.agreement.messages"; //$NON-NLS-1$

	public static String Report_title;
	public static String Report_annotators;
	public static String Report_documents;
	public static String Report_notShared;
	public static String Report_passages;
	public static String Report_overall;
	public static String Report_kind;
	public static String Report_document;
	public static String Report_kinds;
	public static String Report_kindsItems;
	public static String Report_alpha;
	public static String Report_observed;
	public static String Report_relations;
	public static String Report_pair;
	public static String Report_matchedNodes;
	public static String Report_precision;
	public static String Report_recall;
	public static String Report_kindKappa;
	public static String Report_kindObserved;
	public static String Report_linked;
	public static String Report_linkedSame;
	public static String Report_undercuts;
	public static String Report_analogies;
	public static String Report_cases;
	public static String Report_correspondences;
	public static String Report_confusion;
	public static String Report_none;
	public static String Report_disagreements;
	public static String Report_noDisagreements;
	public static String Report_notApplicable;
	public static String Report_method;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

package org.argmap.ui.views;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.ui.views.messages"; //$NON-NLS-1$

	public static String Corpus_open;
	public static String Corpus_sameClaim;
	public static String Corpus_sameClaimTooltip;
	public static String Corpus_chooseFolder;
	public static String Corpus_noFolder;
	public static String Corpus_searchHint;
	public static String Corpus_file;
	public static String Corpus_kind;
	public static String Corpus_map;
	public static String Corpus_document;
	public static String Corpus_notAnnotated;
	public static String Corpus_nodes;
	public static String Corpus_anchors;
	public static String Corpus_orphans;
	public static String Corpus_related;
	public static String Corpus_annotators;
	public static String Corpus_text;
	public static String Corpus_reading;
	public static String Corpus_searching;
	public static String Anchors_reanchor;
	public static String Anchors_accept;
	public static String Anchors_delete;
	public static String Anchors_status;
	public static String Anchors_confidence;
	public static String Anchors_node;
	public static String Anchors_document;
	public static String Anchors_offsets;
	public static String Anchors_passage;
	public static String Anchors_noEditor;
	public static String Anchors_summary;
	public static String Anchors_selectPassage;
	public static String Evaluation_semantics;
	public static String Evaluation_label;
	public static String Evaluation_node;
	public static String Evaluation_acceptance;
	public static String Evaluation_why;
	public static String Evaluation_noEditor;
	public static String Evaluation_evaluating;
	public static String Evaluation_summary;
	public static String Evaluation_sceptical;
	public static String Evaluation_credulous;
	public static String Evaluation_rejected;
	public static String Evaluation_in;
	public static String Evaluation_out;
	public static String Evaluation_undec;
	public static String Evaluation_grounded;
	public static String Evaluation_complete;
	public static String Evaluation_preferred;
	public static String Evaluation_stable;
	public static String Conflicts_keep;
	public static String Conflicts_take;
	public static String Conflicts_element;
	public static String Conflicts_ours;
	public static String Conflicts_theirs;
	public static String Conflicts_description;
	public static String Conflicts_absent;
	public static String Conflicts_noEditor;
	public static String Conflicts_summary;
	public static String History_commit;
	public static String History_author;
	public static String History_date;
	public static String History_message;
	public static String History_none;
	public static String History_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

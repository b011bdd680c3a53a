package org.argmap.cli;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.cli.messages"; //$NON-NLS-1$

	public static String Diff_summary;
	public static String Diff_usage;
	public static String Diff_expected;
	public static String Diff_added;
	public static String Diff_removed;
	public static String Diff_changed;
	public static String Diff_itemAdded;
	public static String Diff_itemRemoved;
	public static String Diff_nothing;
	public static String Merge_summary;
	public static String Merge_usage;
	public static String Merge_expected;
	public static String Merge_notWritten;
	public static String Merge_conflict;
	public static String Merge_conflicts;
	public static String GitSetup_summary;
	public static String GitSetup_usage;
	public static String GitSetup_failed;
	public static String GitSetup_done;
	public static String Cli_synopsis;
	public static String Cli_moreHelp;
	public static String Cli_unknownSubcommand;
	public static String Cli_internalError;
	public static String MapArguments_expectedMap;
	public static String Help_summary;
	public static String Help_usage;
	public static String Help_tooManyArguments;
	public static String Version_summary;
	public static String Version_usage;
	public static String Version_unexpectedArgument;
	public static String Reanchor_summary;
	public static String Reanchor_usage;
	public static String Reanchor_unreadable;
	public static String Reanchor_relocatedLine;
	public static String Reanchor_orphanedLine;
	public static String Reanchor_candidates;
	public static String Reanchor_total;
	public static String Reanchor_written;
	public static String Reanchor_unchanged;
	public static String Validate_summary;
	public static String Validate_usage;
	public static String Validate_sourceUnreadable;
	public static String Validate_error;
	public static String Validate_warning;
	public static String Validate_total;
	public static String Stats_summary;
	public static String Stats_usage;
	public static String Stats_text;
	public static String Evaluate_summary;
	public static String Evaluate_usage;
	public static String Evaluate_unknownSemantics;
	public static String Evaluate_semantics;
	public static String Evaluate_extensions;
	public static String Evaluate_truncated;
	public static String Options_missingValue;
	public static String Options_unknown;
	public static String Options_positional;
	public static String Options_positionalOne;
	public static String Options_positionalAtLeast;
	public static String Export_summary;
	public static String Export_usage;
	public static String Export_unknownFormat;
	public static String Export_written;
	public static String Export_unexportable;
	public static String Export_failed;
	public static String Export_ontoMap;
	public static String Annotate_summary;
	public static String Annotate_usage;
	public static String Annotate_notice;
	public static String Annotate_written;
	public static String Annotate_unchanged;
	public static String Import_summary;
	public static String Import_usage;
	public static String Import_badColour;
	public static String Import_exists;
	public static String Import_locationRefused;
	public static String Import_ontoItself;
	public static String Import_written;
	public static String Import_unchanged;
	public static String Sample_summary;
	public static String Sample_usage;
	public static String Sample_exists;
	public static String Sample_written;
	public static String Sample_failed;
	public static String Delete_summary;
	public static String Delete_usage;
	public static String Delete_expected;
	public static String Delete_unknownId;
	public static String Delete_deleted;
	public static String Delete_deletedAnchor;
	public static String Delete_written;
	public static String Agree_summary;
	public static String Agree_usage;
	public static String Agree_noSharedDocument;
	public static String Agree_ontoMap;
	public static String Agree_written;
	public static String Agree_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

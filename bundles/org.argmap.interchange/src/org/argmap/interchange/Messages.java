package org.argmap.interchange;

import org.eclipse.osgi.util.NLS;

/** What the readers and writers tell users; the texts are in messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.argmap.interchange.messages"; //$NON-NLS-1$

	public static String Relation_incomplete;
	public static String Relation_circular;
	public static String Export_duplicateId;
	public static String Import_missing;
	public static String Import_tooLarge;
	public static String Import_empty;
	public static String Import_unknownFormat;
	public static String Import_unreadable;
	public static String Xml_doctype;
	public static String Xml_malformed;
	public static String Xml_notUtf8;
	public static String Xml_tooDeep;
	public static String Xml_notGraphml;
	public static String Xml_noGraph;
	public static String Graphml_duplicateId;
	public static String Graphml_unknownNode;
	public static String Graphml_unusableId;
	public static String Graphml_badValue;
	public static String Graphml_badCoordinate;
	public static String Graphml_unknownRelation;
	public static String Graphml_unknownDocument;
	public static String Graphml_inconsistentRelation;
	public static String Graphml_noKey;
	public static String Graphml_groupsFlattened;
	public static String Graphml_edgeToGroup;
	public static String Graphml_unknownKindValue;
	public static String Graphml_kindsFromColour;
	public static String Graphml_argmapWithoutMarker;
	public static String Graphml_documentsRebuilt;
	public static String Graphml_nodeKindKeyGuessed;
	public static String Graphml_edgeKindKeyGuessed;
	public static String Graphml_labelKeyGuessed;
	public static String Graphml_kindDemoted;
	public static String Graphml_nodesWithoutKind;
	public static String Graphml_edgesWithoutKind;
	public static String Graphml_textsFromIds;
	public static String Json_malformed;
	public static String Json_limit;
	public static String Json_unwritableCharacter;
	public static String Aif_notNodeSet;
	public static String Aif_missingField;
	public static String Aif_duplicateNode;
	public static String Aif_unknownEndpoint;
	public static String Aif_dialogueSkipped;
	public static String Aif_danglingScheme;
	public static String Aif_analogies;
	public static String WebAnnotation_notAnnotations;
	public static String WebAnnotation_morePages;
	public static String WebAnnotation_badRange;
	public static String WebAnnotation_pastEnd;
	public static String WebAnnotation_splitsPair;
	public static String WebAnnotation_unknownDocuments;
	public static String WebAnnotation_withoutPassage;
	public static String WebAnnotation_alreadyAnchored;
	public static String WebAnnotation_unknownKinds;
	public static String WebAnnotation_command;
	public static String Ova_badQuestion;
	public static String Ova_unknownNode;
	public static String Ova_foreignQuestions;
	public static String Ova_unmatchedQuestions;
	public static String Aif_badExtension;
	public static String Aif_wrongType;
	public static String Aif_badOffset;
	public static String Aif_jsonArray;
	public static String Aif_jsonObject;
	public static String Aif_jsonString;
	public static String Aif_jsonNumber;
	public static String Aif_jsonBoolean;
	public static String Aif_jsonNull;

	public static String Corpus_badZip;
	public static String Corpus_entryOutside;
	public static String Corpus_tooManyFiles;
	public static String Corpus_zipBomb;
	public static String Corpus_missingText;
	public static String Corpus_bratBadSpan;
	public static String Corpus_bratBadRelation;
	public static String Corpus_duplicateId;
	public static String Corpus_unknownAnnotation;
	public static String Corpus_spanOutside;
	public static String Corpus_spanSplitsPair;
	public static String Corpus_spanMismatch;
	public static String Corpus_bratSkipped;
	public static String Corpus_emptyUnit;
	public static String Corpus_textChangedOnReading;
	public static String Corpus_selfRelation;
	public static String Corpus_addToNonSupport;
	public static String Corpus_invalidMap;
	public static String Corpus_notArggraph;
	public static String Corpus_missingAttribute;
	public static String Corpus_unknownEdgeType;
	public static String Corpus_unsegmented;
	public static String Corpus_unplaced;
	public static String Corpus_unknownFormat;
	public static String Corpus_sameName;
	public static String Corpus_exists;
	public static String Corpus_unwritable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

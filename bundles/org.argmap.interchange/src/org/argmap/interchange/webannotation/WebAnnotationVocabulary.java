package org.argmap.interchange.webannotation;

import org.argmap.model.SourceDocument;

/** Terms of the W3C Web Annotation Data Model (JSON-LD, anno.jsonld context) and Argmap's IRIs in them. */
final class WebAnnotationVocabulary {

	static final String CONTEXT = "@context"; //$NON-NLS-1$
	static final String ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String TYPE = "type"; //$NON-NLS-1$
	static final String LABEL = "label"; //$NON-NLS-1$
	static final String TOTAL = "total"; //$NON-NLS-1$
	static final String FIRST = "first"; //$NON-NLS-1$
	static final String NEXT = "next"; //$NON-NLS-1$
	static final String START_INDEX = "startIndex"; //$NON-NLS-1$
	static final String ITEMS = "items"; //$NON-NLS-1$
	static final String MOTIVATION = "motivation"; //$NON-NLS-1$
	static final String BODY = "body"; //$NON-NLS-1$
	static final String BODY_VALUE = "bodyValue"; //$NON-NLS-1$
	static final String VALUE = "value"; //$NON-NLS-1$
	static final String FORMAT = "format"; //$NON-NLS-1$
	static final String PURPOSE = "purpose"; //$NON-NLS-1$
	static final String TARGET = "target"; //$NON-NLS-1$
	static final String SOURCE = "source"; //$NON-NLS-1$
	static final String SELECTOR = "selector"; //$NON-NLS-1$
	static final String EXACT = "exact"; //$NON-NLS-1$
	static final String PREFIX = "prefix"; //$NON-NLS-1$
	static final String SUFFIX = "suffix"; //$NON-NLS-1$
	static final String START = "start"; //$NON-NLS-1$
	static final String END = "end"; //$NON-NLS-1$

	static final String COLLECTION = "AnnotationCollection"; //$NON-NLS-1$
	static final String PAGE = "AnnotationPage"; //$NON-NLS-1$
	static final String ANNOTATION = "Annotation"; //$NON-NLS-1$
	static final String TEXTUAL_BODY = "TextualBody"; //$NON-NLS-1$
	static final String QUOTE_SELECTOR = "TextQuoteSelector"; //$NON-NLS-1$
	static final String POSITION_SELECTOR = "TextPositionSelector"; //$NON-NLS-1$
	static final String DESCRIBING = "describing"; //$NON-NLS-1$
	static final String CLASSIFYING = "classifying"; //$NON-NLS-1$
	static final String PLAIN_TEXT = "text/plain"; //$NON-NLS-1$

	/** Argmap's IRIs: a node (the body), one of its anchors (the annotation), a document with no location. */
	static final String NODE_PREFIX = "urn:argmap:node:"; //$NON-NLS-1$
	static final String ANCHOR_PREFIX = "urn:argmap:anchor:"; //$NON-NLS-1$
	static final String DOCUMENT_PREFIX = "urn:argmap:document:"; //$NON-NLS-1$

	private WebAnnotationVocabulary() {
	}

	/** The target's source: the document's location (relative to the map, as the map holds it), else its id. */
	static String source(SourceDocument document) {
		return document.getLocation() != null ? document.getLocation() : DOCUMENT_PREFIX + document.getId();
	}
}

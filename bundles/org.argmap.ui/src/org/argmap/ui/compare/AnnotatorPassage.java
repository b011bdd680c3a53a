package org.argmap.ui.compare;

import org.argmap.core.agreement.Passage;
import org.argmap.model.edit.MapLabels;
import org.eclipse.jface.text.source.Annotation;

/** One annotator's passage in the compared text, typed by the annotator so each gets their own colour and mark. */
final class AnnotatorPassage extends Annotation {

	private static final String TYPE_PREFIX = "org.argmap.ui.compare.annotator"; //$NON-NLS-1$

	private final Passage passage;

	AnnotatorPassage(Passage passage, String annotator) {
		super(typeOf(passage.annotator()), false, annotator + ": " + MapLabels.kindWord(passage.node()) //$NON-NLS-1$
				+ " " + MapLabels.excerpt(MapLabels.text(passage.node()))); //$NON-NLS-1$
		this.passage = passage;
	}

	static String typeOf(int annotator) {
		return TYPE_PREFIX + annotator;
	}

	Passage passage() {
		return passage;
	}
}

package org.argmap.core.agreement;

import java.util.List;

import org.argmap.model.SourceDocument;

/**
 * A document every annotator's map holds, recognised by the SHA-256 of its text rather than by its path.
 *
 * @param sha256      the content hash the maps share
 * @param length      the length of the text in characters: the continuum of the unitizing study
 * @param byAnnotator each annotator's document, in study order
 */
public record SharedDocument(String sha256, String title, int length, List<SourceDocument> byAnnotator) {
}

package org.argmap.model.validation;

import java.util.Optional;

import org.argmap.model.SourceDocument;

/**
 * Where validation gets a document's current text to check anchors against. The core's document loader
 * supplies the real files; {@link #SNAPSHOTS} uses the text embedded in the map.
 */
@FunctionalInterface
public interface DocumentTexts {

	/** The document's text, or empty when it cannot be had (anchor checks are then skipped). */
	Optional<String> textOf(SourceDocument document);

	DocumentTexts SNAPSHOTS = document -> Optional.ofNullable(document.getSnapshot());
}

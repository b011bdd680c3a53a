package org.argmap.interchange.corpus;

import java.nio.file.Path;

import org.argmap.core.anchoring.TextAnchors;
import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.DocumentText;
import org.argmap.interchange.ImportException;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;

/** What every corpus reader does with a corpus's text: read it as Argmap will, and describe it in the map. */
final class CorpusTexts {

	private CorpusTexts() {
	}

	/** The text Argmap reads from {@code bytes} stored as {@code fileName}; {@code where} names it in messages. */
	static DocumentText read(String fileName, byte[] bytes, Path where) throws ImportException {
		try {
			return DocumentLoader.of(Path.of(fileName), bytes);
		} catch (DocumentLoadException e) {
			throw new ImportException(where, 0, 0, e.getMessage(), e);
		}
	}

	/**
	 * An anchor on {@code text[start, end)}; a range that is none (an empty unit, say) fails naming {@code file}
	 * and {@code line} (0 when unknown) instead of escaping as an IllegalArgumentException.
	 */
	static TextAnchor anchor(SourceDocument document, String text, int start, int end, Path file, int line)
			throws ImportException {
		try {
			return TextAnchors.create(document, text, start, end);
		} catch (IllegalArgumentException e) {
			throw new ImportException(file, line, line == 0 ? 0 : 1, e.getMessage(), e);
		}
	}

	/**
	 * A document at {@code fileName} (beside the map) holding {@code text}, with its fingerprint and a snapshot,
	 * as the workbench records a document it adds: re-anchoring later follows edits of the file from there.
	 */
	static SourceDocument document(String title, String fileName, DocumentText text) {
		SourceDocument document = MapElements.newDocument(title, fileName);
		document.setMediaType(text.mediaType());
		document.setSha256(text.sha256());
		document.setSnapshot(text.text());
		return document;
	}

	/**
	 * A name for the map of the corpus file {@code relativeName}: its path without the extension, folders
	 * joined by {@code -}, and only characters that are safe in a file name on every system.
	 */
	static String mapName(String relativeName) {
		String withoutExtension = relativeName.replaceFirst("\\.[^./]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String name = withoutExtension.replace('/', '-').replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return name.replaceFirst("^[.-]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

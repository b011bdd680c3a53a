package org.argmap.interchange.corpus;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.argmap.core.text.DocumentText;
import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Messages;
import org.argmap.interchange.aif.AifReader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;

/**
 * Reads an AIFdb corpus as AIFdb hands it out: node sets {@code nodesetN.json}, each with the text it was
 * analysed on in {@code nodesetN.txt} where the corpus has one. Each node set is read by {@link AifReader}.
 * The text is written beside the map (as {@code .html} when it carries AIFdb's highlighting markup, so that
 * Argmap reads its visible text), and each claim whose text occurs in it word for word is anchored at its
 * first occurrence after the previous claim's, or else at its first occurrence.
 */
final class AifdbCorpus {

	private static final Pattern MARKUP = Pattern.compile("<(span|br|p|div|b|i)\\b[^>]*>", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	private AifdbCorpus() {
	}

	static List<CorpusDocument> read(CorpusFiles files) throws ImportException {
		List<CorpusDocument> documents = new ArrayList<>();
		for (String name : files.names()) {
			if (name.endsWith(".json")) { //$NON-NLS-1$
				documents.add(read(files, name));
			}
		}
		return documents;
	}

	private static CorpusDocument read(CorpusFiles files, String name) throws ImportException {
		ImportedMap imported = AifReader.read(new ByteArrayInputStream(files.read(name)), files.pathOf(name));
		ArgumentMap map = imported.map();
		String mapName = CorpusTexts.mapName(name);
		if (map.getTitle() == null) {
			map.setTitle(mapName);
		}
		String textName = name.substring(0, name.length() - ".json".length()) + ".txt"; //$NON-NLS-1$ //$NON-NLS-2$
		if (!files.contains(textName) || !map.getDocuments().isEmpty()) {
			// no text, or an Argmap export that brings its own documents and anchors
			return new CorpusDocument(mapName, null, null, imported);
		}
		byte[] content = files.read(textName);
		String raw = new String(content, StandardCharsets.UTF_8);
		String documentFile = mapName + (MARKUP.matcher(raw).find() ? ".html" : ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
		DocumentText text = CorpusTexts.read(documentFile, content, files.pathOf(textName));
		SourceDocument document = CorpusTexts.document(map.getTitle(), documentFile, text);
		map.getDocuments().add(document);
		int unplaced = 0;
		int from = 0;
		for (Node node : map.getNodes()) {
			String quote = node.getText() == null ? "" : node.getText().strip(); //$NON-NLS-1$
			int at = quote.isEmpty() ? -1 : text.text().indexOf(quote, from);
			if (at < 0 && !quote.isEmpty()) {
				at = text.text().indexOf(quote);
			}
			if (at < 0) {
				unplaced++;
				continue;
			}
			node.getAnchors().add(CorpusTexts.anchor(document, text.text(), at, at + quote.length(), files.pathOf(name), 0));
			from = at + quote.length();
		}
		List<String> notices = new ArrayList<>(imported.notices());
		if (unplaced > 0) {
			notices.add(Messages.bind(Messages.Corpus_unplaced, unplaced, documentFile));
		}
		return new CorpusDocument(mapName, documentFile, content, new ImportedMap(map, notices));
	}
}

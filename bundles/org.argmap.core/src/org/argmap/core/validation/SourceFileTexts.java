package org.argmap.core.validation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.SourcePolicy;
import org.argmap.model.SourceDocument;
import org.argmap.model.validation.DocumentTexts;

/**
 * Document texts for validation, read from a map's source files as a {@link SourcePolicy} allows, falling
 * back to the map's embedded snapshot when a file cannot be read. Each file is read once; what could not be read is remembered.
 */
public final class SourceFileTexts implements DocumentTexts {

	private final Path mapFile;
	private final SourcePolicy policy;
	private final Map<SourceDocument, Optional<String>> texts = new HashMap<>();
	private final Map<SourceDocument, String> problems = new HashMap<>();

	public SourceFileTexts(Path mapFile, SourcePolicy policy) {
		this.mapFile = mapFile;
		this.policy = policy;
	}

	@Override
	public Optional<String> textOf(SourceDocument document) {
		return texts.computeIfAbsent(document, this::load);
	}

	private Optional<String> load(SourceDocument document) {
		try {
			return Optional.of(DocumentLoader.load(mapFile, document, policy).text());
		} catch (DocumentLoadException e) {
			problems.put(document, e.getMessage());
			return Optional.ofNullable(document.getSnapshot());
		}
	}

	/** Why the file of each document that could not be read was not read. */
	public Map<SourceDocument, String> problems() {
		return problems;
	}
}

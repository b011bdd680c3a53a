package org.argmap.interchange.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.Messages;
import org.argmap.model.persistence.FileReplacement;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Turns an annotated corpus into a corpus folder: for each of its documents, the document's file and a map
 * {@code NAME.argmap} beside it whose anchors land on that file's text. Reading is all or nothing: a damaged
 * file stops the import before anything is written.
 */
public final class CorpusImport {

	/** The extension of map files. */
	public static final String MAP_EXTENSION = ".argmap"; //$NON-NLS-1$

	private CorpusImport() {
	}

	/**
	 * Reads the corpus at {@code source} (a folder, a {@code .zip} or one file) in {@code format}, or in the
	 * format its files show when {@code format} is null.
	 */
	public static List<CorpusDocument> read(Path source, CorpusFormat format) throws ImportException {
		try (CorpusFiles files = CorpusFiles.open(source)) {
			List<CorpusDocument> documents = (format != null ? format : CorpusFormat.detect(files)).read(files);
			if (documents.isEmpty()) {
				throw new ImportException(source, 0, 0, Messages.Corpus_unknownFormat, null);
			}
			Set<String> names = new HashSet<>();
			for (CorpusDocument document : documents) {
				// Windows and macOS file systems would make "Essay1" and "essay1" one file
				if (!names.add(document.name().toLowerCase(Locale.ROOT))) {
					throw new ImportException(source, 0, 0, Messages.bind(Messages.Corpus_sameName, document.name()),
							null);
				}
				refuseInvalid(document, source);
			}
			return documents;
		}
	}

	/**
	 * A safety net under the readers' own checks: a map the validator rejects (a self-support, an attack with
	 * two sources, ...) is never written.
	 */
	private static void refuseInvalid(CorpusDocument document, Path source) throws ImportException {
		Diagnostic diagnostic = MapValidator.validate(document.imported().map(), DocumentTexts.SNAPSHOTS);
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			String problem = diagnostic.getChildren().stream().filter(child -> child.getSeverity() >= Diagnostic.ERROR)
					.map(Diagnostic::getMessage).findFirst().orElse(diagnostic.getMessage());
			throw new ImportException(source, 0, 0,
					Messages.bind(Messages.Corpus_invalidMap, document.name(), problem), null);
		}
	}

	/**
	 * Refuses, before anything is written, to replace a file in {@code folder} unless {@code replace}: a map
	 * or document someone may have worked on is not overwritten by a second import by accident.
	 */
	public static void checkTargets(List<CorpusDocument> documents, Path folder, boolean replace)
			throws ImportException {
		if (replace) {
			return;
		}
		for (CorpusDocument document : documents) {
			List<Path> targets = new ArrayList<>(List.of(mapFile(document, folder)));
			if (document.documentFile() != null) {
				targets.add(folder.resolve(document.documentFile()));
			}
			for (Path target : targets) {
				if (Files.exists(target)) {
					throw new ImportException(target, 0, 0, Messages.Corpus_exists, null);
				}
			}
		}
	}

	/** Writes the document's file and then its map into {@code folder}, each atomically; answers the map file. */
	public static Path write(CorpusDocument document, Path folder) throws MapFileException {
		Path mapFile = mapFile(document, folder);
		if (document.documentFile() != null) {
			Path documentFile = folder.resolve(document.documentFile());
			try {
				Files.createDirectories(folder);
				FileReplacement.write(documentFile, () -> false, out -> out.write(document.content()));
			} catch (IOException e) {
				throw new ImportException(documentFile, 0, 0,
						Messages.bind(Messages.Corpus_unwritable, e.getMessage()), e);
			}
		}
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(document.imported().map());
		MapStore.save(resource, mapFile);
		return mapFile;
	}

	public static Path mapFile(CorpusDocument document, Path folder) {
		return folder.resolve(document.name() + MAP_EXTENSION);
	}
}

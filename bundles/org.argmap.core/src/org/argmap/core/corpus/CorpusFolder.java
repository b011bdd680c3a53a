package org.argmap.core.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A corpus is a folder: its maps ({@code .argmap}) and the documents beside them (text, Markdown, HTML, PDF),
 * in its subfolders too. Links are not followed, so a corpus never reaches outside its folder; the search
 * index in {@link #INDEX_FOLDER} and backups are no part of it.
 */
public final class CorpusFolder {

	/** Where the corpus keeps its search index, inside the corpus folder. */
	public static final String INDEX_FOLDER = ".argmap-index"; //$NON-NLS-1$
	public static final String MAP_EXTENSION = ".argmap"; //$NON-NLS-1$
	private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "pdf"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final int DEPTH = 8;

	private CorpusFolder() {
	}

	/** The maps and documents of the corpus {@code folder}, as relative paths with {@code /}, sorted. */
	public static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder, DEPTH, new FileVisitOption[0])) {
			return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
					.map(file -> folder.relativize(file).toString().replace('\\', '/'))
					.filter(name -> !name.startsWith(INDEX_FOLDER + "/") && (isMap(name) || isDocument(name))) //$NON-NLS-1$
					.sorted().toList();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** The nearest folder holding {@code file} that has a search index, or null when none has. */
	public static Path indexedFolderOf(Path file) {
		for (Path folder = file.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
			if (Files.isDirectory(folder.resolve(INDEX_FOLDER), LinkOption.NOFOLLOW_LINKS)) {
				return folder;
			}
		}
		return null;
	}

	public static boolean isMap(String name) {
		return name.endsWith(MAP_EXTENSION);
	}

	public static boolean isDocument(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}
}

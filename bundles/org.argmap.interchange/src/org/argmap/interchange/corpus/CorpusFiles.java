package org.argmap.interchange.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.InputLimits;
import org.argmap.interchange.Messages;

/**
 * The files of a corpus as it is shipped: a folder, a zip archive or one file. Names are relative, with
 * {@code /}. An archive is never unpacked onto the disk; its entries are read into memory, each within
 * {@link #MAX_ENTRY_BYTES} and all together within {@link InputLimits#MAX_BYTES}, and an entry, or the whole
 * archive, that inflates far beyond what it takes packed is refused as a zip bomb. An entry whose name would leave the
 * archive ({@code ../}, an absolute path) makes the whole archive refused, as archive tools warn of it.
 */
public final class CorpusFiles implements AutoCloseable {

	/** The largest document Argmap reads (as DocumentLoader); corpus files are documents or their annotations. */
	public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
	/** A corpus of 100,000 files is ten times the largest the field publishes. */
	public static final int MAX_FILES = 100_000;
	/** Text and JSON compress about tenfold; zip bombs are built on a thousandfold. */
	static final int MAX_INFLATION = 100;
	/** What a small entry may inflate to whatever it packs to (a short file packs to a few dozen bytes). */
	static final long ENTRY_FLOOR = 64L * 1024;
	/** What a small archive may inflate to in all, whatever it packs to. */
	static final long ARCHIVE_FLOOR = 64L * 1024 * 1024;
	private static final int FOLDER_DEPTH = 8;

	private final Path source;
	private final ZipFile zip;
	private final Map<String, Object> files = new LinkedHashMap<>();
	private long bytesRead;
	/** How much the archive's entries may inflate to in all: a ratio per entry alone lets many small ones add up. */
	private final long inflationBudget;

	private CorpusFiles(Path source, ZipFile zip, long packedSize) {
		this.source = source;
		this.zip = zip;
		this.inflationBudget = Math.max(ARCHIVE_FLOOR, packedSize * MAX_INFLATION);
	}

	/** The files of {@code source}: a folder (its regular files, links not followed), a {@code .zip}, or one file. */
	public static CorpusFiles open(Path source) throws ImportException {
		if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
			throw new ImportException(source, 0, 0, Messages.Import_missing, null);
		}
		if (Files.isDirectory(source)) {
			return folder(source);
		}
		if (source.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
			return archive(source);
		}
		CorpusFiles single = new CorpusFiles(source.getParent() == null ? source : source.getParent(), null, 0);
		single.files.put(source.getFileName().toString(), source);
		return single;
	}

	private static CorpusFiles folder(Path folder) throws ImportException {
		CorpusFiles corpus = new CorpusFiles(folder, null, 0);
		try (Stream<Path> walk = Files.walk(folder, FOLDER_DEPTH, new FileVisitOption[0])) {
			for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
				if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
					corpus.add(folder.relativize(file).toString().replace('\\', '/'), file);
				}
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new ImportException(folder, 0, 0, Messages.bind(Messages.Import_unreadable, e.getMessage()), e);
		}
		return corpus;
	}

	private static CorpusFiles archive(Path file) throws ImportException {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		} catch (ZipException e) {
			throw new ImportException(file, 0, 0, Messages.bind(Messages.Corpus_badZip, e.getMessage()), e);
		} catch (IOException e) {
			throw new ImportException(file, 0, 0, Messages.bind(Messages.Import_unreadable, e.getMessage()), e);
		}
		// the archive was just opened, so its length is known; 0 would only leave the floor
		CorpusFiles corpus = new CorpusFiles(file, zip, file.toFile().length());
		try {
			List<ZipEntry> entries = new ArrayList<>();
			for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
				entries.add(all.nextElement());
			}
			entries.sort((one, other) -> one.getName().compareTo(other.getName()));
			for (ZipEntry entry : entries) {
				if (leavesArchive(entry.getName())) {
					throw new ImportException(file, 0, 0, Messages.bind(Messages.Corpus_entryOutside, entry.getName()),
							null);
				}
				if (!entry.isDirectory()) {
					corpus.add(entry.getName(), entry);
				}
			}
		} catch (ImportException | RuntimeException e) {
			corpus.close();
			throw e;
		}
		return corpus;
	}

	private static boolean leavesArchive(String name) {
		String slashed = name.replace('\\', '/');
		return slashed.startsWith("/") || slashed.matches("[A-Za-z]:.*") //$NON-NLS-1$ //$NON-NLS-2$
				|| ("/" + slashed + "/").contains("/../"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void add(String name, Object file) throws ImportException {
		if (files.size() == MAX_FILES) {
			throw new ImportException(source, 0, 0, Messages.bind(Messages.Corpus_tooManyFiles, MAX_FILES), null);
		}
		files.put(name, file);
	}

	/** Where the files come from: the folder, the archive, or the folder of the one file. */
	public Path source() {
		return source;
	}

	/** The relative names of all files, sorted. */
	public List<String> names() {
		return Collections.unmodifiableList(new ArrayList<>(files.keySet()));
	}

	public boolean contains(String name) {
		return files.containsKey(name);
	}

	/** How messages name the file {@code name}: a path on disk, or the archive's path followed by the entry. */
	public Path pathOf(String name) {
		return files.get(name) instanceof Path path ? path : source.resolve(name);
	}

	/** The bytes of the file {@code name}, within the limits that keep a hostile corpus from exhausting memory. */
	public byte[] read(String name) throws ImportException {
		Object file = files.get(name);
		Path path = pathOf(name);
		try {
			byte[] bytes;
			if (file instanceof ZipEntry entry) {
				try (InputStream in = zip.getInputStream(entry)) {
					long byRatio = Math.max(ENTRY_FLOOR, entry.getCompressedSize() * (long) MAX_INFLATION);
					long left = inflationBudget - bytesRead;
					long allowed = Math.min(MAX_ENTRY_BYTES, Math.min(byRatio, left));
					bytes = in.readNBytes((int) allowed + 1);
					if (bytes.length > allowed) {
						Path where = allowed == left ? source : path;
						throw new ImportException(where, 0, 0, allowed == MAX_ENTRY_BYTES
								? Messages.bind(Messages.Import_tooLarge, bytes.length >> 20, MAX_ENTRY_BYTES >> 20)
								: Messages.bind(Messages.Corpus_zipBomb, MAX_INFLATION), null);
					}
				}
			} else {
				long size = Files.size((Path) file);
				if (size > MAX_ENTRY_BYTES) {
					throw new ImportException(path, 0, 0,
							Messages.bind(Messages.Import_tooLarge, size >> 20, MAX_ENTRY_BYTES >> 20), null);
				}
				try (InputStream in = Files.newInputStream((Path) file, LinkOption.NOFOLLOW_LINKS)) {
					bytes = in.readNBytes((int) MAX_ENTRY_BYTES);
				}
			}
			bytesRead += bytes.length;
			if (bytesRead > InputLimits.MAX_BYTES) {
				throw new ImportException(source, 0, 0,
						Messages.bind(Messages.Import_tooLarge, bytesRead >> 20, InputLimits.MAX_BYTES >> 20), null);
			}
			return bytes;
		} catch (NoSuchFileException e) {
			throw new ImportException(path, 0, 0, Messages.Import_missing, e);
		} catch (ImportException e) {
			throw e;
		} catch (IOException e) {
			throw new ImportException(path, 0, 0, Messages.bind(Messages.Import_unreadable, e.getMessage()), e);
		}
	}

	@Override
	public void close() {
		if (zip != null) {
			try {
				zip.close();
			} catch (IOException e) {
				// everything needed was read; a failing close loses nothing
			}
		}
	}
}

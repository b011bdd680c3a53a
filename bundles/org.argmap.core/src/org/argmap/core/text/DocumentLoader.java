package org.argmap.core.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.argmap.model.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.osgi.util.NLS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a source file into the text that anchors count on: plain text and Markdown as they are, HTML as the
 * visible text (jsoup), PDF as extracted text (Apache PDFBox). The same bytes always give the same text: line
 * ends are normalized to {@code \n} and a byte order mark is dropped, so re-saving a file with other line
 * ends does not move a single anchor.
 */
public final class DocumentLoader {

	/** Larger files are refused with a message instead of filling the heap. */
	public static final long MAX_BYTES = 64L * 1024 * 1024;

	/** The media types {@link #mediaType(String)} names. */
	public static final String PLAIN_TEXT = "text/plain"; //$NON-NLS-1$
	public static final String MARKDOWN = "text/markdown"; //$NON-NLS-1$
	public static final String HTML = "text/html"; //$NON-NLS-1$
	public static final String PDF = "application/pdf"; //$NON-NLS-1$

	private static final Charset FALLBACK = Charset.forName("windows-1252"); //$NON-NLS-1$
	private static final int BINARY_PROBE_BYTES = 8192;

	private DocumentLoader() {
	}

	/**
	 * Loads the text of {@code document} of the map saved as {@code mapFile}: the one way validation,
	 * re-anchoring and the workbench read a map's sources. A location that is no file on this computer, or that
	 * {@code policy} does not let the map read, is refused without reaching for it.
	 */
	public static DocumentText load(Path mapFile, SourceDocument document, SourcePolicy policy)
			throws DocumentLoadException {
		// the policy checked the file with its links resolved; a link swapped in since is not followed
		return load(policy.locate(mapFile, document), LinkOption.NOFOLLOW_LINKS);
	}

	/** Loads {@code .txt} and {@code .md} as text, {@code .html}/{@code .htm} and {@code .pdf} by extraction. */
	public static DocumentText load(Path file) throws DocumentLoadException {
		return load(file, new LinkOption[0]);
	}

	private static DocumentText load(Path file, LinkOption... links) throws DocumentLoadException {
		return of(file, read(file, links));
	}

	/**
	 * The text of {@code bytes} read as {@code file} would be (its name decides the media type): for contents
	 * that are not on disk yet, such as a corpus's texts read from an archive.
	 */
	public static DocumentText of(Path file, byte[] bytes) throws DocumentLoadException {
		String mediaType = mediaType(file.getFileName() == null ? "" : file.getFileName().toString()); //$NON-NLS-1$
		if (bytes.length == 0) {
			throw new DocumentLoadException(file, Messages.Loader_empty, null);
		}
		return switch (mediaType) {
		case HTML -> html(file, bytes);
		case PDF -> pdf(file, bytes);
		default -> decode(file, bytes, mediaType);
		};
	}

	/** What a document named {@code name} (a file name or a map's location) is read as, by its extension. */
	public static String mediaType(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".html") || lower.endsWith(".htm")) { //$NON-NLS-1$ //$NON-NLS-2$
			return HTML;
		}
		if (lower.endsWith(".pdf")) { //$NON-NLS-1$
			return PDF;
		}
		return lower.endsWith(".md") || lower.endsWith(".markdown") ? MARKDOWN : PLAIN_TEXT; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static DocumentText html(Path file, byte[] bytes) throws DocumentLoadException {
		try {
			// jsoup honours a BOM or <meta charset>, else reads UTF-8; it never fetches anything.
			Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, ""); //$NON-NLS-1$
			return text(HtmlText.of(document), HTML, ""); //$NON-NLS-1$
		} catch (IOException e) {
			throw new DocumentLoadException(file, NLS.bind(Messages.Loader_unreadable, e.getMessage()), e);
		}
	}

	private static DocumentText pdf(Path file, byte[] bytes) throws DocumentLoadException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document);
			if (text.isBlank()) {
				throw new DocumentLoadException(file, Messages.Loader_pdfWithoutText, null);
			}
			return text(text, PDF, ""); //$NON-NLS-1$
		} catch (InvalidPasswordException e) {
			throw new DocumentLoadException(file, Messages.Loader_pdfEncrypted, e);
		} catch (DocumentLoadException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new DocumentLoadException(file, NLS.bind(Messages.Loader_pdfDamaged, e.getMessage()), e);
		}
	}

	private static byte[] read(Path file, LinkOption... links) throws DocumentLoadException {
		try {
			if (Files.exists(file, links) && !Files.isRegularFile(file, links)) {
				// a device never ends and opening a pipe waits for a writer: neither is opened
				throw new DocumentLoadException(file, Messages.Loader_notRegular, null);
			}
			long size = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, links).size();
			if (size > MAX_BYTES) {
				throw tooLarge(file, size);
			}
			try (InputStream in = Files.newInputStream(file, openOptions(links))) {
				byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
				if (bytes.length > MAX_BYTES) {
					throw tooLarge(file, bytes.length); // it grew while being read
				}
				return bytes;
			}
		} catch (NoSuchFileException e) {
			throw new DocumentLoadException(file, Messages.Loader_missing, e);
		} catch (DocumentLoadException e) {
			throw e;
		} catch (IOException e) {
			throw new DocumentLoadException(file, NLS.bind(Messages.Loader_unreadable, e.getMessage()), e);
		}
	}

	private static OpenOption[] openOptions(LinkOption... links) {
		OpenOption[] options = new OpenOption[links.length + 1];
		options[0] = StandardOpenOption.READ;
		System.arraycopy(links, 0, options, 1, links.length);
		return options;
	}

	private static DocumentLoadException tooLarge(Path file, long size) {
		return new DocumentLoadException(file, NLS.bind(Messages.Loader_tooLarge, size / (1024 * 1024),
				MAX_BYTES / (1024 * 1024)), null);
	}

	private static DocumentText decode(Path file, byte[] bytes, String mediaType) throws DocumentLoadException {
		Charset bomCharset = byteOrderMark(bytes);
		if (bomCharset != null) {
			int skip = bomCharset == StandardCharsets.UTF_8 ? 3 : 2;
			return text(new String(bytes, skip, bytes.length - skip, bomCharset), mediaType, ""); //$NON-NLS-1$
		}
		for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE_BYTES); i++) {
			if (bytes[i] == 0) {
				throw new DocumentLoadException(file, Messages.Loader_binary, null);
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return text(text, mediaType, ""); //$NON-NLS-1$
		} catch (CharacterCodingException e) {
			// Not UTF-8: older files are mostly Windows-1252 (a superset of Latin-1), which decodes any byte.
			return text(new String(bytes, FALLBACK), mediaType, Messages.Loader_fallbackEncoding);
		}
	}

	private static Charset byteOrderMark(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			return StandardCharsets.UTF_8;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
			return StandardCharsets.UTF_16BE;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
			return StandardCharsets.UTF_16LE;
		}
		return null;
	}

	private static DocumentText text(String raw, String mediaType, String notice) {
		return new DocumentText(raw.replace("\r\n", "\n").replace('\r', '\n'), mediaType, notice); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

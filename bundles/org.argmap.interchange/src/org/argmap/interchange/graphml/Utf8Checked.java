package org.argmap.interchange.graphml;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.Messages;
import org.argmap.model.persistence.Utf8Positions;

/**
 * XML bytes passed on to the parser once they are known to be UTF-8. The JDK's StAX parser prints a byte that
 * is not UTF-8 on standard error ({@code [Fatal Error] :-1:-1: ...}) before it throws, and no property turns
 * that off; here such a byte fails first, with its line and column. A document that declares another
 * encoding, or is UTF-16 by its byte order mark, goes through unchecked.
 */
final class Utf8Checked extends FilterInputStream {

	private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']"); //$NON-NLS-1$

	private static final int HEAD = 256;

	private final Path file;
	private Utf8Positions positions;
	private boolean started;

	Utf8Checked(InputStream in, Path file) {
		super(new BufferedInputStream(in, 1 << 16));
		this.file = file;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int read = read(one, 0, 1);
		return read < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (!started) {
			started = true;
			// the parser reads the first few bytes alone; the declaration is looked at in one piece
			in.mark(HEAD);
			byte[] head = in.readNBytes(HEAD);
			in.reset();
			positions = declaresUtf8(head, 0, head.length) ? new Utf8Positions() : null;
		}
		int read = super.read(buffer, offset, length);
		if (positions != null && !(read < 0 ? positions.end() : positions.follow(buffer, offset, Math.max(read, 0)))) {
			throw new ImportException(file, positions.line(), positions.column(), Messages.Xml_notUtf8, null);
		}
		return read;
	}

	/**
	 * No mark and reset: bytes read again after a reset would be followed twice, and past the end (the fuzz
	 * test found the JDK's parser doing so at the start of a damaged file).
	 */
	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public synchronized void mark(int limit) {
		// not supported, see markSupported
	}

	@Override
	public synchronized void reset() throws IOException {
		throw new IOException("mark/reset not supported"); //$NON-NLS-1$
	}

	@Override
	public long skip(long n) throws IOException {
		// skipped bytes would go unchecked and uncounted
		return Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
	}

	/** UTF-8 is XML's default: it holds unless a byte order mark or the declaration says otherwise. */
	private static boolean declaresUtf8(byte[] buffer, int offset, int length) {
		if (length >= 2 && (buffer[offset] == 0 || buffer[offset + 1] == 0 || (buffer[offset] & 0xfe) == 0xfe)) {
			return false; // UTF-16 or UTF-32, with or without a byte order mark
		}
		String head = new String(buffer, offset, length, StandardCharsets.ISO_8859_1);
		Matcher declared = ENCODING.matcher(head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head); //$NON-NLS-1$
		if (!declared.find()) {
			return true;
		}
		String encoding = declared.group(1).toUpperCase(Locale.ROOT);
		return encoding.equals("UTF-8") || encoding.equals("UTF8"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

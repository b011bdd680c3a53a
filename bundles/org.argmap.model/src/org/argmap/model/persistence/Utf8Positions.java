package org.argmap.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Follows bytes as UTF-8, counting lines and columns, and tells where they stop being UTF-8. XML parsers
 * report a bad byte without a place (Xerces through EMF) or print it on standard error (the JDK's StAX), so
 * readers that must name the line and column find it here. Columns count characters from 1.
 */
public final class Utf8Positions {

	private static final int BUFFER = 1 << 16;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
	private final CharBuffer chars = CharBuffer.allocate(BUFFER);
	private int line = 1;
	private int column = 1;
	private boolean afterReturn;
	private boolean malformed;
	private boolean ended;

	/**
	 * The place of the first byte of {@code in} that is not UTF-8, or null when all of it is. Reads {@code in}
	 * to its end or to that byte; does not close it.
	 */
	public static Utf8Positions firstMalformed(InputStream in) throws IOException {
		Utf8Positions positions = new Utf8Positions();
		byte[] buffer = new byte[BUFFER];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			if (!positions.follow(buffer, 0, read)) {
				return positions;
			}
		}
		return positions.end() ? null : positions;
	}

	/** Follows the next bytes; answers false once the bytes so far are not UTF-8. */
	public boolean follow(byte[] buffer, int offset, int length) {
		int done = 0;
		while (!malformed && done < length) {
			int part = Math.min(bytes.remaining(), length - done);
			bytes.put(buffer, offset + done, part);
			done += part;
			decode(false);
		}
		return !malformed;
	}

	/**
	 * Follows the end of the input: answers false when the bytes are not UTF-8 or end inside a character. A
	 * reader may meet the end more than once (a parser reads on after -1); the decoder is ended only once.
	 */
	public boolean end() {
		if (!malformed && !ended) {
			ended = true;
			decode(true);
		}
		return !malformed;
	}

	private void decode(boolean last) {
		bytes.flip();
		CoderResult result;
		do {
			result = decoder.decode(bytes, chars, last);
			count();
		} while (result.isOverflow());
		malformed = result.isError();
		bytes.compact();
	}

	private void count() {
		chars.flip();
		while (chars.hasRemaining()) {
			char c = chars.get();
			if (c == '\n') {
				if (!afterReturn) {
					line++;
				}
				column = 1;
			} else if (c == '\r') {
				line++;
				column = 1;
			} else if (!Character.isLowSurrogate(c)) {
				column++;
			}
			afterReturn = c == '\r';
		}
		chars.clear();
	}

	/** The line of the first byte that is not UTF-8, or of the next byte while all is well; from 1. */
	public int line() {
		return line;
	}

	/** The column of that byte, counted in characters from 1. */
	public int column() {
		return column;
	}
}

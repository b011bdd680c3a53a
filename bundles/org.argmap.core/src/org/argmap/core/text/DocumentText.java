package org.argmap.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The plain text of a source document, on which anchors count their offsets, with its SHA-256.
 *
 * @param text      the extracted text, line ends normalized to {@code \n}
 * @param mediaType what the text was extracted from, e.g. {@code text/plain}
 * @param notice    what the loader had to assume (an encoding fallback), or empty
 */
public record DocumentText(String text, String mediaType, String notice) {

	/** Hex SHA-256 of the text's UTF-8 bytes: the fingerprint stored in {@code SourceDocument.sha256}. */
	public String sha256() {
		return sha256(text);
	}

	public static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}
}

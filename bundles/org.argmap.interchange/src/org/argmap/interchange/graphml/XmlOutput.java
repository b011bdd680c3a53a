package org.argmap.interchange.graphml;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that can take any Java string: characters XML 1.0 cannot carry at all (C0 controls other
 * than tab and line ends, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD, and a carriage return is
 * written as {@code &#13;} because a parser would otherwise turn it into a line feed.
 */
final class XmlOutput implements AutoCloseable {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final XMLStreamWriter xml;

	XmlOutput(OutputStream out) throws IOException {
		try {
			xml = FACTORY.createXMLStreamWriter(out, "UTF-8"); //$NON-NLS-1$
			xml.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	XMLStreamWriter writer() {
		return xml;
	}

	void newline() throws XMLStreamException {
		xml.writeCharacters("\n"); //$NON-NLS-1$
	}

	void text(String value) throws XMLStreamException {
		int clean = 0;
		while (clean < value.length() && isPlain(value.charAt(clean))) {
			clean++;
		}
		if (clean == value.length()) {
			xml.writeCharacters(value);
			return;
		}
		StringBuilder run = new StringBuilder(value.length()).append(value, 0, clean);
		for (int i = clean; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\r') {
				xml.writeCharacters(run.toString());
				run.setLength(0);
				xml.writeEntityRef("#13"); //$NON-NLS-1$
			} else if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				run.append(c).append(value.charAt(++i));
			} else {
				run.append(isPlain(c) ? c : '\uFFFD');
			}
		}
		xml.writeCharacters(run.toString());
	}

	/** Characters that XML 1.0 carries as they are. */
	private static boolean isPlain(char c) {
		return c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c >= 0xE000 && c <= 0xFFFD;
	}

	@Override
	public void close() throws IOException {
		try {
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}

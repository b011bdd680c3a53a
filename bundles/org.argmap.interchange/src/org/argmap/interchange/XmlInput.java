package org.argmap.interchange;

import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * What every XML reader of an import shares: a StAX reader that refuses a DOCTYPE (so neither external entities
 * nor entity expansion can happen) and nesting deeper than {@link #MAX_DEPTH}, where they stand, and parse errors
 * turned into messages naming file, line and column.
 */
public final class XmlInput {

	/** Deeper nesting is refused; no format Argmap reads needs more. */
	public static final int MAX_DEPTH = 64;

	private static final XMLInputFactory FACTORY = hardenedFactory();

	/** What an import reads from the hardened reader. */
	@FunctionalInterface
	public interface Reading<T> {
		T read(Reader xml) throws XMLStreamException, ImportException;
	}

	/**
	 * A StAX reader that refuses a DOCTYPE and too deep nesting as it meets them, and knows how deep it is. Move it
	 * with {@link #next} and {@link #getElementText} only: the others pass the checks by.
	 */
	public static final class Reader extends StreamReaderDelegate {

		private final Path file;
		private int depth;

		private Reader(XMLStreamReader reader, Path file) {
			super(reader);
			this.file = file;
		}

		/** How many elements are open, the one just started included: 1 inside the root element. */
		public int depth() {
			return depth;
		}

		@Override
		public int next() throws XMLStreamException {
			int event = super.next();
			if (event == XMLStreamConstants.DTD) {
				throw refusal(Messages.Xml_doctype);
			}
			if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
				throw refusal(Messages.bind(Messages.Xml_tooDeep, MAX_DEPTH));
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			return event;
		}

		/** The text of a text-only element; ends on its end tag. */
		@Override
		public String getElementText() throws XMLStreamException {
			String text = super.getElementText();
			depth--;
			return text;
		}

		/** A refusal that {@link XmlInput#read} reports as the import failure it carries. */
		private XMLStreamException refusal(String problem) {
			Location location = getLocation();
			return new XMLStreamException(problem, new ImportException(file, location.getLineNumber(),
					location.getColumnNumber(), problem, null));
		}
	}

	private XmlInput() {
	}

	private static XMLInputFactory hardenedFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		return factory;
	}

	/**
	 * Reads {@code in} (not closed) with a hardened {@link Reader}, naming {@code file} in messages; every failure
	 * of the XML becomes an {@link ImportException} at its place.
	 */
	public static <T> T read(InputStream in, Path file, Reading<T> reading) throws ImportException {
		XMLStreamReader xml = null;
		try {
			Reader reader = new Reader(FACTORY.createXMLStreamReader(in), file);
			xml = reader;
			return reading.read(reader);
		} catch (XMLStreamException e) {
			throw failure(e, file);
		} finally {
			close(xml);
		}
	}

	/** Closes {@code xml} if it was opened; a reader that already failed reports that first failure, not this. */
	private static void close(XMLStreamReader xml) {
		if (xml != null) {
			try {
				xml.close();
			} catch (XMLStreamException e) {
				// the failure that made the reader stop, if any, is the one to report
			}
		}
	}

	/** {@code e} as an import failure at its place in {@code file}, or the import failure that caused it. */
	private static ImportException failure(XMLStreamException e, Path file) {
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ImportException ours) {
				return ours;
			}
		}
		Location location = e.getLocation();
		String message = e.getMessage();
		// The JDK prefixes its messages with "ParseError at [row,col]:[l,c]\nMessage: ".
		int start = message == null ? -1 : message.indexOf("Message: "); //$NON-NLS-1$
		String reason = start >= 0 ? message.substring(start + 9) : message;
		return new ImportException(file, location == null ? 0 : location.getLineNumber(),
				location == null ? 0 : location.getColumnNumber(), Messages.bind(Messages.Xml_malformed, reason), e);
	}
}

package org.argmap.interchange;

import java.nio.file.Path;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What every XML reader of an import shares: a StAX factory that refuses DOCTYPEs (so neither external
 * entities nor entity expansion can happen), and parse errors turned into messages naming file, line and
 * column.
 */
public final class XmlInput {

	/** Deeper nesting is refused; no format Argmap reads needs more. */
	public static final int MAX_DEPTH = 64;

	private static final XMLInputFactory FACTORY = hardenedFactory();

	private XmlInput() {
	}

	public static XMLInputFactory factory() {
		return FACTORY;
	}

	private static XMLInputFactory hardenedFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		return factory;
	}

	/** Closes {@code xml} if it was opened; a reader that already failed reports that first failure, not this. */
	public static void close(XMLStreamReader xml) {
		if (xml != null) {
			try {
				xml.close();
			} catch (XMLStreamException e) {
				// the failure that made the reader stop, if any, is the one to report
			}
		}
	}

	/** {@code e} as an import failure at its place in {@code file}, or the import failure that caused it. */
	public static ImportException failure(XMLStreamException e, Path file) {
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

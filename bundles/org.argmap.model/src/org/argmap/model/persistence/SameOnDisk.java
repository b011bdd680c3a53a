package org.argmap.model.persistence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Date;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether a file already holds a map, apart from its modification date: the map is serialized with the date
 * the file carries and compared byte for byte with the file as it is written, stopping at the first
 * difference. Nothing is written, and nothing is kept in memory but a buffer.
 */
final class SameOnDisk {

	private static final int BUFFER_BYTES = 1 << 16;
	private static final String MODIFIED = ArgmapPackage.Literals.ARGUMENT_MAP__MODIFIED.getName();

	private SameOnDisk() {
	}

	/**
	 * Answers whether {@code target} holds {@code map} apart from the modification date. If it does, the map
	 * takes the file's date, so that map and file agree; if not, the map keeps its own.
	 *
	 * @param compared receives every byte of the file read, all of them when it holds the map; or null
	 */
	static boolean holds(Resource resource, ArgumentMap map, Path target, MessageDigest compared) {
		if (!Files.isRegularFile(target)) {
			return false;
		}
		Date own = map.getModified();
		boolean same = false;
		try {
			Date onDisk = modifiedIn(target);
			if (!sameDate(own, onDisk)) {
				map.setModified(onDisk);
			}
			try (InputStream file = Files.newInputStream(target);
					InputStream disk = new BufferedInputStream(
							compared == null ? file : new DigestInputStream(file, compared), BUFFER_BYTES);
					Comparing out = new Comparing(disk)) {
				resource.save(out, null);
				same = out.atEndOfDisk();
			}
		} catch (IOException | RuntimeException e) {
			// A first difference, or a file that cannot be read or is no map: the map is written.
		} finally {
			if (!same && !sameDate(own, map.getModified())) {
				map.setModified(own);
			}
		}
		return same;
	}

	private static boolean sameDate(Date a, Date b) {
		return a == null ? b == null : a.equals(b);
	}

	/** The modification date on the root of the map in {@code file}, read without going past the root tag. */
	private static Date modifiedIn(Path file) throws IOException {
		String[] value = new String[1];
		try (InputStream in = Files.newInputStream(file)) {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			// as in ArgmapResource: a DTD could make the parser read other files
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			SAXParser parser = factory.newSAXParser();
			parser.parse(in, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes)
						throws SAXException {
					value[0] = attributes.getValue("", MODIFIED); //$NON-NLS-1$
					throw new RootRead();
				}
			});
		} catch (RootRead e) {
			return value[0] == null ? null
					: (Date) EcoreUtil.createFromString(EcorePackage.Literals.EDATE, value[0]);
		} catch (SAXException | ParserConfigurationException e) {
			throw new IOException(e);
		}
		throw new IOException("no root element"); //$NON-NLS-1$
	}

	private static final class RootRead extends SAXException {
		private static final long serialVersionUID = 1L;
	}

	/** Raised at the first byte that differs from the file, which ends the serialization. */
	private static final class Differs extends IOException {
		private static final long serialVersionUID = 1L;

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this; // an answer, not a failure
		}
	}

	/** An output stream that compares what is written with the bytes of the file instead of writing. */
	private static final class Comparing extends OutputStream {

		private final InputStream disk;
		private final byte[] expected = new byte[BUFFER_BYTES];

		Comparing(InputStream disk) {
			this.disk = disk;
		}

		@Override
		public void write(int b) throws IOException {
			if (disk.read() != (b & 0xff)) {
				throw new Differs();
			}
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			while (length > 0) {
				int chunk = Math.min(length, expected.length);
				if (disk.readNBytes(expected, 0, chunk) != chunk
						|| !Arrays.equals(bytes, offset, offset + chunk, expected, 0, chunk)) {
					throw new Differs();
				}
				offset += chunk;
				length -= chunk;
			}
		}

		boolean atEndOfDisk() throws IOException {
			return disk.read() < 0;
		}
	}
}

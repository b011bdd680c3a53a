package org.argmap.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.osgi.util.NLS;

/**
 * The URI converter of a map's resource set: a map is read from its own file only, and nothing it names is
 * fetched, from the network or from disk. EMF would otherwise demand-load an unknown namespace URI (an
 * {@code http://} address, a {@code file://} path to a fifo) while parsing a map someone sent.
 */
final class NothingFetched extends ExtensibleURIConverterImpl {

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return false;
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return Map.of();
	}

	@Override
	public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) {
		return Map.of();
	}

	private static IOException refused(URI uri) {
		return new IOException(NLS.bind(Messages.MapStore_nothingFetched, uri));
	}
}

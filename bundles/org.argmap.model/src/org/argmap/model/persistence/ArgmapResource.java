package org.argmap.model.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An {@code .argmap} file: XMI in UTF-8 whose references are the elements' own stable ids, read and written
 * with the options that make 100,000-node maps fast and hostile XML harmless. EMF's other load options
 * (deferred IDREF resolution, parser pool, name-to-feature map, configuration cache) made no measurable
 * difference to loading a 100,000-node map; the map-persistence benchmark compares them.
 */
public class ArgmapResource extends XMIResourceImpl {

	public ArgmapResource(URI uri) {
		super(uri);
		setEncoding("UTF-8"); //$NON-NLS-1$
		// Id references resolve through a map; without it every lookup walks the whole resource and a
		// 10,000-node map takes over a minute to load (see the map-persistence benchmark).
		setIntrinsicIDToEObjectMap(new HashMap<>());
		getDefaultLoadOptions().putAll(loadOptions());
		getDefaultSaveOptions().putAll(saveOptions());
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new ArgmapLoad(createXMLHelper());
	}

	@Override
	protected XMLSave createXMLSave() {
		return new ArgmapSave(createXMLHelper());
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		// A map file never needs a DTD; refusing one rules out external entities (XXE) and entity bombs.
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		// One attribute per line: an edit to one attribute is a one-line diff, and a longer value never reflows the
		// attributes after it as wrapping at a width would.
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(1));
		// A reference to an element outside the map would be unloadable: refuse to write it.
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		// XML 1.0 cannot carry control characters; text pasted from PDFs sometimes has them.
		options.put(XMLResource.OPTION_XML_VERSION, "1.1"); //$NON-NLS-1$
		return options;
	}
}

package org.argmap.interchange.graphml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a GraphML file says, before it is understood as a map: keys, data by key id, places in the file. */
final class RawGraph {

	record Key(String id, String domain, String name, String type, String yfilesType, String defaultValue) {

		/** What users call the key: its attr.name, else its id. */
		String displayName() {
			return name != null ? name : id;
		}
	}

	/** A node or edge with its data; {@code line}/{@code column} say where it starts in the file. */
	static class Element {
		final String id;
		final int line;
		final int column;
		final Map<String, String> data = new HashMap<>();

		Element(String id, int line, int column) {
			this.id = id;
			this.line = line;
			this.column = column;
		}
	}

	static final class RawNode extends Element {
		/** Texts of the yEd node labels, in file order (Argdown writes a title and a text). */
		final List<String> yedLabels = new ArrayList<>();
		/** The yEd fill colour: Argdown fills arguments and leaves statements white. */
		String yedFill;
		boolean group;

		RawNode(String id, int line, int column) {
			super(id, line, column);
		}
	}

	static final class RawEdge extends Element {
		final String source;
		final String target;
		String yedColour;

		RawEdge(String id, String source, String target, int line, int column) {
			super(id, line, column);
			this.source = source;
			this.target = target;
		}
	}

	final Map<String, Key> keys = new HashMap<>();
	final Map<String, String> graphData = new HashMap<>();
	final List<RawNode> nodes = new ArrayList<>();
	final List<RawEdge> edges = new ArrayList<>();
	int hyperedges;

	/**
	 * The element's values by attribute name, key defaults included. An empty value counts as absent: tools
	 * such as igraph write every key on every element, with '' where the element has no value.
	 */
	Map<String, String> values(Element element, String domain) {
		Map<String, String> values = new HashMap<>();
		for (Key key : keys.values()) {
			if (key.defaultValue() != null && !key.defaultValue().isEmpty() && appliesTo(key, domain)) {
				values.put(key.displayName(), key.defaultValue());
			}
		}
		putByName(element.data, values);
		return values;
	}

	Map<String, String> graphValues() {
		Map<String, String> values = new HashMap<>();
		putByName(graphData, values);
		return values;
	}

	private void putByName(Map<String, String> data, Map<String, String> values) {
		data.forEach((keyId, value) -> {
			Key key = keys.get(keyId);
			if (!value.isEmpty()) {
				values.put(key == null ? keyId : key.displayName(), value);
			}
		});
	}

	/** Whether a key with attribute name {@code name} is declared for {@code domain}. */
	boolean declares(String domain, String name) {
		return keys.values().stream().anyMatch(key -> name.equals(key.name()) && appliesTo(key, domain));
	}

	static boolean appliesTo(Key key, String domain) {
		return key.domain() == null || key.domain().equals(domain) || key.domain().equals("all"); //$NON-NLS-1$
	}
}

package org.argmap.interchange.graphml;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.Messages;
import org.argmap.interchange.XmlInput;
import org.argmap.interchange.graphml.RawGraph.Element;
import org.argmap.interchange.graphml.RawGraph.Key;
import org.argmap.interchange.graphml.RawGraph.RawEdge;
import org.argmap.interchange.graphml.RawGraph.RawNode;

/**
 * Reads GraphML into a {@link RawGraph} with a StAX pull parser that refuses any DOCTYPE (so neither
 * external entities nor entity expansion can happen) and any nesting deeper than {@link XmlInput#MAX_DEPTH}.
 * Nested graphs (groups) are flattened; the yFiles graphics are read only for node labels and line colours.
 */
final class GraphmlParser {

	private final XmlInput.Reader xml;
	private final Path file;
	private final RawGraph graph = new RawGraph();
	/** The graphs, nodes and edges that enclose the current element: data belongs to the innermost. */
	private final Deque<Object> owners = new ArrayDeque<>();

	private GraphmlParser(XmlInput.Reader xml, Path file) {
		this.xml = xml;
		this.file = file;
	}

	static RawGraph parse(InputStream in, Path file) throws ImportException {
		return XmlInput.read(new Utf8Checked(in, file), file, xml -> new GraphmlParser(xml, file).readDocument());
	}

	private RawGraph readDocument() throws XMLStreamException, ImportException {
		boolean seenRoot = false;
		boolean seenGraph = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (!seenRoot) {
					if (!"graphml".equals(name)) { //$NON-NLS-1$
						throw failure(Messages.bind(Messages.Xml_notGraphml, name));
					}
					seenRoot = true;
					continue;
				}
				switch (name) {
				case "key" -> readKey(); //$NON-NLS-1$
				case "graph" -> { //$NON-NLS-1$
					if (owners.peek() instanceof RawNode groupNode) {
						groupNode.group = true;
					}
					seenGraph = true;
					owners.push(graph);
				}
				case "node" -> { //$NON-NLS-1$
					RawNode node = new RawNode(xml.getAttributeValue(null, "id"), line(), column()); //$NON-NLS-1$
					graph.nodes.add(node);
					owners.push(node);
				}
				case "edge" -> { //$NON-NLS-1$
					RawEdge edge = new RawEdge(xml.getAttributeValue(null, "id"), //$NON-NLS-1$
							xml.getAttributeValue(null, "source"), xml.getAttributeValue(null, "target"), line(), //$NON-NLS-1$ //$NON-NLS-2$
							column());
					graph.edges.add(edge);
					owners.push(edge);
				}
				case "hyperedge" -> { //$NON-NLS-1$
					graph.hyperedges++;
					skipElement();
				}
				case "data" -> readData(); //$NON-NLS-1$
				default -> skipElement();
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("graph") || name.equals("node") || name.equals("edge")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					owners.pop();
				}
			}
		}
		if (!seenGraph) {
			throw new ImportException(file, 0, 0, Messages.Xml_noGraph, null);
		}
		return graph;
	}

	private void readKey() throws XMLStreamException {
		String id = xml.getAttributeValue(null, "id"); //$NON-NLS-1$
		String domain = xml.getAttributeValue(null, "for"); //$NON-NLS-1$
		String name = xml.getAttributeValue(null, "attr.name"); //$NON-NLS-1$
		String type = xml.getAttributeValue(null, "attr.type"); //$NON-NLS-1$
		String yfilesType = xml.getAttributeValue(null, "yfiles.type"); //$NON-NLS-1$
		String defaultValue = null;
		int keyDepth = xml.depth();
		while (xml.depth() >= keyDepth) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("default")) { //$NON-NLS-1$
				defaultValue = xml.getElementText();
			}
		}
		if (id == null) {
			return;
		}
		graph.keys.put(id, new Key(id, domain, name, type, yfilesType, defaultValue));
	}

	/**
	 * The text of a {@code <data>} element, or for yFiles graphics the node labels and line colour. Ends on
	 * the data's end tag.
	 */
	private void readData() throws XMLStreamException, ImportException {
		String keyId = xml.getAttributeValue(null, "key"); //$NON-NLS-1$
		Object owner = owners.peek();
		StringBuilder text = new StringBuilder();
		StringBuilder label = null;
		int dataDepth = xml.depth();
		while (xml.depth() >= dataDepth) {
			int event = xml.next();
			switch (event) {
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
				if (xml.depth() == dataDepth) {
					text.append(xml.getText());
				} else if (label != null) {
					label.append(xml.getText());
				}
			}
			case XMLStreamConstants.ENTITY_REFERENCE -> throw failure(
					Messages.bind(Messages.Xml_malformed, "&" + xml.getLocalName() + ";")); //$NON-NLS-1$ //$NON-NLS-2$
			case XMLStreamConstants.START_ELEMENT -> {
				String name = xml.getLocalName();
				if (name.equals("NodeLabel")) { //$NON-NLS-1$
					label = new StringBuilder();
				} else if (name.equals("LineStyle") && owner instanceof RawEdge edge) { //$NON-NLS-1$
					edge.yedColour = xml.getAttributeValue(null, "color"); //$NON-NLS-1$
				} else if (name.equals("Fill") && owner instanceof RawNode node && node.yedFill == null) { //$NON-NLS-1$
					node.yedFill = xml.getAttributeValue(null, "color"); //$NON-NLS-1$
				}
			}
			case XMLStreamConstants.END_ELEMENT -> {
				if (xml.getLocalName().equals("NodeLabel") && label != null) { //$NON-NLS-1$
					if (owner instanceof RawNode node) {
						node.yedLabels.add(label.toString());
					}
					label = null;
				}
			}
			default -> {
				// comments and processing instructions carry no data
			}
			}
		}
		if (keyId == null) {
			return;
		}
		if (owner == graph) {
			graph.graphData.put(keyId, text.toString());
		} else if (owner instanceof Element element) {
			element.data.put(keyId, text.toString());
		}
	}

	private void skipElement() throws XMLStreamException {
		int start = xml.depth();
		while (xml.depth() >= start) {
			xml.next();
		}
	}

	private int line() {
		return xml.getLocation().getLineNumber();
	}

	private int column() {
		return xml.getLocation().getColumnNumber();
	}

	private ImportException failure(String problem) {
		return new ImportException(file, line(), column(), problem, null);
	}
}

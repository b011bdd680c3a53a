package org.argmap.interchange.corpus;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.argmap.core.text.DocumentText;
import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Messages;
import org.argmap.interchange.XmlInput;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Ids;
import org.argmap.model.MapElements;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;

/**
 * Reads the arg-microtexts corpus (Peldszus and Stede): one {@code <arggraph>} per text, with its elementary
 * discourse units ({@code <edu>}), argumentative discourse units ({@code <adu type="pro|opp">}) and edges.
 * The text is the EDUs joined by spaces, written beside the map. {@code seg} edges say which EDUs an ADU
 * spans, and the ADU's claim is anchored from the first to the last of them. {@code sup} and {@code exa}
 * (support by example) edges are supports, {@code reb} attacks, {@code und} undercuts the relation of the
 * edge it points at, and {@code add} joins that relation as a linked premise.
 */
final class Microtexts {

	/** The tags that keep whose voice an ADU is: the proponent's or the opponent's. */
	static final String PROPONENT = "proponent"; //$NON-NLS-1$
	static final String OPPONENT = "opponent"; //$NON-NLS-1$
	static final String EXAMPLE_SCHEME = "Argument From Example"; //$NON-NLS-1$

	private record Edge(String id, String source, String target, String type, int line) {
	}

	private final Path file;
	private final Map<String, String> edus = new LinkedHashMap<>();
	private final Map<String, String> aduTypes = new LinkedHashMap<>();
	private final Map<String, Edge> edges = new LinkedHashMap<>();
	private String graphId;
	private String topic;
	private String stance;

	private Microtexts(Path file) {
		this.file = file;
	}

	static List<CorpusDocument> read(CorpusFiles files) throws ImportException {
		List<CorpusDocument> documents = new ArrayList<>();
		for (String name : files.names()) {
			if (name.endsWith(".xml")) { //$NON-NLS-1$
				Microtexts reader = new Microtexts(files.pathOf(name));
				reader.parse(files.read(name));
				documents.add(reader.toDocument(CorpusTexts.mapName(name)));
			}
		}
		return documents;
	}

	private void parse(byte[] bytes) throws ImportException {
		XmlInput.read(new ByteArrayInputStream(bytes), file, xml -> {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT) {
					readElement(xml);
				}
			}
			return null;
		});
		if (graphId == null && edus.isEmpty()) {
			throw new ImportException(file, 0, 0, Messages.bind(Messages.Corpus_notArggraph, "?"), null); //$NON-NLS-1$
		}
	}

	private void readElement(XmlInput.Reader xml) throws XMLStreamException, ImportException {
		String name = xml.getLocalName();
		if (xml.depth() == 1) {
			if (!"arggraph".equals(name)) { //$NON-NLS-1$
				throw failure(xml, Messages.bind(Messages.Corpus_notArggraph, name));
			}
			graphId = xml.getAttributeValue(null, "id"); //$NON-NLS-1$
			topic = xml.getAttributeValue(null, "topic_id"); //$NON-NLS-1$
			stance = xml.getAttributeValue(null, "stance"); //$NON-NLS-1$
			return;
		}
		String id = required(xml, "id"); //$NON-NLS-1$
		if (edus.containsKey(id) || aduTypes.containsKey(id) || edges.containsKey(id)) {
			throw failure(xml, Messages.bind(Messages.Corpus_duplicateId, id));
		}
		switch (name) {
		case "edu" -> { //$NON-NLS-1$
			int line = xml.getLocation().getLineNumber();
			String unit = unit(xml.getElementText());
			if (unit.isEmpty()) {
				throw new ImportException(file, line, 1, Messages.bind(Messages.Corpus_emptyUnit, id), null);
			}
			edus.put(id, unit);
		}
		case "adu" -> aduTypes.put(id, required(xml, "type")); //$NON-NLS-1$ //$NON-NLS-2$
		case "edge" -> edges.put(id, new Edge(id, required(xml, "src"), required(xml, "trg"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				required(xml, "type"), xml.getLocation().getLineNumber())); //$NON-NLS-1$
		default -> {
			// other elements (the multilayer release's extras) carry nothing a map holds
		}
		}
	}

	/**
	 * A unit's text as the document loader will read it back from the joined file: line ends {@code \n}, no
	 * byte order marks (an entity such as {@code &#13;&#10;} or {@code &#xFEFF;} would otherwise shift every
	 * later offset), no white space at its ends.
	 */
	private static String unit(String given) {
		return given.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private String required(XMLStreamReader xml, String attribute) throws ImportException {
		String value = xml.getAttributeValue(null, attribute);
		if (value == null || value.isBlank()) {
			throw failure(xml, Messages.bind(Messages.Corpus_missingAttribute, xml.getLocalName(), attribute));
		}
		return value;
	}

	private ImportException failure(XMLStreamReader xml, String problem) {
		return new ImportException(file, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(),
				problem, null);
	}

	private ImportException failure(Edge edge, String problem) {
		return new ImportException(file, edge.line(), 1, problem, null);
	}

	private CorpusDocument toDocument(String name) throws ImportException {
		StringBuilder joined = new StringBuilder();
		Map<String, int[]> eduRanges = new LinkedHashMap<>();
		for (Map.Entry<String, String> edu : edus.entrySet()) {
			if (!joined.isEmpty()) {
				joined.append(' ');
			}
			eduRanges.put(edu.getKey(), new int[] { joined.length(), joined.length() + edu.getValue().length() });
			joined.append(edu.getValue());
		}
		joined.append('\n');
		String documentFile = name + ".txt"; //$NON-NLS-1$
		byte[] content = joined.toString().getBytes(StandardCharsets.UTF_8);
		DocumentText text = CorpusTexts.read(documentFile, content, file);
		if (!text.text().contentEquals(joined)) {
			// the offsets below count in the joined units: any other normalisation would misplace every anchor
			throw new ImportException(file, 0, 0, Messages.Corpus_textChangedOnReading, null);
		}

		ArgumentMap map = MapElements.newMap(graphId != null ? graphId : name);
		if (topic != null || stance != null) {
			map.setDescription((topic == null ? "" : "topic: " + topic) //$NON-NLS-1$ //$NON-NLS-2$
					+ (topic != null && stance != null ? ", " : "") + (stance == null ? "" : "stance: " + stance)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		SourceDocument document = CorpusTexts.document(map.getTitle(), documentFile, text);
		map.getDocuments().add(document);

		Map<String, int[]> aduRanges = new LinkedHashMap<>();
		Map<String, Integer> segmentLines = new LinkedHashMap<>();
		for (Edge edge : edges.values()) {
			if ("seg".equals(edge.type())) { //$NON-NLS-1$
				int[] edu = eduRanges.get(edge.source());
				if (edu == null || !aduTypes.containsKey(edge.target())) {
					throw failure(edge, Messages.bind(Messages.Corpus_unknownAnnotation,
							edu == null ? edge.source() : edge.target()));
				}
				aduRanges.merge(edge.target(), edu.clone(),
						(one, other) -> new int[] { Math.min(one[0], other[0]), Math.max(one[1], other[1]) });
				segmentLines.putIfAbsent(edge.target(), edge.line());
			}
		}
		Map<String, Claim> nodes = new LinkedHashMap<>();
		int unsegmented = 0;
		Map<String, List<String>> edgeTypesFrom = new HashMap<>();
		edges.values().forEach(edge -> edgeTypesFrom.computeIfAbsent(edge.source(), source -> new ArrayList<>())
				.add(edge.type()));
		for (Map.Entry<String, String> adu : aduTypes.entrySet()) {
			boolean rebuts = attacksOnly(edgeTypesFrom.getOrDefault(adu.getKey(), List.of()));
			Claim node = rebuts ? ArgmapFactory.eINSTANCE.createRebuttal() : ArgmapFactory.eINSTANCE.createClaim();
			node.setId(Ids.newId(rebuts ? "r" : "c")); //$NON-NLS-1$ //$NON-NLS-2$
			node.setLabel(adu.getKey());
			node.getTags().add("opp".equals(adu.getValue()) ? OPPONENT : PROPONENT); //$NON-NLS-1$
			int[] range = aduRanges.get(adu.getKey());
			if (range == null) {
				unsegmented++;
			} else {
				node.setText(text.text().substring(range[0], range[1]));
				node.getAnchors().add(CorpusTexts.anchor(document, text.text(), range[0], range[1], file,
						segmentLines.get(adu.getKey())));
			}
			nodes.put(adu.getKey(), node);
			map.getNodes().add(node);
		}
		Map<String, Relation> relations = relations(nodes);
		map.getRelations().addAll(relations.values());
		List<String> notices = unsegmented == 0 ? List.of()
				: List.of(Messages.bind(Messages.Corpus_unsegmented, unsegmented));
		return new CorpusDocument(name, documentFile, content, new ImportedMap(map, notices));
	}

	/** Whether every edge from an ADU, of {@code edgeTypes}, rebuts or undercuts, so that it is a rebuttal. */
	private static boolean attacksOnly(List<String> edgeTypes) {
		List<String> types = edgeTypes.stream().filter(type -> !"add".equals(type)).toList(); //$NON-NLS-1$
		return !types.isEmpty() && types.stream().allMatch(type -> "reb".equals(type) || "und".equals(type)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The relation of each argumentative edge, by edge id: supports and attacks first, then the linked
	 * premises that join them, then undercuts, which may point at other undercuts.
	 */
	private Map<String, Relation> relations(Map<String, Claim> nodes) throws ImportException {
		Map<String, Relation> relations = new LinkedHashMap<>();
		List<Edge> undercuts = new ArrayList<>();
		for (Edge edge : edges.values()) {
			switch (edge.type()) {
			case "seg" -> { //$NON-NLS-1$
				// read with the segmentation
			}
			case "sup", "exa", "reb" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (edge.source().equals(edge.target())) {
					throw failure(edge, Messages.bind(Messages.Corpus_selfRelation, edge.source()));
				}
				Relation relation = MapElements.newRelation("reb".equals(edge.type()) ? RelationKind.ATTACK //$NON-NLS-1$
						: RelationKind.SUPPORT, node(nodes, edge, edge.target()), node(nodes, edge, edge.source()));
				if ("exa".equals(edge.type())) { //$NON-NLS-1$
					relation.setScheme(EXAMPLE_SCHEME);
				}
				relations.put(edge.id(), relation);
			}
			case "und", "add" -> { //$NON-NLS-1$ //$NON-NLS-2$
				node(nodes, edge, edge.source());
				undercuts.add(edge);
			}
			default -> throw failure(edge, Messages.bind(Messages.Corpus_unknownEdgeType, edge.type()));
			}
		}
		for (Edge edge : undercuts) {
			if ("add".equals(edge.type())) { //$NON-NLS-1$
				Relation joined = relations.get(edge.target());
				if (joined == null) {
					throw failure(edge, Messages.bind(Messages.Corpus_unknownAnnotation, edge.target()));
				}
				Claim premise = node(nodes, edge, edge.source());
				// only a support has linked premises; an attack has one source
				if (joined.getKind() != RelationKind.SUPPORT) {
					throw failure(edge, Messages.bind(Messages.Corpus_addToNonSupport, edge.target()));
				}
				if (premise == joined.getTarget()) {
					throw failure(edge, Messages.bind(Messages.Corpus_selfRelation, edge.source()));
				}
				joined.getSources().add(premise);
			}
		}
		List<Edge> waiting = new ArrayList<>(undercuts.stream().filter(edge -> "und".equals(edge.type())).toList()); //$NON-NLS-1$
		while (!waiting.isEmpty()) {
			boolean progress = waiting.removeIf(edge -> {
				Relation attacked = relations.get(edge.target());
				if (attacked == null) {
					return false;
				}
				relations.put(edge.id(), MapElements.newRelation(RelationKind.UNDERCUT, attacked,
						nodes.get(edge.source())));
				return true;
			});
			if (!progress) {
				Edge stuck = waiting.get(0);
				throw failure(stuck, Messages.bind(Messages.Corpus_unknownAnnotation, stuck.target()));
			}
		}
		return relations;
	}

	private Claim node(Map<String, Claim> nodes, Edge edge, String id) throws ImportException {
		Claim node = nodes.get(id);
		if (node == null) {
			throw failure(edge, Messages.bind(Messages.Corpus_unknownAnnotation, id));
		}
		return node;
	}
}

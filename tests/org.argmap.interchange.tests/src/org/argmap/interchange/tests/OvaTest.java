package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.CriticalQuestionKind;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.argmap.tests.support.SyntheticMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OVA3 analyses: Argmap's round trip through OVA, and files as OVA3 saves them. */
class OvaTest {

	/**
	 * An analysis as OVA3's save (res/js/ova-save.js, genjson) writes it: node ids made of a counter and the
	 * session, I/RA/CA nodes with an L and a YA node of a dialogue, the scheme fulfilments OVA gives default
	 * schemes, a critical question answered with one of AIFdb's numbered descriptors, coordinates under "OVA"
	 * (one written as a string, as older analyses have them) and the analysed text as HTML.
	 */
	private static final String OVA3_ANALYSIS = """
			{"AIF":{"nodes":[
			  {"nodeID":"1_161","text":"Cities should ban cars from their centres","type":"I"},
			  {"nodeID":"2_161","text":"Ghent banned cars and its shops thrived","type":"I"},
			  {"nodeID":"3_161","text":"Shops in Ghent thrived for other reasons","type":"I"},
			  {"nodeID":"4_161","text":"Default Inference","type":"RA"},
			  {"nodeID":"5_161","text":"Default Conflict","type":"CA"},
			  {"nodeID":"6_161","text":"Ana : cities should ban cars","type":"L"},
			  {"nodeID":"7_161","text":"Asserting","type":"YA"}],
			 "edges":[
			  {"edgeID":1,"fromID":"2_161","toID":"4_161"},
			  {"edgeID":2,"fromID":"4_161","toID":"1_161"},
			  {"edgeID":3,"fromID":"3_161","toID":"5_161"},
			  {"edgeID":4,"fromID":"5_161","toID":"2_161"},
			  {"edgeID":5,"fromID":"6_161","toID":"7_161"},
			  {"edgeID":6,"fromID":"7_161","toID":"1_161"}],
			 "schemefulfillments":[{"nodeID":"4_161","schemeID":"72"},{"nodeID":"5_161","schemeID":"71"}],
			 "participants":[{"participantID":1,"firstname":"Ana","surname":"Example"}],
			 "locutions":[{"nodeID":"6_161","personID":1,"start":"2024-11-21 10:00:00","end":null}],
			 "descriptorfulfillments":[],
			 "cqdescriptorfulfillments":[{"nodeID":"4_161","descriptorID":"233","selectedID":"2_161"}]},
			 "text":"<span class=\\"highlighted\\" id=\\"node1_161\\">Cities should ban cars</span>",
			 "OVA":{"firstname":"Ana","surname":"Example","url":"",
			  "nodes":[
			   {"nodeID":"1_161","visible":true,"x":400,"y":60,"timestamp":""},
			   {"nodeID":"2_161","visible":true,"x":"180","y":260.5,"timestamp":""},
			   {"nodeID":"3_161","visible":true,"x":40,"y":460,"timestamp":""},
			   {"nodeID":"4_161","visible":true,"x":300,"y":170,"timestamp":""},
			   {"nodeID":"5_161","visible":true,"x":120,"y":360,"timestamp":""},
			   {"nodeID":"6_161","visible":false,"x":0,"y":0,"timestamp":""},
			   {"nodeID":"7_161","visible":false,"x":0,"y":0,"timestamp":""}],
			  "edges":[{"fromID":"2_161","toID":"4_161","visible":true},{"fromID":"4_161","toID":"1_161","visible":true}]}}
			""";

	@TempDir
	Path folder;

	@Test
	void ova3AnalysisBecomesAMapWithOvasLayout() throws Exception {
		ImportedMap imported = Exports.readAif(OVA3_ANALYSIS);
		ArgumentMap map = imported.map();
		assertEquals(3, map.getNodes().size());
		Node ghent = node(map, "aif-2_161");
		assertEquals(180, ghent.getPosition().getX());
		assertEquals(260.5, ghent.getPosition().getY());
		assertEquals(400, node(map, "aif-1_161").getPosition().getX());
		assertInstanceOf(Rebuttal.class, node(map, "aif-3_161"));
		assertEquals(List.of(RelationKind.SUPPORT, RelationKind.ATTACK),
				map.getRelations().stream().map(Relation::getKind).toList());
		assertNull(map.getRelations().get(0).getScheme(), "Default Inference (OVA's scheme 72) is no particular scheme");
		assertTrue(imported.notices().contains("1 answer(s) to critical questions of OVA's own scheme descriptors left"
				+ " out: a map asks only the questions of argument from analogy"), imported.notices().toString());
	}

	@Test
	void argmapThroughOvaAndBackIsTheSameMap() throws Exception {
		for (ArgumentMap original : List.of(ExampleMaps.everyKind(), SyntheticMaps.small(7), Exports.sample(folder))) {
			byte[] ova = Exports.export(original, InterchangeFormat.OVA);
			ArgumentMap imported = Exports.readAif(ova).map();
			assertEquals(MapText.of(original), MapText.of(imported));
			assertArrayEquals(ova, Exports.export(imported, InterchangeFormat.OVA), "re-export of the import");
		}
	}

	/** OVA3 drops what it does not know when it saves: Argmap's extension and the scheme field. */
	@Test
	void afterOvaSavedItNodesRelationsPositionsAndAnsweredQuestionsSurvive() throws Exception {
		ArgumentMap original = ExampleMaps.everyKind();
		Analogy nephew = original.getNodes().stream().filter(Analogy.class::isInstance).map(Analogy.class::cast)
				.findFirst().orElseThrow();
		CriticalQuestion counterCase = nephew.getCriticalQuestions().get(2);
		counterCase.setStatus(QuestionStatus.CONCEDED);
		counterCase.setAnswer("A bonsai grows for decades without changing form.");
		String saved = asOvaSavesIt(Exports.exportText(original, InterchangeFormat.OVA));

		ImportedMap imported = Exports.readAif(saved);
		ArgumentMap map = imported.map();
		assertEquals(original.getNodes().stream().map(Node::getText).toList(),
				map.getNodes().stream().map(Node::getText).toList(), "no answer became a claim");
		assertEquals(original.getRelations().stream().map(Relation::getKind).toList(),
				map.getRelations().stream().map(Relation::getKind).toList());
		Node wall = node(map, original.getNodes().get(0).getId());
		assertEquals(120.5, wall.getPosition().getX(), "a node placed by hand keeps its place");
		assertEquals(-40, wall.getPosition().getY());
		assertTrue(map.getNodes().stream().allMatch(node -> node.getPosition() != null),
				"the rest are where OVA drew them");

		Analogy analogy = assertInstanceOf(Analogy.class, node(map, nephew.getId()));
		CriticalQuestion differences = question(analogy, CriticalQuestionKind.RELEVANT_DIFFERENCES);
		assertEquals(QuestionStatus.ANSWERED, differences.getStatus());
		assertEquals("Children stop growing by biology; models by cost.", differences.getAnswer());
		assertEquals(QuestionStatus.OPEN, question(analogy, CriticalQuestionKind.BASE_PREMISE_TRUE).getStatus());
		CriticalQuestion conceded = question(analogy, CriticalQuestionKind.COUNTER_CASE);
		assertEquals(QuestionStatus.CONCEDED, conceded.getStatus());
		assertEquals(counterCase.getAnswer(), conceded.getAnswer());
	}

	@Test
	void exportHasOvasPartsForEveryNode() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		String ova = Exports.exportText(map, InterchangeFormat.OVA);
		// 7 nodes, 6 S-nodes and the I-node of the one answered question, each placed
		assertEquals(7 + 6 + 1, count(ova, "\"visible\" : true,\n\\s+\"x\" : "));
		assertEquals(2, count(ova, "\"schemeID\" : \"72\""), "both supports are default inferences");
		assertEquals(2, count(ova, "\"schemeID\" : \"71\""), "attack and undercut are default conflicts");
		assertTrue(ova.contains("\"descriptorID\" : \"argmap:relevantDifferences:answered\""), ova);
		assertTrue(ova.startsWith("{\n  \"AIF\" : {\n    \"nodes\" : ["), ova);
	}

	@Test
	void badOvaPartsNameTheirPlace() throws Exception {
		String badX = OVA3_ANALYSIS.replace("\"x\":\"180\"", "\"x\":\"far left\"");
		ImportException failure = assertThrows(ImportException.class, () -> Exports.readAif(badX));
		int line = badX.substring(0, badX.indexOf("far left")).split("\n").length;
		assertTrue(failure.getMessage().contains(":" + line + ":"), failure.getMessage());
		assertTrue(failure.getMessage().contains("\"x\" must be a number"), failure.getMessage());

		String badQuestion = OVA3_ANALYSIS.replace("\"descriptorID\":\"233\"", "\"descriptorID\":\"argmap:why:answered\"");
		failure = assertThrows(ImportException.class, () -> Exports.readAif(badQuestion));
		assertTrue(failure.getMessage().contains("critical question 'argmap:why:answered'"), failure.getMessage());

		String unknownAnswer = OVA3_ANALYSIS.replace("\"descriptorID\":\"233\",\"selectedID\":\"2_161\"",
				"\"descriptorID\":\"argmap:counterCase:answered\",\"selectedID\":\"99\"");
		failure = assertThrows(ImportException.class, () -> Exports.readAif(unknownAnswer));
		assertTrue(failure.getMessage().contains("refers to node '99'"), failure.getMessage());

		String notAnObject = OVA3_ANALYSIS.replace("\"OVA\":{\"firstname\"", "\"OVA\":[],\"x\":{\"firstname\"");
		failure = assertThrows(ImportException.class, () -> Exports.readAif(notAnObject));
		assertTrue(failure.getMessage().contains("\"OVA\" must be an object, not an array"), failure.getMessage());
	}

	@Test
	void ovaFileIsImportedByContentAndExportedByName() throws Exception {
		Path in = Files.writeString(folder.resolve("analysis.json"), OVA3_ANALYSIS);
		assertEquals(3, Interchange.importFile(in, ImportOptions.DEFAULTS).map().getNodes().size());
		assertSame(InterchangeFormat.OVA, InterchangeFormat.named("ova"));
		Path out = folder.resolve("out.json");
		Interchange.export(ExampleMaps.everyKind(), InterchangeFormat.OVA, out);
		assertNotNull(Interchange.importFile(out, ImportOptions.DEFAULTS).map());
	}

	/**
	 * What OVA3 keeps when it loads and saves an analysis: nodes with id, text and type only (the scheme name stays
	 * the text), its own parts, and nothing of Argmap's extension.
	 */
	private static String asOvaSavesIt(String ova) {
		return AifAnalogyTest.withoutExtension(ova).replaceAll("\\n\\s*\"scheme\" : \"[^\"]*\",", "");
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static CriticalQuestion question(Analogy analogy, CriticalQuestionKind kind) {
		return analogy.getCriticalQuestions().stream().filter(question -> question.getKind() == kind).findFirst()
				.orElseThrow();
	}

	private static Node node(ArgumentMap map, String id) {
		return map.getNodes().stream().filter(node -> node.getId().equals(id)).findFirst().orElseThrow();
	}
}

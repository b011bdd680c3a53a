package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.CriticalQuestionKind;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.argmap.tests.support.ExampleMaps;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** Argument from analogy in AIF: by the scheme names corpora use, and without Argmap's extension. */
class AifAnalogyTest {

	/**
	 * Two analogies as AIFdb's corpora hold them: RA 20 with the scheme in its text ("Analogy", one premise),
	 * RA 21 with Walton's name in a scheme field and two premises (similarity and base premise).
	 */
	private static final String CORPUS_NODE_SET = """
			{"nodes":[
			 {"nodeID":"1","text":"Banning cars from the centre worked in Ghent","type":"I"},
			 {"nodeID":"2","text":"Banning cars from the centre will work in Leeds","type":"I"},
			 {"nodeID":"3","text":"Leeds is a city much like Ghent","type":"I"},
			 {"nodeID":"4","text":"Ghent's shops gained customers after the ban","type":"I"},
			 {"nodeID":"5","text":"Leeds's shops will gain customers after a ban","type":"I"},
			 {"nodeID":"20","text":"Analogy","type":"RA"},
			 {"nodeID":"21","text":"Argument From Analogy","scheme":"Argument From Analogy","type":"RA"}
			],
			"edges":[
			 {"edgeID":1,"fromID":"1","toID":"20"},
			 {"edgeID":2,"fromID":"20","toID":"2"},
			 {"edgeID":3,"fromID":"3","toID":"21"},
			 {"edgeID":4,"fromID":"4","toID":"21"},
			 {"edgeID":5,"fromID":"21","toID":"5"}
			],
			"locutions":[],"participants":[]}
			""";

	@Test
	void corpusAnalogyWithOnePremiseMakesThePremiseTheAnalogy() throws Exception {
		ImportedMap imported = Exports.readAif(CORPUS_NODE_SET);
		ArgumentMap map = imported.map();
		Relation inference = relation(map, "aif-20");
		assertEquals(RelationKind.ANALOGY, inference.getKind());
		Analogy ghent = assertInstanceOf(Analogy.class, node(map, "aif-1"));
		assertEquals(List.of(ghent), inference.getSources());
		assertSame(node(map, "aif-2"), inference.getTarget());
		assertEquals("Banning cars from the centre worked in Ghent", ghent.getSourceCase());
		assertEquals("Banning cars from the centre will work in Leeds", ghent.getTargetCase());
		assertEquals(List.of(CriticalQuestionKind.VALUES.toArray()),
				ghent.getCriticalQuestions().stream().map(question -> question.getKind()).toList(),
				"the analogy can be questioned in the workbench like one made there");
		assertEquals("Analogy", inference.getScheme());
		assertTrue(imported.notices().get(0).startsWith("2 analogy scheme node(s) read as arguments from analogy"),
				imported.notices().toString());
		assertValid(map);
	}

	@Test
	void corpusAnalogyWithTwoPremisesComparesThemInANewAnalogy() throws Exception {
		ArgumentMap map = Exports.readAif(CORPUS_NODE_SET).map();
		Relation inference = relation(map, "aif-21");
		assertEquals(RelationKind.ANALOGY, inference.getKind());
		Analogy comparison = assertInstanceOf(Analogy.class, node(map, "aif-21-analogy"));
		assertEquals(List.of(comparison), inference.getSources());
		assertEquals("Leeds is a city much like Ghent Ghent's shops gained customers after the ban",
				comparison.getText());
		Relation premises = relation(map, "aif-21-premises");
		assertEquals(RelationKind.SUPPORT, premises.getKind());
		assertEquals(List.of(node(map, "aif-3"), node(map, "aif-4")), premises.getSources(), "linked, in file order");
		assertSame(comparison, premises.getTarget());
		assertInstanceOf(Claim.class, node(map, "aif-3"), "a premise of several stays a claim");
		assertEquals("Argument From Analogy", inference.getScheme(), "the corpus's scheme name is kept");
	}

	@Test
	void analogyNamesArguebufKnowsAreWritten() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		Relation analogy = map.getRelations().stream().filter(relation -> relation.getKind() == RelationKind.ANALOGY)
				.findFirst().orElseThrow();
		analogy.setScheme("Argument From Analogy"); // as maps made before this name was changed carry it
		String json = Exports.exportText(map, InterchangeFormat.AIF);
		// arguebuf reads "scheme", else "text", and looks the name up in its text2support table: "Analogy"
		assertTrue(json.contains("\"text\" : \"Analogy\",\n    \"type\" : \"RA\",\n    \"scheme\" : \"Analogy\""),
				json);
		assertEquals("Argument From Analogy", relation(Exports.readAif(json).map(), analogy.getId()).getScheme(),
				"Argmap's own round trip keeps the map's name");
	}

	@Test
	void argmapAnalogyWithoutTheExtensionIsStillAnAnalogy() throws Exception {
		ArgumentMap original = ExampleMaps.everyKind();
		Analogy nephew = original.getNodes().stream().filter(Analogy.class::isInstance).map(Analogy.class::cast)
				.findFirst().orElseThrow();
		String json = withoutExtension(Exports.exportText(original, InterchangeFormat.AIF));

		ArgumentMap imported = Exports.readAif(json).map();
		Analogy analogy = assertInstanceOf(Analogy.class, node(imported, nephew.getId()));
		assertEquals(nephew.getText(), analogy.getText());
		Relation inference = imported.getRelations().stream()
				.filter(relation -> relation.getKind() == RelationKind.ANALOGY).findFirst().orElseThrow();
		assertEquals(List.of(analogy), inference.getSources());
		assertEquals(MapElements.ANALOGY_SCHEME, inference.getScheme());
		assertTrue(analogy.getCriticalQuestions().stream().allMatch(question -> question.getStatus() == QuestionStatus.OPEN));
		assertEquals(original.getNodes().size(), imported.getNodes().size());
		assertEquals(original.getRelations().size(), imported.getRelations().size());
		assertValid(imported);
	}

	/** The node set as AIF tools pass it on: Argmap's extension, the last field, dropped. */
	static String withoutExtension(String json) {
		int extension = json.lastIndexOf(",\n  \"argmap\" : {");
		assertTrue(extension > 0, json);
		return json.substring(0, extension) + "\n}";
	}

	private static void assertValid(ArgumentMap map) {
		Diagnostic diagnostic = MapValidator.validate(map, DocumentTexts.SNAPSHOTS);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.toString());
	}

	private static Node node(ArgumentMap map, String id) {
		return map.getNodes().stream().filter(node -> node.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Relation relation(ArgumentMap map, String id) {
		return map.getRelations().stream().filter(relation -> relation.getId().equals(id)).findFirst().orElseThrow();
	}
}

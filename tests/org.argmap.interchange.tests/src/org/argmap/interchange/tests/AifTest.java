package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.interchange.aif.AifReader;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.argmap.tests.support.SyntheticMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AIF JSON node sets: Argmap's own round trip, and node sets as AIFdb publishes them. */
class AifTest {

	/**
	 * A dialogical node set shaped like AIFdb's published ones: numeric ids, locutions with L, YA and TA nodes
	 * around the argument, an RA with two premises, a CA against its conclusion and a CA against the RA.
	 */
	private static final String AIFDB_NODE_SET = """
			{"nodes":[
			 {"nodeID":"101","text":"AI progress is hitting a wall","type":"I","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"102","text":"Pre-training returns are plateauing","type":"I","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"103","text":"Compute is getting dearer","type":"I","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"104","text":"Reasoning models scale at inference time","type":"I","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"105","text":"Plateaus in one curve say nothing of the others","type":"I","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"106","text":"Scaling has hit diminishing returns","type":"I","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"201","text":"Default Inference","type":"RA","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"202","text":"Default Conflict","type":"CA","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"203","text":"Default Conflict","type":"CA","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"204","text":"Default Rephrase","type":"MA","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"301","text":"Ana : AI progress is hitting a wall","type":"L","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"302","text":"Asserting","type":"YA","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"303","text":"Ben : reasoning models scale","type":"L","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"304","text":"Default Transition","type":"TA","timestamp":"2024-11-21 10:00:00"},
			 {"nodeID":"305","text":"Disagreeing","type":"YA","timestamp":"2024-11-21 10:00:00"}
			],
			"edges":[
			 {"edgeID":1,"fromID":"102","toID":"201","formEdgeID":null},
			 {"edgeID":2,"fromID":"103","toID":"201","formEdgeID":null},
			 {"edgeID":3,"fromID":"201","toID":"101","formEdgeID":null},
			 {"edgeID":4,"fromID":"104","toID":"202","formEdgeID":null},
			 {"edgeID":5,"fromID":"202","toID":"101","formEdgeID":null},
			 {"edgeID":6,"fromID":"105","toID":"203","formEdgeID":null},
			 {"edgeID":7,"fromID":"203","toID":"201","formEdgeID":null},
			 {"edgeID":8,"fromID":"106","toID":"204","formEdgeID":null},
			 {"edgeID":9,"fromID":"204","toID":"102","formEdgeID":null},
			 {"edgeID":10,"fromID":"301","toID":"302","formEdgeID":null},
			 {"edgeID":11,"fromID":"302","toID":"101","formEdgeID":null},
			 {"edgeID":12,"fromID":"301","toID":"304","formEdgeID":null},
			 {"edgeID":13,"fromID":"304","toID":"303","formEdgeID":null},
			 {"edgeID":14,"fromID":"304","toID":"305","formEdgeID":null},
			 {"edgeID":15,"fromID":"305","toID":"202","formEdgeID":null}
			],
			"locutions":[{"nodeID":"301","personID":"1","timestamp":"2024-11-21 10:00:00","start":null,"end":null,"source":null}],
			"participants":[{"participantID":"1","firstname":"Ana","surname":"Example"}]}
			""";

	@TempDir
	Path folder;

	@Test
	void roundTripGivesTheSameMap() throws Exception {
		for (ArgumentMap original : List.of(ExampleMaps.everyKind(), SyntheticMaps.small(7), SyntheticMaps.small(8),
				Exports.sample(folder))) {
			byte[] first = Exports.export(original, InterchangeFormat.AIF);
			ArgumentMap imported = Exports.readAif(first).map();
			assertArrayEquals(first, Exports.export(imported, InterchangeFormat.AIF), "re-export of the import");
			assertEquals(MapText.of(original), MapText.of(imported));
		}
	}

	/**
	 * AIF and OVA files written before Argmap's extension came from the model's features (the every-kind map with
	 * its second claim's anchor relocated) still read as that map.
	 */
	@Test
	void filesWrittenBeforeTheExtensionWasReflectiveStillRead() throws Exception {
		for (String name : new String[] { "every-kind-before-model-columns.json",
				"every-kind-before-model-columns.ova.json" }) {
			ArgumentMap read;
			try (InputStream in = getClass().getResourceAsStream("/resources/aif/" + name)) {
				read = AifReader.read(in, Path.of(name)).map();
			}
			ArgumentMap expected = ExampleMaps.everyKind();
			expected.getNodes().get(1).getAnchors().get(0).setStatus(AnchorStatus.RELOCATED);
			// ids are made anew for every example map; the file keeps those of the map it was written from
			for (int i = 0; i < expected.getDocuments().size(); i++) {
				expected.getDocuments().get(i).setId(read.getDocuments().get(i).getId());
			}
			for (int i = 0; i < expected.getNodes().size(); i++) {
				expected.getNodes().get(i).setId(read.getNodes().get(i).getId());
			}
			for (int i = 0; i < expected.getRelations().size(); i++) {
				expected.getRelations().get(i).setId(read.getRelations().get(i).getId());
			}
			assertEquals(MapText.of(expected), MapText.of(read), name);
		}
	}

	@Test
	void exportHasOneINodePerNodeAndTheRightSchemeNodes() throws Exception {
		String json = Exports.exportText(ExampleMaps.everyKind(), InterchangeFormat.AIF);
		Map<String, Integer> types = new TreeMap<>();
		Matcher type = Pattern.compile("\"type\" : \"([A-Z]+)\"").matcher(json);
		while (type.find()) {
			types.merge(type.group(1), 1, Integer::sum);
		}
		// 7 nodes; support x2 and analogy are RA, attack and undercut CA, equivalence MA
		assertEquals(Map.of("I", 7, "RA", 3, "CA", 2, "MA", 1), types);
		assertTrue(json.contains("\"text\" : \"Analogy\""), "the analogy's RA names its scheme");
		assertTrue(json.contains("\"text\" : \"Default Conflict\""));
	}

	@Test
	void iNodesCarryTheirGroundedLabel() throws Exception {
		String json = Exports.exportText(Exports.sample(folder), InterchangeFormat.AIF);
		// as SampleMapEvaluationTest works them out: the wall falls to an unopposed rebuttal, the plateau to
		// an unopposed attack; the winter claim stands because the attack on it is undercut
		assertTrue(Pattern.compile("\"nodeID\" : \"c-1-wall\",[^}]*\"grounded\" : \"out\"").matcher(json).find(), json);
		assertTrue(Pattern.compile("\"nodeID\" : \"c-2-plateau\",[^}]*\"grounded\" : \"out\"").matcher(json).find());
		assertTrue(Pattern.compile("\"nodeID\" : \"c-67-winter\",[^}]*\"grounded\" : \"in\"").matcher(json).find());
	}

	@Test
	void aifdbNodeSetBecomesClaimsAndRelations() throws Exception {
		ImportedMap imported = Exports.readAif(AIFDB_NODE_SET);
		ArgumentMap map = imported.map();
		assertEquals(6, map.getNodes().size());
		assertEquals("aif-101", map.getNodes().get(0).getId());
		assertEquals("AI progress is hitting a wall", map.getNodes().get(0).getText());
		assertInstanceOf(Rebuttal.class, node(map, "aif-104"), "an I-node that only attacks is a rebuttal");
		assertInstanceOf(Claim.class, node(map, "aif-102"));

		Relation inference = map.getRelations().get(0);
		assertEquals(RelationKind.SUPPORT, inference.getKind());
		assertEquals(List.of(node(map, "aif-102"), node(map, "aif-103")), inference.getSources());
		assertSame(node(map, "aif-101"), inference.getTarget());
		assertNull(inference.getScheme(), "Default Inference is no particular scheme");

		assertEquals(RelationKind.ATTACK, map.getRelations().get(1).getKind());
		Relation undercut = map.getRelations().get(2);
		assertEquals(RelationKind.UNDERCUT, undercut.getKind());
		assertSame(inference, undercut.getTarget());
		assertEquals(RelationKind.EQUIVALENCE, map.getRelations().get(3).getKind());
		assertEquals(4, map.getRelations().size());
		assertEquals(List.of("dialogue nodes left out (a map has no place for them): {L=2, TA=1, YA=2}"),
				imported.notices());
	}

	@Test
	void ovaWrapperIsUnderstood() throws Exception {
		ArgumentMap map = Exports.readAif("{\"AIF\":" + AIFDB_NODE_SET + ", \"OVA\": {\"nodes\": []}}").map();
		assertEquals(6, map.getNodes().size());
	}

	@Test
	void edgeToAMissingNodeNamesItsLine() {
		String broken = AIFDB_NODE_SET.replace("\"toID\":\"101\",\"formEdgeID\":null},\n {\"edgeID\":4",
				"\"toID\":\"999\",\"formEdgeID\":null},\n {\"edgeID\":4");
		ImportException failure = assertThrows(ImportException.class, () -> Exports.readAif(broken));
		assertEquals(21, failure.getLine(), failure.getMessage());
		assertTrue(failure.getMessage().contains("'999'"));
	}

	@Test
	void jsonThatIsNotANodeSetSaysSo() {
		ImportException failure = assertThrows(ImportException.class, () -> Exports.readAif("[1, 2, 3]"));
		assertTrue(failure.getMessage().contains("not an AIF node set"), failure.getMessage());
	}

	private static Node node(ArgumentMap map, String id) {
		return map.getNodes().stream().filter(node -> node.getId().equals(id)).findFirst().orElseThrow();
	}
}

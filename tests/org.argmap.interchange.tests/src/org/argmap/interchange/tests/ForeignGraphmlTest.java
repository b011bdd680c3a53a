package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.junit.jupiter.api.Test;

/** GraphML that other tools wrote: plain graphs, and yEd files like Argdown's. */
class ForeignGraphmlTest {

	private static final String PLAIN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
			  <key id="d0" for="node" attr.name="statement" attr.type="string"/>
			  <key id="d1" for="node" attr.name="role" attr.type="string"/>
			  <key id="d2" for="edge" attr.name="role" attr.type="string"/>
			  <key id="d3" for="node" attr.name="weight" attr.type="double"><default>1.0</default></key>
			  <graph id="G" edgedefault="directed">
			    <node id="n0"><data key="d0">AI progress is slowing</data><data key="d1">conclusion</data></node>
			    <node id="n1"><data key="d0">Benchmarks saturate</data><data key="d1">premise</data></node>
			    <node id="n2"><data key="d0">New benchmarks keep appearing</data><data key="d1">objection</data></node>
			    <node id="n 3"><data key="d0">Odd id</data></node>
			    <edge source="n1" target="n0"><data key="d2">pro</data></edge>
			    <edge source="n2" target="n1"><data key="d2">con</data></edge>
			    <edge source="n 3" target="n0"><data key="d2">sideways</data></edge>
			  </graph>
			</graphml>
			""";

	/** Shaped like Argdown's yEd export: no data keys, a group, title and text labels, kinds as colours. */
	private static final String ARGDOWN_LIKE = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
			  <key for="node" yfiles.type="nodegraphics" id="d0"/>
			  <key for="edge" yfiles.type="edgegraphics" id="d1"/>
			  <graph edgedefault="directed" id="G">
			    <node id="n0"><data key="d0"><y:ShapeNode><y:Geometry width="135" height="60" x="0" y="0"/>
			      <y:NodeLabel modelPosition="t">Wall</y:NodeLabel>
			      <y:NodeLabel modelPosition="b">AI progress is
			hitting a wall.</y:NodeLabel></y:ShapeNode></data></node>
			    <node id="n1" yfiles.foldertype="folder"><data key="d0"><y:ProxyAutoBoundsNode><y:Realizers active="0">
			      <y:GroupNode><y:NodeLabel>Scaling</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
			      <graph id="n1:" edgedefault="directed">
			        <node id="a1"><data key="d0"><y:ShapeNode><y:NodeLabel>Plateau</y:NodeLabel>
			          <y:NodeLabel>Returns are plateauing.</y:NodeLabel></y:ShapeNode></data></node>
			        <node id="a2"><data key="d0"><y:ShapeNode><y:NodeLabel>Inference scaling</y:NodeLabel>
			          <y:NodeLabel>Reasoning scales at inference.</y:NodeLabel></y:ShapeNode></data></node>
			      </graph>
			    </node>
			    <edge id="e0" source="a1" target="n0"><data key="d1"><y:PolyLineEdge>
			      <y:LineStyle color="#4bd23c" type="line" width="0.3"/><y:Arrows source="none" target="standard"/>
			    </y:PolyLineEdge></data></edge>
			    <edge id="e1" source="a2" target="n0"><data key="d1"><y:PolyLineEdge>
			      <y:LineStyle color="#ff0000" type="line" width="0.3"/></y:PolyLineEdge></data></edge>
			    <edge id="e2" source="a2" target="n1"><data key="d1"><y:PolyLineEdge>
			      <y:LineStyle color="#ff0000" type="line" width="0.3"/></y:PolyLineEdge></data></edge>
			  </graph>
			</graphml>
			""";

	@Test
	void optionsNameTheKeysThatCarryTextAndKind() throws Exception {
		ImportedMap imported = Exports.readGraphml(PLAIN.getBytes(StandardCharsets.UTF_8),
				new ImportOptions("statement", "role", Map.of()));
		ArgumentMap map = imported.map();
		assertEquals(List.of("AI progress is slowing", "Benchmarks saturate", "New benchmarks keep appearing", "Odd id"),
				map.getNodes().stream().map(Node::getText).toList());
		assertInstanceOf(Rebuttal.class, map.getNodes().get(2));
		assertEquals("n0", map.getNodes().get(0).getId());
		assertTrue(map.getNodes().get(3).getId().startsWith("n-"), "an id with a space is replaced");
		assertEquals(List.of(RelationKind.SUPPORT, RelationKind.ATTACK, RelationKind.SUPPORT),
				map.getRelations().stream().map(Relation::getKind).toList());
		assertTrue(imported.notices().stream().anyMatch(notice -> notice.contains("sideways")), imported.notices().toString());
	}

	@Test
	void withoutOptionsTheRoleKeyGivesKindsAndEveryGuessIsReported() throws Exception {
		ImportedMap imported = Exports.readGraphml(PLAIN);
		ArgumentMap map = imported.map();
		assertEquals("n0", map.getNodes().get(0).getText());
		assertInstanceOf(Rebuttal.class, map.getNodes().get(2));
		assertEquals(List.of(RelationKind.SUPPORT, RelationKind.ATTACK, RelationKind.SUPPORT),
				map.getRelations().stream().map(Relation::getKind).toList());
		assertEquals(List.of("node kinds read from the key 'role', whose values name kinds; another key can be chosen as kind key",
				"relation kinds read from the key 'role', whose values name kinds; another key can be chosen as kind key",
				"kind 'sideways' is not a kind Argmap knows; 1 element(s) imported as claim or support",
				"1 node(s) without a kind imported as claims", "4 node(s) without a text: their ids became their texts"),
				imported.notices());
	}

	/** The case: an edge key named kind saying con was read as support, and no notice said so. */
	@Test
	void anEdgeKeyCalledKindSayingConIsAnAttack() throws Exception {
		ImportedMap imported = Exports.readGraphml("""
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="k" for="edge" attr.name="kind" attr.type="string"/>
				  <key id="t" for="node" attr.name="type" attr.type="string"/>
				  <key id="l" for="node" attr.name="name" attr.type="string"/>
				  <graph edgedefault="directed">
				    <node id="a"><data key="t">person</data><data key="l">Ana</data></node>
				    <node id="b"><data key="t">person</data><data key="l">Ben</data></node>
				    <node id="c"><data key="l">Cy</data></node>
				    <edge source="b" target="a"><data key="k">con</data></edge>
				    <edge source="c" target="a"><data key="k">Pro</data></edge>
				    <edge source="c" target="b"><data key="k">undercut</data></edge>
				    <edge source="a" target="c"/>
				  </graph>
				</graphml>
				""");
		assertEquals(List.of(RelationKind.ATTACK, RelationKind.SUPPORT, RelationKind.ATTACK, RelationKind.SUPPORT),
				imported.map().getRelations().stream().map(Relation::getKind).toList());
		assertTrue(imported.map().getNodes().stream().allMatch(Claim.class::isInstance),
				"'person' does not make 'type' a kind key");
		assertEquals(List.of("relation kinds read from the key 'kind', whose values name kinds; another key can be chosen as kind key",
				"node texts read from the key 'name'; another key can be chosen as label key",
				"1 undercut edge(s) imported as attack: an edge of plain GraphML ends at a node, not at a relation or analogy",
				"3 node(s) without a kind imported as claims", "1 edge(s) without a kind imported as supports"),
				imported.notices());
	}

	@Test
	void unknownKeyIsAnErrorListingTheKeysThereAre() {
		ImportException failure = assertThrows(ImportException.class, () -> Exports.readGraphml(
				PLAIN.getBytes(StandardCharsets.UTF_8), new ImportOptions("content", null, Map.of())));
		assertTrue(failure.getMessage().contains("'content'"), failure.getMessage());
		assertTrue(failure.getMessage().contains("role, statement, weight"), failure.getMessage());
	}

	@Test
	void argdownStyleYedFileGivesTitlesTextsAndKindsFromColours() throws Exception {
		ImportedMap imported = Exports.readGraphml(ARGDOWN_LIKE);
		ArgumentMap map = imported.map();
		assertEquals(List.of("Wall", "Plateau", "Inference scaling"), map.getNodes().stream().map(Node::getLabel).toList());
		assertEquals("AI progress is hitting a wall.", map.getNodes().get(0).getText());
		assertTrue(map.getNodes().stream().allMatch(Claim.class::isInstance));
		assertEquals(List.of(RelationKind.SUPPORT, RelationKind.ATTACK),
				map.getRelations().stream().map(Relation::getKind).toList());
		assertTrue(imported.notices().stream().anyMatch(notice -> notice.contains("1 group")), imported.notices().toString());
		assertTrue(imported.notices().stream().anyMatch(notice -> notice.contains("1 edge(s) to groups")),
				imported.notices().toString());
	}

	@Test
	void edgeColoursCanBeNamedExplicitly() throws Exception {
		ArgumentMap map = Exports.readGraphml(ARGDOWN_LIKE.getBytes(StandardCharsets.UTF_8),
				new ImportOptions(null, null, Map.of("#ff0000", RelationKind.EQUIVALENCE))).map();
		assertEquals(RelationKind.EQUIVALENCE, map.getRelations().get(1).getKind());
	}

	@Test
	void edgeToAMissingNodeNamesItsLine() {
		String broken = PLAIN.replace("source=\"n2\" target=\"n1\"", "source=\"n2\" target=\"n9\"");
		ImportException failure = assertThrows(ImportException.class, () -> Exports.readGraphml(broken));
		assertEquals(13, failure.getLine(), failure.getMessage());
		assertTrue(failure.getMessage().contains("'n9'"), failure.getMessage());
	}
}

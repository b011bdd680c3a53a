package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.tests.support.ArgdownCli;
import org.argmap.tests.support.ExampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code .argdown} export read back by Argdown's own parser ({@code argdown json}), then imported: the
 * statements, arguments and relations are those of the map.
 */
class ArgdownExportTest {

	@TempDir
	Path folder;

	@Test
	void everyKindComesBackThroughArgdownsParser() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		ArgumentMap back = roundTrip(map, "every-kind.argdown");
		assertEquals(texts(map), texts(back));
		assertEquals("Wall", back.getNodes().get(0).getLabel());
		assertEquals(List.of("thesis", "scaling, pre-training"), back.getNodes().get(0).getTags());
		assertInstanceOf(Rebuttal.class, node(back, "Reasoning models scale at inference time."));
		assertEquals(List.of(
				"analogy: Models are like a toddler nephew: growth changes form. -> Reasoning models scale at inference time.",
				"attack: Reasoning models scale at inference time. -> AI progress is hitting a wall.",
				"equivalence: Scaling has hit diminishing returns. -> Pre-training returns are plateauing.",
				"support: Bigger models give smaller gains. -> Pre-training returns are plateauing.",
				"support: Pre-training returns are plateauing. + Gains per model size are what progress means. -> AI progress is hitting a wall.",
				"undercut: Reasoning models scale at inference time. -> (Bigger models give smaller gains. -> Pre-training returns are plateauing.)"),
				relations(map));
		assertEquals(List.of(
				"attack: Reasoning models scale at inference time. -> AI progress is hitting a wall.",
				"support: Bigger models give smaller gains. -> Pre-training returns are plateauing.",
				// an analogy is an argument whose inference rule names the scheme
				"support: Models are like a toddler nephew: growth changes form. -> Reasoning models scale at inference time.",
				"support: Pre-training returns are plateauing. + Gains per model size are what progress means. -> AI progress is hitting a wall.",
				// an equivalence is entailment both ways
				"support: Pre-training returns are plateauing. -> Scaling has hit diminishing returns.",
				"support: Scaling has hit diminishing returns. -> Pre-training returns are plateauing.",
				"undercut: Reasoning models scale at inference time. -> (Bigger models give smaller gains. -> Pre-training returns are plateauing.)"),
				relations(back));
		Relation analogy = back.getRelations().stream().filter(relation -> relation.getSources().get(0).getText().startsWith("Models"))
				.findFirst().orElseThrow();
		assertEquals(MapElements.ANALOGY_SCHEME, analogy.getScheme());
	}

	@Test
	void theSampleMapKeepsItsCounts() throws Exception {
		ArgumentMap map = Exports.sample(folder.resolve("sample"));
		ArgumentMap back = roundTrip(map, "sample.argdown");
		assertEquals(texts(map), texts(back));
		Map<RelationKind, Integer> expected = kinds(map);
		// Argdown has arguments, attacks and undercuts: analogies are arguments, equivalences entailment both
		// ways, and only the inference of an argument can be undercut
		expected.merge(RelationKind.SUPPORT, expected.getOrDefault(RelationKind.ANALOGY, 0)
				+ 2 * expected.getOrDefault(RelationKind.EQUIVALENCE, 0), Integer::sum);
		expected.remove(RelationKind.ANALOGY);
		expected.remove(RelationKind.EQUIVALENCE);
		long undercutsOfAttacks = map.getRelations().stream().filter(relation -> relation.getKind() == RelationKind.UNDERCUT
				&& ((Relation) relation.getTarget()).getKind() == RelationKind.ATTACK).count();
		assertEquals(1, undercutsOfAttacks, "the sample's undercut of an attack");
		expected.merge(RelationKind.UNDERCUT, -1, Integer::sum);
		assertEquals(expected, kinds(back));
	}

	@Test
	void textsFullOfArgdownSyntaxArriveAsWritten() throws Exception {
		ArgumentMap map = MapElements.newMap("Syntax <everywhere> \"quoted\"");
		String hostile = "[Not a title] <not an argument> #notatag @mention *bold* _italic_ // no comment "
				+ "/* nor this */ +> -> >< _> (1) ---- {data: 1} `code` 100% back\\slash: end.";
		Claim claim = MapElements.newClaim(hostile);
		claim.setLabel("Title with [brackets] and <angles>");
		Claim other = MapElements.newClaim("Plain.");
		map.getNodes().addAll(List.of(claim, other));
		map.getRelations().add(MapElements.newRelation(RelationKind.ATTACK, other, claim));
		ArgumentMap back = roundTrip(map, "syntax.argdown");
		assertEquals(List.of(hostile, "Plain."), texts(back));
		assertEquals("Title with brackets and angles", back.getNodes().get(0).getLabel());
		assertEquals(1, back.getRelations().size());
	}

	@Test
	void anUndercutOfAnAttackIsACommentArgdownSkips() throws Exception {
		ArgumentMap map = MapElements.newMap("Undercut of an attack");
		Claim thesis = MapElements.newClaim("Thesis.");
		Claim objection = MapElements.newClaim("Objection.");
		Claim reply = MapElements.newClaim("The objection misreads the thesis.");
		map.getNodes().addAll(List.of(thesis, objection, reply));
		Relation attack = MapElements.newRelation(RelationKind.ATTACK, thesis, objection);
		map.getRelations().add(attack);
		map.getRelations().add(MapElements.newRelation(RelationKind.UNDERCUT, attack, reply));
		Path file = folder.resolve("comment.argdown");
		Interchange.export(map, InterchangeFormat.ARGDOWN, file);
		assertTrue(Files.readString(file).contains("\n// undercut"), Files.readString(file));
		ArgumentMap back = Interchange.importFile(ArgdownCli.json(file), ImportOptions.DEFAULTS).map();
		assertEquals(3, back.getNodes().size());
		assertEquals(List.of("attack: Objection. -> Thesis."), relations(back));
	}

	private ArgumentMap roundTrip(ArgumentMap map, String name) throws Exception {
		Path file = folder.resolve(name);
		Interchange.export(map, InterchangeFormat.ARGDOWN, file);
		return Interchange.importFile(ArgdownCli.json(file), ImportOptions.DEFAULTS).map();
	}

	private static List<String> texts(ArgumentMap map) {
		return map.getNodes().stream().map(node -> node.getText().strip().replaceAll("\\s+", " ")).toList();
	}

	private static Node node(ArgumentMap map, String text) {
		return map.getNodes().stream().filter(node -> text.equals(node.getText())).findFirst().orElseThrow();
	}

	/** Each relation as {@code kind: premise + premise -> target}, an undercut's target in brackets; sorted. */
	private static List<String> relations(ArgumentMap map) {
		return map.getRelations().stream().map(relation -> relation.getKind().getLiteral() + ": " + ends(relation))
				.sorted().toList();
	}

	private static String ends(Relation relation) {
		String target = relation.getTarget() instanceof Relation attacked ? "(" + ends(attacked) + ")"
				: ((Node) relation.getTarget()).getText();
		return String.join(" + ", relation.getSources().stream().map(Node::getText).toList()) + " -> " + target;
	}

	private static Map<RelationKind, Integer> kinds(ArgumentMap map) {
		Map<RelationKind, Integer> kinds = new TreeMap<>();
		map.getRelations().forEach(relation -> kinds.merge(relation.getKind(), 1, Integer::sum));
		return kinds;
	}
}

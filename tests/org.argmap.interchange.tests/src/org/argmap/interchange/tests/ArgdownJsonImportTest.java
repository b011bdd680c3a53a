package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.argdown.ArgdownJsonReader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.argmap.tests.support.ArgdownCli;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argdown files turned into JSON by the real {@code argdown json}, then imported as a user would. */
class ArgdownJsonImportTest {

	@TempDir
	Path folder;

	@Test
	void everyRelationKindOfArgdownFindsItsPlace() throws Exception {
		ImportedMap imported = importArgdown("every-relation.argdown");
		ArgumentMap map = imported.map();
		assertEquals(List.of("Nuclear", "No nuclear", "Coal", "Energy", "Climate", "Untitled 1", "Untitled 2",
				"Untitled 3", "Storage"), map.getNodes().stream().map(ArgdownJsonImportTest::title).toList());
		Node nuclear = node(map, "Nuclear");
		assertEquals("We should build nuclear plants.", nuclear.getText(), "the tag is a tag, not text");
		assertEquals(List.of("policy"), nuclear.getTags());
		assertInstanceOf(Rebuttal.class, node(map, "No nuclear"), "it only attacks");
		assertEquals(List.of(ArgdownJsonReader.ARGUMENT_TAG), node(map, "Storage").getTags());
		assertEquals("Deep geological storage solves the waste problem.", node(map, "Storage").getText());

		Relation lowCarbon = relation(map, "a.Low_carbon");
		assertEquals(RelationKind.SUPPORT, lowCarbon.getKind());
		assertEquals(List.of(node(map, "Climate"), textNode(map, "Nuclear power emits little CO2.")), lowCarbon.getSources());
		assertEquals(nuclear, lowCarbon.getTarget());
		assertEquals("Nuclear power is the low-carbon option.", lowCarbon.getNote());
		Relation waste = relation(map, "a.Waste");
		assertEquals(node(map, "No nuclear"), waste.getTarget());
		assertEquals(2, waste.getSources().size());
		assertEquals("Modus ponens", waste.getScheme());

		Relation undercut = only(map, RelationKind.UNDERCUT);
		assertEquals(List.of(node(map, "Storage")), undercut.getSources());
		assertEquals(waste, undercut.getTarget());
		// contradictory is an attack each way; Argdown adds the attack of <Waste>'s conclusion on [Nuclear]
		assertEquals(List.of("No nuclear->Nuclear", "Nuclear->No nuclear", "No nuclear->Nuclear", "Nuclear->Coal"),
				edges(map, RelationKind.ATTACK));
		assertEquals(List.of("Nuclear->Energy"), edges(map, RelationKind.SUPPORT).stream()
				.filter(edge -> !edge.contains(",")).toList());
		assertValid(map);
	}

	@Test
	void intermediaryConclusionsAndUsesGiveOneSupportPerInference() throws Exception {
		ArgumentMap map = importArgdown("multi-step.argdown").map();
		Relation first = relation(map, "a.Chain.3");
		assertEquals(List.of(node(map, "Rain"), textNode(map, "If it rains, the street is wet.")), first.getSources());
		assertEquals(node(map, "Wet"), first.getTarget());
		Relation main = relation(map, "a.Chain");
		assertEquals(List.of(node(map, "Wet"), textNode(map, "If the street is wet, it is slippery.")), main.getSources());
		assertEquals(node(map, "Slippery"), main.getTarget());
		Relation undercut = only(map, RelationKind.UNDERCUT);
		assertEquals(main, undercut.getTarget(), "the undercut names the inference to (5)");
		assertEquals(List.of("Sun->Rain"), edges(map, RelationKind.ATTACK));
		assertInstanceOf(Rebuttal.class, node(map, "Sun"));
		assertInstanceOf(Claim.class, node(map, "Rain"), "a premise is no rebuttal");
		assertValid(map);
	}

	@Test
	void theArgdownCommandsOwnTestFileImports() throws Exception {
		Path own = ArgdownCli.packageFolder().resolve("test/test.argdown");
		Path copy = folder.resolve("test.argdown");
		Files.copy(own, copy);
		ArgumentMap map = Interchange.importFile(ArgdownCli.json(copy), ImportOptions.DEFAULTS).map();
		assertEquals(List.of("Statement 1", "Statement 2"), map.getNodes().stream().map(Node::getLabel).toList());
		assertEquals(List.of("Statement 2->Statement 1"), edges(map, RelationKind.SUPPORT));
	}

	@Test
	void aRelationToAMissingStatementNamesTheFileAndLine() throws Exception {
		Path file = folder.resolve("broken.json");
		Files.writeString(file, """
				{"arguments": {},
				 "statements": {"A": {"title": "A", "members": [{"text": "a"}]}},
				 "relations": [
				   {"relationType": "attack", "from": "A", "fromType": "equivalence-class",
				    "to": "Ghost", "toType": "equivalence-class"}]}
				""");
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertTrue(failure.getMessage().startsWith(file + ":5:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("'Ghost'"), failure.getMessage());
	}

	@Test
	void wrongTypesAndBrokenJsonAreNamedWhereTheyAre() throws Exception {
		Path wrongType = folder.resolve("wrong.json");
		Files.writeString(wrongType, "{\"statements\": {\"A\": {\"members\": [{\"text\": [\"a\"]}]}}}");
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(wrongType, ImportOptions.DEFAULTS));
		assertTrue(failure.getMessage().startsWith(wrongType + ":1:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("\"text\" must be a string, not an array"), failure.getMessage());

		Path truncated = folder.resolve("truncated.json");
		Files.writeString(truncated, "{\"statements\": {\"A\": {\"members\": [");
		failure = assertThrows(ImportException.class, () -> Interchange.importFile(truncated, ImportOptions.DEFAULTS));
		assertTrue(failure.getMessage().startsWith(truncated + ":1:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("not well-formed JSON"), failure.getMessage());
	}

	@Test
	void aUsesListPointingPastTheConclusionIsRefused() throws Exception {
		Path file = folder.resolve("uses.json");
		Files.writeString(file, """
				{"statements": {"P": {"members": [{"text": "p"}]}, "C": {"members": [{"text": "c"}]}},
				 "arguments": {"A": {"pcs": [
				   {"title": "P", "role": "premise"},
				   {"title": "C", "role": "main-conclusion", "inference": {"data": {"uses": [2]}}}]}}}
				""");
		ImportException failure = assertThrows(ImportException.class,
				() -> Interchange.importFile(file, ImportOptions.DEFAULTS));
		assertTrue(failure.getMessage().startsWith(file + ":4:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("'2' names no premise"), failure.getMessage());
	}

	@Test
	void tagRangesInAnyOrderOrInsideACharacterLeaveTheTextWhole() throws Exception {
		Path file = folder.resolve("tags.json");
		// "Rain \uD83C\uDF27 #wet #cold falls": #wet is 8-11, #cold 13-17; 6-7 would cut the rain cloud in two
		Files.writeString(file, """
				{"statements": {"A": {"members": [{"text": "Rain \\uD83C\\uDF27 #wet #cold falls", "ranges": [
				  {"type": "tag", "start": 13, "stop": 17}, {"type": "tag", "start": 8, "stop": 11},
				  {"type": "tag", "start": 9, "stop": 12}, {"type": "tag", "start": 6, "stop": 7}]}]}}}
				""");
		ArgumentMap map = Interchange.importFile(file, ImportOptions.DEFAULTS).map();
		assertEquals("Rain \uD83C\uDF27 falls", map.getNodes().get(0).getText());
		assertValid(map);
	}

	/** The test resource {@code resources/argdown/NAME} through {@code argdown json} and the import. */
	private ImportedMap importArgdown(String name) throws Exception {
		Path file = folder.resolve(name);
		try (InputStream in = getClass().getResourceAsStream("/resources/argdown/" + name)) {
			Files.copy(in, file);
		}
		return Interchange.importFile(ArgdownCli.json(file), ImportOptions.DEFAULTS);
	}

	/** A node's Argdown title: its label, or for an untitled statement the title Argdown made up. */
	private static String title(Node node) {
		return node.getLabel() != null ? node.getLabel() : node.getId().substring("s.".length()).replace('_', ' ');
	}

	private static Node node(ArgumentMap map, String label) {
		return map.getNodes().stream().filter(node -> label.equals(node.getLabel())).findFirst().orElseThrow();
	}

	private static Node textNode(ArgumentMap map, String text) {
		return map.getNodes().stream().filter(node -> text.equals(node.getText())).findFirst().orElseThrow();
	}

	private static Relation relation(ArgumentMap map, String id) {
		return map.getRelations().stream().filter(relation -> id.equals(relation.getId())).findFirst().orElseThrow();
	}

	private static Relation only(ArgumentMap map, RelationKind kind) {
		List<Relation> found = map.getRelations().stream().filter(relation -> relation.getKind() == kind).toList();
		assertEquals(1, found.size(), found.toString());
		return found.get(0);
	}

	/** Relations of one kind as {@code source,source->target} by the nodes' titles. */
	private static List<String> edges(ArgumentMap map, RelationKind kind) {
		return map.getRelations().stream().filter(relation -> relation.getKind() == kind)
				.map(relation -> String.join(",", relation.getSources().stream().map(ArgdownJsonImportTest::title).toList())
						+ "->" + title((Node) relation.getTarget()))
				.toList();
	}

	private static void assertValid(ArgumentMap map) {
		Diagnostic diagnostic = MapValidator.validate(map, DocumentTexts.SNAPSHOTS);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().toString());
	}
}

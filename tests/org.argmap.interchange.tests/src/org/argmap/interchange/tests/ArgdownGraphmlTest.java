package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.argdown.ArgdownJsonReader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.argmap.tests.support.ArgdownCli;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yEd GraphML that {@code argdown map --format graphml} draws, imported as a user would. */
class ArgdownGraphmlTest {

	@TempDir
	Path folder;

	@Test
	void labelsAreTextArgumentsStayArgumentsAndUndercutsUndercuts() throws Exception {
		ImportedMap imported = importMap("every-relation.argdown");
		ArgumentMap map = imported.map();
		for (Node node : map.getNodes()) {
			assertFalse((node.getLabel() + node.getText()).matches(".*(<|&#|&amp;|html).*"), node.getLabel() + node.getText());
		}
		assertEquals("We should build nuclear plants. #policy", node(map, "Nuclear").getText());
		assertEquals(List.of("Low carbon", "Waste", "Storage"), map.getNodes().stream()
				.filter(node -> node.getTags().contains(ArgdownJsonReader.ARGUMENT_TAG)).map(Node::getLabel).toList());
		assertEquals("Deep geological storage solves the waste problem.", node(map, "Storage").getText());

		List<Relation> undercuts = map.getRelations().stream().filter(relation -> relation.getKind() == RelationKind.UNDERCUT)
				.toList();
		assertEquals(1, undercuts.size(), imported.notices().toString());
		assertEquals(List.of(node(map, "Storage")), undercuts.get(0).getSources());
		Relation attacked = (Relation) undercuts.get(0).getTarget();
		assertEquals(List.of(node(map, "Waste")), attacked.getSources(), "the undercut attacks <Waste>'s inference");
		assertEquals(node(map, "No nuclear"), attacked.getTarget());
		assertTrue(imported.notices().stream().anyMatch(notice -> notice.contains("3 filled node(s) read as Argdown arguments")),
				imported.notices().toString());
		Diagnostic diagnostic = MapValidator.validate(map, DocumentTexts.SNAPSHOTS);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().toString());
	}

	@Test
	void anUndercutOfAnInferenceWithIntermediarySteps() throws Exception {
		ArgumentMap map = importMap("multi-step.argdown").map();
		Relation undercut = map.getRelations().stream().filter(relation -> relation.getKind() == RelationKind.UNDERCUT)
				.findFirst().orElseThrow();
		assertEquals(List.of(node(map, "Dry")), undercut.getSources());
		assertEquals(List.of(node(map, "Chain")), ((Relation) undercut.getTarget()).getSources());
	}

	@Test
	void theArgdownCommandsOwnTestFileHasPlainStatements() throws Exception {
		Path copy = folder.resolve("test.argdown");
		Files.copy(ArgdownCli.packageFolder().resolve("test/test.argdown"), copy);
		ImportedMap imported = Interchange.importFile(ArgdownCli.graphml(copy), ImportOptions.DEFAULTS);
		ArgumentMap map = imported.map();
		assertEquals(List.of("Statement 1", "Statement 2"), map.getNodes().stream().map(Node::getLabel).toList());
		assertEquals(List.of("text", "text"), map.getNodes().stream().map(Node::getText).toList());
		assertTrue(map.getNodes().stream().allMatch(node -> node.getTags().isEmpty()), "no arguments in this map");
		assertEquals(RelationKind.SUPPORT, map.getRelations().get(0).getKind());
	}

	private ImportedMap importMap(String name) throws Exception {
		Path file = folder.resolve(name);
		try (InputStream in = getClass().getResourceAsStream("/resources/argdown/" + name)) {
			Files.copy(in, file);
		}
		return Interchange.importFile(ArgdownCli.graphml(file), ImportOptions.DEFAULTS);
	}

	private static Node node(ArgumentMap map, String label) {
		return map.getNodes().stream().filter(node -> label.equals(node.getLabel())).findFirst().orElseThrow();
	}
}

package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.cli.ExitCode;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.ArgdownCli;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code export}, {@code import}, {@code validate} and {@code stats} on a map with every node and relation
 * kind, its source file beside it, as a user runs them.
 */
class InterchangeCommandsTest {

	@TempDir
	Path folder;

	private Path mapFile;
	private final CommandLine commandLine = new CommandLine();

	@BeforeEach
	void mapWithEveryKind() throws IOException {
		Files.createDirectories(folder.resolve("sources"));
		Files.writeString(folder.resolve("sources/obsolete.txt"), ExampleMaps.TEXT, StandardCharsets.UTF_8);
		mapFile = folder.resolve("every-kind.argmap");
		save(ExampleMaps.everyKind(), mapFile);
	}

	@Test
	void validateAndStatsOnEveryKind() {
		assertEquals(ExitCode.SUCCESS, run("validate", mapFile.toString()), out() + err());
		assertEquals(ExitCode.SUCCESS, run("stats", "--json", mapFile.toString()), err());
		assertTrue(out().contains("\"claim\":5,\"implicitClaim\":1,\"rebuttal\":1,\"analogy\":1"), out());
		assertTrue(out().contains("\"support\":2,\"attack\":1,\"undercut\":1,\"analogy\":1,\"equivalence\":1"), out());
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphml", "graphml-yed", "aif", "ova" })
	void exportThenImportGivesTheSameMap(String format) throws IOException {
		Path exported = folder.resolve("map." + format);
		assertEquals(ExitCode.SUCCESS, run("export", "--format", format, mapFile.toString(), exported.toString()), err());
		assertTrue(err().contains("7 nodes, 6 relations"), err());
		Path imported = folder.resolve("imported.argmap");
		assertEquals(ExitCode.SUCCESS, run("import", exported.toString(), imported.toString()), err());
		assertTrue(err().contains("7 nodes, 6 relations, 1 documents"), err());
		ArgumentMap original = MapStore.load(mapFile);
		ArgumentMap copy = MapStore.load(imported);
		copy.setModified(original.getModified()); // saving stamps the date; everything else must be equal
		assertEquals(MapText.of(original), MapText.of(copy));
		assertEquals(ExitCode.SUCCESS, run("validate", imported.toString()), err());
	}

	@Test
	void webAnnotationsExportedThenAnnotatedOntoTheBareMapGiveTheAnchorsBack() throws IOException {
		Path annotations = folder.resolve("passages.jsonld");
		assertEquals(ExitCode.SUCCESS, run("export", mapFile.toString(), annotations.toString()), err());
		assertTrue(Files.readString(annotations).contains("\"type\" : \"TextPositionSelector\""));
		ArgumentMap bare = MapStore.load(mapFile);
		bare.getNodes().forEach(node -> node.getAnchors().clear());
		Path bareFile = folder.resolve("bare.argmap");
		save(bare, bareFile);

		assertEquals(ExitCode.SUCCESS, run("annotate", bareFile.toString(), annotations.toString()), err());
		assertTrue(out().contains("(5 anchors added, 0 new nodes)"), out());
		ArgumentMap original = MapStore.load(mapFile);
		ArgumentMap annotated = MapStore.load(bareFile);
		annotated.setModified(original.getModified()); // saving stamps the date; everything else must be equal
		assertEquals(MapText.of(original), MapText.of(annotated));

		byte[] before = Files.readAllBytes(bareFile);
		assertEquals(ExitCode.SUCCESS, run("annotate", bareFile.toString(), annotations.toString()), err());
		assertTrue(err().contains("5 annotation(s) already anchored on their nodes"), err());
		assertArrayEquals(before, Files.readAllBytes(bareFile), "nothing to add: not written");

		Files.writeString(annotations, "{\"type\":\"Annotation\",\"target\":{\"source\":\"sources/obsolete.txt\",\n"
				+ "\"selector\":{\"type\":\"TextPositionSelector\",\"start\":9,\"end\":2}}}");
		assertEquals(ExitCode.USAGE, run("annotate", bareFile.toString(), annotations.toString()));
		assertTrue(err().contains(annotations + ":2:"), err());
		assertArrayEquals(before, Files.readAllBytes(bareFile), "a damaged file changes nothing");
	}

	@Test
	void formatFollowsTheExtensionAndDashIsStandardOutput() throws IOException {
		assertEquals(ExitCode.SUCCESS, run("export", mapFile.toString(), folder.resolve("m.dot").toString()), err());
		assertTrue(Files.readString(folder.resolve("m.dot")).startsWith("digraph "));
		assertEquals(ExitCode.SUCCESS, run("export", mapFile.toString(), folder.resolve("m.cyjs").toString()), err());
		assertTrue(Files.readString(folder.resolve("m.cyjs")).contains("\"elements\""));
		assertEquals(ExitCode.SUCCESS, run("export", "--format", "cytoscape", mapFile.toString(), "-"), err());
		assertTrue(out().contains("\"classes\" : \"rebuttal grounded-"), out());
		assertEquals(ExitCode.SUCCESS, run("export", "--format=aif", mapFile.toString(), "-"), err());
		assertTrue(out().startsWith("{"), out());
		assertTrue(out().contains("\"type\" : \"CA\""), out());
		assertEquals(ExitCode.USAGE, run("export", mapFile.toString(), folder.resolve("m.txt").toString()));
		assertTrue(err().contains("cannot tell the format of"), err());
		assertEquals(ExitCode.USAGE, run("export", "--format", "pdf", mapFile.toString(), "-"));
		assertEquals(ExitCode.USAGE, run("export", "--colour", mapFile.toString(), "-"));
		assertTrue(err().contains("unknown option '--colour'"), err());
	}

	@Test
	void argdownExportIsReadByArgdownAndItsJsonImported() throws Exception {
		Path argdown = folder.resolve("map.argdown");
		assertEquals(ExitCode.SUCCESS, run("export", mapFile.toString(), argdown.toString()), err());
		assertTrue(Files.readString(argdown).contains("[Wall]: AI progress is hitting a wall\\."), Files.readString(argdown));
		Path imported = folder.resolve("from-argdown.argmap");
		assertEquals(ExitCode.SUCCESS, run("import", ArgdownCli.json(argdown).toString(), imported.toString()), err());
		// the analogy is an argument, the equivalence entailment both ways
		assertTrue(err().contains("7 nodes, 7 relations"), err());
		assertEquals(ExitCode.SUCCESS, run("validate", imported.toString()), out() + err());
	}

	@Test
	void incompleteRelationIsReportedAndTheOldExportKept() throws IOException {
		Path exported = folder.resolve("map.graphml");
		assertEquals(ExitCode.SUCCESS, run("export", mapFile.toString(), exported.toString()));
		byte[] before = Files.readAllBytes(exported);
		ArgumentMap broken = MapStore.load(mapFile);
		broken.getRelations().get(0).getSources().clear();
		Path brokenFile = folder.resolve("broken.argmap");
		save(broken, brokenFile);
		assertEquals(ExitCode.FINDINGS, run("export", brokenFile.toString(), exported.toString()));
		assertTrue(err().contains(broken.getRelations().get(0).getId()), err());
		assertArrayEquals(before, Files.readAllBytes(exported));
	}

	@Test
	void importNeverOverwritesWithoutForce() throws IOException {
		Path exported = folder.resolve("map.json");
		run("export", mapFile.toString(), exported.toString());
		ArgumentMap edited = MapStore.load(mapFile);
		edited.setTitle("Edited since the export");
		MapStore.save(edited.eResource(), mapFile);
		byte[] before = Files.readAllBytes(mapFile);
		assertEquals(ExitCode.USAGE, run("import", exported.toString(), mapFile.toString()));
		assertTrue(err().contains("add --force"), err());
		assertArrayEquals(before, Files.readAllBytes(mapFile));
		assertEquals(ExitCode.SUCCESS, run("import", "--force", exported.toString(), mapFile.toString()), err());
		assertArrayEquals(before, Files.readAllBytes(MapStore.backupOf(mapFile)));
		assertEquals(ExampleMaps.everyKind().getTitle(), MapStore.load(mapFile).getTitle(), "the exported map is back");
	}

	@Test
	void hostileImportNamesFileAndLineAndWritesNothing() throws IOException {
		Path hostile = folder.resolve("xxe.graphml");
		Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<graphml><graph><node id=\"a\"><data key=\"d\">&x;</data></node></graph></graphml>\n");
		Path target = folder.resolve("new.argmap");
		assertEquals(ExitCode.USAGE, run("import", hostile.toString(), target.toString()));
		assertTrue(err().startsWith("argmap import: " + hostile + ":2:"), err());
		assertFalse(err().contains("root:"), "the entity's file was not read");
		assertFalse(Files.exists(target));
	}

	@Test
	void foreignGraphmlWithKeyOptions() throws IOException {
		Path graph = folder.resolve("plain.graphml");
		Files.writeString(graph, """
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="s" for="node" attr.name="statement" attr.type="string"/>
				  <key id="t" for="all" attr.name="type" attr.type="string"/>
				  <graph edgedefault="directed">
				    <node id="a"><data key="s">Scaling works</data></node>
				    <node id="b"><data key="s">It stopped working</data><data key="t">objection</data></node>
				    <edge source="b" target="a"><data key="t">con</data></edge>
				  </graph>
				</graphml>
				""");
		Path target = folder.resolve("plain.argmap");
		assertEquals(ExitCode.SUCCESS,
				run("import", "--label-key", "statement", "--kind-key", "type", graph.toString(), target.toString()), err());
		assertEquals(ExitCode.SUCCESS, run("stats", target.toString()));
		assertTrue(out().contains("claims 1") && out().contains("rebuttals 1") && out().contains("attack 1"), out());
		assertEquals(ExitCode.USAGE, run("import", "--edge-colour", "red=attack", graph.toString(), "x.argmap"));

		Path guessed = folder.resolve("guessed.argmap");
		assertEquals(ExitCode.SUCCESS, run("import", graph.toString(), guessed.toString()), err());
		assertTrue(err().contains(graph + ": relation kinds read from the key 'type'"), err());
		assertTrue(err().contains(graph + ": node kinds read from the key 'type'"), err());
		assertTrue(err().contains(graph + ": 1 node(s) without a kind imported as claims"), err());
		assertEquals(ExitCode.SUCCESS, run("stats", guessed.toString()));
		assertTrue(out().contains("rebuttals 1") && out().contains("attack 1"), out());
	}

	@Test
	void helpOfEachInterchangeCommand() {
		for (String subcommand : new String[] { "export", "import" }) {
			assertEquals(ExitCode.SUCCESS, run(subcommand, "--help"));
			assertTrue(out().startsWith("Usage: argmap " + subcommand), out());
			assertEquals(ExitCode.USAGE, run(subcommand));
			assertTrue(err().contains("expected 2 file arguments, got 0"), err());
		}
	}

	int run(String... arguments) {
		return commandLine.run(arguments);
	}

	String out() {
		return commandLine.out();
	}

	String err() {
		return commandLine.err();
	}

	private static void save(ArgumentMap map, Path file) throws IOException {
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		MapStore.save(resource, file);
	}

}

package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argmap.cli.ExitCode;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.MapText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample map as a new user gets it from {@code argmap sample}, checked with the command line. */
class SampleMapTest {

	/** SHA-256 of the articles as collected (shared/corpus): the shipped copies must be these bytes. */
	private static final Map<String, String> ARTICLES = Map.of(
			"alignment-forum_ai-research-is-slowing-down.txt", "7af965eede3b7b83f0fe2ce5494f95fbbcc5a0794b7369bcd204262d3ab31807",
			"casey_ai-winter-is-coming.txt", "aab3c3c84fa9fb11fac3f3fcd91c8ed94865c825f05796cdc7ce3bd29ff6ab76",
			"chain-of-thought_is-ai-progress-hitting-a-wall.txt", "0fc5546fa4145075e495066a5d3eec211e2e3e8cb874b597e77057270bd5f7c6",
			"juijn_deep-learning-is-probably-not-hitting-a-wall.txt", "794f8d0f2f926af2d3bfdc09bd2a6ada142eac6a8dc9fe832d6d301b6913c646",
			"obsolete_is-deep-learning-hitting-a-wall.txt", "716f62f9dc00b0d9a6cc96274296a37bd2580ea09a81b522a00e634eb8a65d0e");

	@TempDir
	Path folder;

	private Path mapFile;
	private final CommandLine commandLine = new CommandLine();

	@BeforeEach
	void writeSample() {
		assertEquals(ExitCode.SUCCESS, run("sample", folder.toString()), commandLine.err());
		mapFile = folder.resolve("ai-progress-wall.argmap");
	}

	@Test
	void validateFindsNothing() {
		assertEquals(ExitCode.SUCCESS, run("validate", mapFile.toString()), commandLine.err());
		assertTrue(commandLine.out().contains("0 errors, 0 warnings"), commandLine.out());
	}

	@Test
	void statsShowARichMapWithEveryPassageFound() {
		assertEquals(ExitCode.SUCCESS, run("stats", "--json", mapFile.toString()));
		String json = commandLine.out();
		assertTrue(number(json, "\"nodes\":\\{\"total\":(\\d+)") >= 40, json);
		assertEquals(0, number(json, "\"orphaned\":(\\d+)"), json);
		assertEquals(0, number(json, "\"relocated\":(\\d+)"), json);
		assertEquals(0, number(json, "\"unanchored\":(\\d+)"), "only implicit premises lack anchors: " + json);
		assertTrue(number(json, "\"rebuttal\":(\\d+)") >= 10, json);
		assertEquals(4, number(json, "\"analogy\":(\\d+)"), json);
		for (String kind : new String[] { "support", "attack", "undercut", "equivalence" }) {
			assertTrue(number(json, "\"" + kind + "\":(\\d+)") >= 1, kind + " in " + json);
		}
	}

	@Test
	void articlesAreByteIdenticalAndDescribed() throws Exception {
		String sources = Files.readString(folder.resolve("sources/SOURCES.md"));
		for (Map.Entry<String, String> article : ARTICLES.entrySet()) {
			byte[] shipped = Files.readAllBytes(folder.resolve("sources").resolve(article.getKey()));
			assertEquals(article.getValue(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shipped)),
					article.getKey());
			assertTrue(sources.contains(article.getKey()), article.getKey());
		}
	}

	@Test
	void theThreeAnalogiesAreComplete() throws IOException {
		ArgumentMap map = MapStore.load(mapFile);
		for (String id : new String[] { "a-34-nephew", "a-92-weightlifting", "a-52-cars" }) {
			Analogy analogy = (Analogy) map.getNodes().stream().filter(node -> node.getId().equals(id)).findFirst()
					.orElseThrow();
			assertTrue(analogy.getSourceCase() != null && analogy.getTargetCase() != null, id);
			assertTrue(analogy.getCorrespondences().size() >= 2, id);
			assertTrue(analogy.getCriticalQuestions().stream().map(CriticalQuestion::getStatus)
					.anyMatch(status -> status != QuestionStatus.OPEN), id + " has an answered question");
		}
		for (Node node : map.getNodes()) {
			boolean implicit = node instanceof Claim claim && claim.isImplicit();
			assertEquals(!implicit, !node.getAnchors().isEmpty(), node.getId());
		}
	}

	@Test
	void exportsComeBackAsTheSameMap() throws IOException {
		for (String format : new String[] { "graphml", "graphml-yed", "aif" }) {
			Path exported = folder.resolve("sample." + format);
			assertEquals(ExitCode.SUCCESS, run("export", "--format", format, mapFile.toString(), exported.toString()));
			Path imported = folder.resolve("imported-" + format + ".argmap");
			assertEquals(ExitCode.SUCCESS, run("import", exported.toString(), imported.toString()), commandLine.err());
			assertEquals(ExitCode.SUCCESS, run("validate", imported.toString()), commandLine.err());
			ArgumentMap original = MapStore.load(mapFile);
			ArgumentMap copy = MapStore.load(imported);
			copy.setModified(original.getModified());
			assertEquals(MapText.of(original), MapText.of(copy), format);
		}
	}

	@Test
	void existingSampleIsOnlyReplacedWithForce() {
		assertEquals(ExitCode.USAGE, run("sample", folder.toString()));
		assertTrue(commandLine.err().contains("--force"), commandLine.err());
		assertEquals(ExitCode.SUCCESS, run("sample", "--force", folder.toString()));
	}

	private static int number(String json, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(json);
		assertTrue(matcher.find(), pattern + " in " + json);
		return Integer.parseInt(matcher.group(1));
	}

	int run(String... arguments) {
		return commandLine.run(arguments);
	}

}

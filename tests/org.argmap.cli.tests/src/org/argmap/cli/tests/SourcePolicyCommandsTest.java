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
import org.argmap.core.anchoring.TextAnchors;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map from a stranger names documents outside its folder, hoping validate prints their text and
 * {@code reanchor --write} copies it into the map the user shares. Nothing outside the map's folder is read
 * unless the user names it with {@code --allow-source}, and imports do not accept such documents either.
 */
class SourcePolicyCommandsTest {

	private static final String SECRET = "my bank PIN is 4321 and my password is hunter2\n";
	private static final String DECOY = "A harmless looking public article.\n";

	@TempDir
	Path root;
	private Path maps;
	private Path secret;
	private final CommandLine commandLine = new CommandLine();

	@BeforeEach
	void folders() throws IOException {
		maps = Files.createDirectories(root.resolve("maps"));
		secret = Files.writeString(root.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
	}

	@Test
	void validateDoesNotReadOrPrintAFileOutsideTheMapsFolder() throws IOException {
		for (String location : new String[] { "../secret.txt", secret.toString(), secret.toUri().toString() }) {
			Path map = strangersMap(location);
			assertEquals(ExitCode.FINDINGS, commandLine.run("validate", map.toString()));
			assertFalse(printed().contains("4321"), printed());
			assertTrue(printed().contains("document \u201cArticle\u201d (d1) cannot be read (" + location + ": "), printed());
		}
	}

	@Test
	void aLinkInTheFolderLeadingOutIsNotFollowed() throws IOException {
		Files.createSymbolicLink(maps.resolve("article.txt"), secret);
		Path map = strangersMap("article.txt");
		assertEquals(ExitCode.FINDINGS, commandLine.run("validate", map.toString()));
		assertTrue(printed().contains("article.txt: lies outside the map's folder " + maps), printed());
		assertFalse(printed().contains("4321"));
	}

	@Test
	void reanchorWriteCopiesNothingFromOutsideIntoTheMap() throws IOException {
		Path map = strangersMap("../secret.txt");
		byte[] before = Files.readAllBytes(map);
		commandLine.run("reanchor", "--write", map.toString());
		assertTrue(commandLine.err().contains("../secret.txt: lies outside the map's folder"), commandLine.err());
		assertArrayEquals(before, Files.readAllBytes(map));
		assertFalse(Files.readString(map).contains("4321"));
	}

	@Test
	void aFileTheUserAllowsByNameIsRead() throws IOException {
		Path map = strangersMap("../secret.txt");
		assertEquals(ExitCode.FINDINGS, commandLine.run("validate", "--allow-source", secret.toString(), map.toString()));
		// read now: the anchor's quote is compared with the real text, and nothing says the file went unread
		assertTrue(printed().contains("error: "), printed());
		assertFalse(printed().contains("cannot be read"), printed());
		assertEquals(ExitCode.FINDINGS, commandLine.run("reanchor", "--allow-source", root.toString(), map.toString()));
		assertFalse(commandLine.err().contains("lies outside"), commandLine.err());
	}

	@Test
	void importRefusesDocumentsOutsideTheNewMapsFolderAndWritesNothing() throws IOException {
		for (String location : new String[] { "../secret.txt", "/dev/zero", "file:///etc/passwd" }) {
			Path graphml = maps.resolve("shared.graphml");
			assertEquals(ExitCode.SUCCESS, commandLine.run("export", strangersMap(location).toString(), graphml.toString()),
					commandLine.err());
			Path imported = maps.resolve("imported.argmap");
			assertEquals(ExitCode.USAGE, commandLine.run("import", graphml.toString(), imported.toString()));
			assertTrue(commandLine.err().startsWith("argmap import: " + graphml + ": document \u201cArticle\u201d (d1): " + location
					+ ": "), commandLine.err());
			assertTrue(commandLine.err().contains("Nothing was written; add --allow-source PATH to accept it."));
			assertFalse(Files.exists(imported), location);
		}
	}

	@Test
	void importAcceptsAnOutsideDocumentTheUserAllows() throws IOException {
		Path graphml = maps.resolve("shared.graphml");
		commandLine.run("export", strangersMap("../secret.txt").toString(), graphml.toString());
		Path imported = maps.resolve("imported.argmap");
		assertEquals(ExitCode.SUCCESS,
				commandLine.run("import", "--allow-source", secret.toString(), graphml.toString(), imported.toString()));
		assertEquals("../secret.txt", MapStore.load(imported).getDocuments().get(0).getLocation());
	}

	@Test
	void importKeepsAWebAddressWhichNoMapCanRead() throws IOException {
		Path graphml = maps.resolve("shared.graphml");
		commandLine.run("export", strangersMap("https://example.org/article.html").toString(), graphml.toString());
		Path imported = maps.resolve("imported.argmap");
		assertEquals(ExitCode.SUCCESS, commandLine.run("import", graphml.toString(), imported.toString()), commandLine.err());
		assertEquals("https://example.org/article.html", MapStore.load(imported).getDocuments().get(0).getLocation());
	}

	/** What the last command printed, on either stream. */
	private String printed() {
		return commandLine.out() + commandLine.err();
	}

	/** A map in {@code maps/} whose one document is at {@code location}, with an anchor made on other text. */
	private Path strangersMap(String location) throws IOException {
		Path mapFile = maps.resolve("stranger.argmap");
		ArgumentMap map = MapElements.newMap("Stranger");
		SourceDocument document = MapElements.newDocument("Article", location);
		document.setId("d1");
		document.setSha256("0".repeat(64));
		map.getDocuments().add(document);
		Claim claim = MapElements.newClaim("Public claim");
		claim.getAnchors().add(TextAnchors.create(document, DECOY, 0, 20));
		map.getNodes().add(claim);
		Files.deleteIfExists(mapFile);
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(map);
		MapStore.save(resource, mapFile);
		return mapFile;
	}
}

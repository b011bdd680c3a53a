package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.OutsideMapFolderException;
import org.argmap.core.text.SourcePolicy;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map reads documents from its own folder tree only, unless the user allowed a file or folder by name. */
class SourcePolicyTest {

	@TempDir
	Path root;
	private Path maps;
	private Path mapFile;
	private Path outside;

	@BeforeEach
	void folders() throws IOException {
		maps = Files.createDirectories(root.resolve("maps"));
		mapFile = maps.resolve("debate.argmap");
		Files.writeString(Files.createDirectories(maps.resolve("articles")).resolve("a.txt"), "inside");
		outside = Files.createDirectories(root.resolve("private"));
		Files.writeString(outside.resolve("diary.txt"), "secret");
	}

	@Test
	void documentsInTheMapsFolderTreeAreRead() throws DocumentLoadException {
		assertEquals("inside", DocumentLoader.load(mapFile, document("articles/a.txt"), SourcePolicy.mapFolderOnly()).text());
		assertEquals("inside", DocumentLoader.load(mapFile, document("./articles/../articles/a.txt"),
				SourcePolicy.mapFolderOnly()).text());
	}

	@Test
	void pathsLeavingTheFolderAreRefusedNamingTheLocationAndTheFolder() {
		OutsideMapFolderException e = refused("../private/diary.txt", SourcePolicy.mapFolderOnly());
		assertEquals("../private/diary.txt: lies outside the map's folder " + maps
				+ "; a map reads documents from its own folder only, unless you allow the file", e.getMessage());
		assertEquals(outside.resolve("diary.txt"), e.getFile());
		refused("articles/../../private/diary.txt", SourcePolicy.mapFolderOnly());
	}

	@Test
	void absolutePathsAndFileUrisAreRefusedEvenIntoTheFolder() {
		Path inside = maps.resolve("articles/a.txt");
		for (String location : new String[] { outside.resolve("diary.txt").toString(), "/etc/passwd",
				"file:///etc/passwd", inside.toString(), inside.toUri().toString() }) {
			OutsideMapFolderException e = refused(location, SourcePolicy.mapFolderOnly());
			assertEquals(location + ": is an absolute location; a map names its documents relative to its folder "
					+ maps + ", and reads others only when you allow them", e.getMessage());
		}
	}

	@Test
	void symbolicLinksLeadingOutOfTheFolderAreRefused() throws IOException {
		Files.createSymbolicLink(maps.resolve("link.txt"), outside.resolve("diary.txt"));
		Files.createSymbolicLink(maps.resolve("linked-folder"), outside);
		refused("link.txt", SourcePolicy.mapFolderOnly());
		refused("linked-folder/diary.txt", SourcePolicy.mapFolderOnly());
		refused("linked-folder/not-there-yet.txt", SourcePolicy.mapFolderOnly());
	}

	@Test
	void aRefusedLinkNamesTheFileItLeadsTo() throws IOException {
		Files.createSymbolicLink(maps.resolve("notes.txt"), outside.resolve("diary.txt"));
		OutsideMapFolderException e = refused("notes.txt", SourcePolicy.mapFolderOnly());
		assertEquals(outside.resolve("diary.txt").toRealPath(), e.getFile(), "the user is asked about the diary, not the link");
	}

	@Test
	void aLinkInAnAllowedFolderLeadingOutOfItIsRefused() throws IOException {
		Path shared = Files.createDirectories(root.resolve("shared"));
		Files.createSymbolicLink(shared.resolve("link.txt"), outside.resolve("diary.txt"));
		SourcePolicy sharedAllowed = SourcePolicy.allowing(List.of(shared));
		refused("../shared/link.txt", sharedAllowed);
		refused(shared.resolve("link.txt").toString(), sharedAllowed);
	}

	@Test
	void symbolicLinksWithinTheFolderAreFollowed() throws IOException, DocumentLoadException {
		Files.createSymbolicLink(maps.resolve("same.txt"), maps.resolve("articles/a.txt"));
		assertEquals("inside", DocumentLoader.load(mapFile, document("same.txt"), SourcePolicy.mapFolderOnly()).text());
	}

	@Test
	void aMapInALinkedFolderReadsThatFoldersDocuments() throws IOException, DocumentLoadException {
		Path link = Files.createSymbolicLink(root.resolve("shortcut"), maps);
		assertEquals("inside", DocumentLoader.load(link.resolve("debate.argmap"), document("articles/a.txt"),
				SourcePolicy.mapFolderOnly()).text());
	}

	@Test
	void whatTheUserAllowedByNameIsRead() throws DocumentLoadException {
		SourcePolicy folderAllowed = SourcePolicy.allowing(List.of(outside));
		assertEquals("secret", DocumentLoader.load(mapFile, document("../private/diary.txt"), folderAllowed).text());
		assertEquals("secret", DocumentLoader.load(mapFile, document(outside.resolve("diary.txt").toUri().toString()),
				folderAllowed).text());
		SourcePolicy fileAllowed = SourcePolicy.allowing(List.of(outside.resolve("diary.txt")));
		assertEquals("secret", DocumentLoader.load(mapFile, document("../private/diary.txt"), fileAllowed).text());
		refused("../private/other.txt", fileAllowed);
		refused("../private-notes.txt", folderAllowed);
	}

	@Test
	void aRefusedDocumentIsNeverOpened() throws Exception {
		Path pipe = outside.resolve("pipe.txt");
		assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
		// opening a pipe would wait for a writer forever: refusal must come first
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused("../private/pipe.txt", SourcePolicy.mapFolderOnly()));
	}

	private OutsideMapFolderException refused(String location, SourcePolicy policy) {
		return assertThrows(OutsideMapFolderException.class, () -> DocumentLoader.load(mapFile, document(location), policy));
	}

	private static SourceDocument document(String location) {
		return MapElements.newDocument("Doc", location);
	}
}

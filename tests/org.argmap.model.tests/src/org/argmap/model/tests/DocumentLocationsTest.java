package org.argmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.DocumentLocations;
import org.junit.jupiter.api.Test;

class DocumentLocationsTest {

	private static final Path MAP = Path.of("/home/ana/debates/ai-wall.argmap");

	private static void assertRoundTrip(String expectedLocation, Path document) {
		String location = DocumentLocations.locationFor(MAP, document);
		assertEquals(expectedLocation, location);
		SourceDocument source = MapElements.newDocument("d", location);
		assertEquals(document, DocumentLocations.resolve(MAP, source));
	}

	@Test
	void documentBesideTheMap() {
		assertRoundTrip("juijn.txt", Path.of("/home/ana/debates/juijn.txt"));
	}

	@Test
	void documentInASubfolder() {
		assertRoundTrip("corpus/casey%20winter.txt", Path.of("/home/ana/debates/corpus/casey winter.txt"));
	}

	@Test
	void documentElsewhereOnTheDisk() {
		assertRoundTrip("../../shared/obsolete.txt", Path.of("/home/shared/obsolete.txt"));
	}

	@Test
	void mapMovedWithItsFolderStillFindsItsDocuments() {
		SourceDocument source = MapElements.newDocument("d", "corpus/a.txt");
		assertEquals(Path.of("/mnt/usb/debates/corpus/a.txt"),
				DocumentLocations.resolve(Path.of("/mnt/usb/debates/ai-wall.argmap"), source));
	}
}

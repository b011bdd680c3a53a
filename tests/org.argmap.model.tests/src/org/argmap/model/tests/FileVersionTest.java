package org.argmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.argmap.model.persistence.FileVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor's record of the file it read: a change by something else is told by the content alone. */
class FileVersionTest {

	@TempDir
	Path folder;

	@Test
	void aFileTouchedOrWrittenAgainUnchangedIsNoChangeButOtherContentOfTheSameSizeIs() throws IOException {
		Path file = Files.writeString(folder.resolve("debate.argmap"), "<map label=\"one\"/>");
		FileVersion read = FileVersion.of(file);

		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
		assertFalse(read.changedIn(file), "touched");
		Files.writeString(file, "<map label=\"one\"/>");
		assertFalse(read.changedIn(file), "written again unchanged");

		Files.writeString(file, "<map label=\"two\"/>");
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
		assertTrue(read.changedIn(file), "same size and date, other content");
	}

	@Test
	void otherContentWrittenWithinOneTickOfTheFileClockIsAChangeThoughTimeAndSizeAreEqual() throws IOException {
		Path file = Files.writeString(folder.resolve("debate.argmap"), "<map label=\"one\"/>");
		FileVersion read = FileVersion.of(file);
		FileTime written = Files.getLastModifiedTime(file);

		Files.writeString(file, "<map label=\"two\"/>");
		Files.setLastModifiedTime(file, written); // both writes within one tick: the file keeps its time

		assertTrue(read.changedIn(file));
	}

	@Test
	void aFileThatIsGoneHasNoVersionAndIsNoChangeToOverwrite() throws IOException {
		Path file = Files.writeString(folder.resolve("debate.argmap"), "<map/>");
		FileVersion read = FileVersion.of(file);
		Files.delete(file);

		assertFalse(read.changedIn(file));
		assertNull(FileVersion.of(file));
	}
}

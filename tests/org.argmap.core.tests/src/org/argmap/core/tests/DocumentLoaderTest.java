package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.DocumentText;
import org.argmap.core.text.SourcePolicy;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {

	@TempDir
	Path folder;

	private Path write(String name, byte[] content) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, content);
		return file;
	}

	private String failure(Path file) {
		DocumentLoadException e = assertThrows(DocumentLoadException.class, () -> DocumentLoader.load(file));
		return e.getMessage();
	}

	@Test
	void utf8TextWithCrLfLineEndsBecomesTheSameTextAsWithLf() throws IOException {
		DocumentText crlf = DocumentLoader.load(write("a.txt", "Line one \u2014 caf\u00e9\r\nLine two\r\n".getBytes(StandardCharsets.UTF_8)));
		DocumentText lf = DocumentLoader.load(write("b.txt", "Line one \u2014 caf\u00e9\nLine two\n".getBytes(StandardCharsets.UTF_8)));
		assertEquals("Line one \u2014 caf\u00e9\nLine two\n", crlf.text());
		assertEquals(lf.sha256(), crlf.sha256());
		assertEquals("text/plain", crlf.mediaType());
		assertEquals("", crlf.notice());
	}

	@Test
	void sameFileAlwaysGivesTheSameHash() throws IOException {
		Path file = write("c.md", "# Title\n\nBody".getBytes(StandardCharsets.UTF_8));
		assertEquals(DocumentLoader.load(file).sha256(), DocumentLoader.load(file).sha256());
		assertEquals("text/markdown", DocumentLoader.load(file).mediaType());
		// what `printf '# Title\n\nBody' | sha256sum` prints
		assertEquals("b7b510d34e84878ec3d4d2bdc287f223faef14f09c59bd3b51597c88a3d260c7", DocumentLoader.load(file).sha256());
	}

	@Test
	void byteOrderMarksAreHonouredAndDropped() throws IOException {
		byte[] utf8 = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', 'i' };
		byte[] utf16le = { (byte) 0xff, (byte) 0xfe, 'h', 0, 'i', 0 };
		assertEquals("hi", DocumentLoader.load(write("bom8.txt", utf8)).text());
		assertEquals("hi", DocumentLoader.load(write("bom16.txt", utf16le)).text());
	}

	@Test
	void invalidUtf8FallsBackToWindows1252AndSaysSo() throws IOException {
		byte[] latin1 = "caf\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));
		DocumentText text = DocumentLoader.load(write("old.txt", latin1));
		assertEquals("caf\u00e9 \u201cquoted\u201d", text.text());
		assertEquals("not valid UTF-8; read as Windows-1252", text.notice());
	}

	@Test
	void binaryFileIsRefused() throws IOException {
		Path file = write("image.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		assertEquals(file + ": the document holds binary data, not text", failure(file));
	}

	@Test
	void emptyFileIsRefused() throws IOException {
		Path file = write("empty.txt", new byte[0]);
		assertEquals(file + ": the document is empty", failure(file));
	}

	@Test
	void missingFileIsReported() {
		Path file = folder.resolve("moved-away.txt");
		assertEquals(file + ": the document does not exist", failure(file));
	}

	@Test
	void hugeFileIsRefusedBeforeItIsRead() throws IOException {
		Path file = folder.resolve("huge.txt");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(200L * 1024 * 1024);
		}
		assertEquals(file + ": the document is 200 MB; Argmap reads documents up to 64 MB", failure(file));
	}

	@Test
	void devicesPipesAndFoldersAreRefusedWithoutBeingOpened() throws Exception {
		Path pipe = folder.resolve("pipe.txt");
		assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
		// before, /dev/zero was read until the heap ran out and a pipe waited for a writer forever
		for (Path notAFile : new Path[] { Path.of("/dev/zero"), pipe, folder }) {
			DocumentLoadException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
					() -> assertThrows(DocumentLoadException.class, () -> DocumentLoader.load(notAFile)));
			assertEquals(notAFile + ": is not a regular file (a device, a pipe or a folder); Argmap reads documents "
					+ "from files only", e.getMessage());
		}
	}

	@Test
	void aLocationThatIsNoFileIsRefusedWithoutReachingForIt() {
		for (String location : new String[] { "http://127.0.0.1:9/article.txt", "mailto:someone@example.org" }) {
			SourceDocument document = MapElements.newDocument("Remote", location);
			DocumentLoadException e = assertThrows(DocumentLoadException.class,
					() -> DocumentLoader.load(folder.resolve("map.argmap"), document, SourcePolicy.mapFolderOnly()));
			assertEquals(location + ": is not a file on this computer; Argmap reads a map's documents from files only",
					e.getMessage());
		}
	}
}

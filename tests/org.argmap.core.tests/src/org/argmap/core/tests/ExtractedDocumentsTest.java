package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.DocumentText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML and PDF sources become the text a reader sees, the same every time. */
class ExtractedDocumentsTest {

	@TempDir
	Path folder;

	@Test
	void htmlGivesVisibleTextWithBlocksOnTheirOwnLines() throws IOException {
		Path page = folder.resolve("post.html");
		Files.writeString(page, """
				<!DOCTYPE html><html><head><title>Ignored</title><style>p { color: red }</style>
				<script>var hidden = "not text";</script></head>
				<body><h1>Is AI progress   hitting a wall?</h1>
				<p>Pre-training <em>returns</em> are
				   plateauing &mdash; but reasoning &amp; search scale.</p>
				<ul><li>One</li><li>Two</li></ul><div>Last<br>line</div></body></html>
				""", StandardCharsets.UTF_8);

		DocumentText text = DocumentLoader.load(page);

		assertEquals("Is AI progress hitting a wall?\nPre-training returns are plateauing \u2014 but reasoning & search scale.\n"
				+ "One\nTwo\nLast\nline\n", text.text());
		assertEquals("text/html", text.mediaType());
		assertEquals(text.sha256(), DocumentLoader.load(page).sha256());
	}

	@Test
	void htmlWithAnEntityDeclarationReadsNothingFromOutside() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET");
		Path page = folder.resolve("hostile.htm");
		Files.writeString(page, "<!DOCTYPE x [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]><p>&leak;</p>");
		assertTrue(!DocumentLoader.load(page).text().contains("TOP-SECRET"));
	}

	@Test
	void pdfGivesItsText() throws IOException {
		Path pdf = folder.resolve("essay.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Deep learning is probably not hitting a wall.");
				content.newLineAtOffset(0, -16);
				content.showText("Post-training keeps improving models.");
				content.endText();
			}
			document.save(pdf.toFile());
		}

		DocumentText text = DocumentLoader.load(pdf);

		assertEquals("Deep learning is probably not hitting a wall.\nPost-training keeps improving models.\n", text.text());
		assertEquals("application/pdf", text.mediaType());
	}

	@Test
	void damagedPdfIsReportedNotThrown() throws IOException {
		Path pdf = folder.resolve("damaged.pdf");
		Files.write(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage".getBytes(StandardCharsets.US_ASCII));
		DocumentLoadException failure = assertThrows(DocumentLoadException.class, () -> DocumentLoader.load(pdf));
		assertTrue(failure.getMessage().startsWith(pdf + ": "), failure.getMessage());
	}

	@Test
	void chainOfThoughtPostWithLeftoverMarkupLoadsAsPlainText() throws IOException {
		// The corpus keeps pasted markup as text: a .txt file is never parsed as HTML.
		Path post = folder.resolve("cot.txt");
		Files.writeString(post, "<table><tr><td>Chain of Thought</td></tr></table>\nIs AI progress hitting a wall?\n");
		assertTrue(DocumentLoader.load(post).text().startsWith("<table><tr><td>Chain of Thought"));
	}
}

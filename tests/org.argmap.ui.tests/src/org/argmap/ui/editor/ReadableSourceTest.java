package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.argmap.core.text.DocumentLoader;
import org.argmap.interchange.NodeKinds;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.sample.SampleMap;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample map's Chain of Thought article, stored with the HTML it was pasted with, reads without it in the
 * source pane; passages chosen in that readable text are stored by the file's own characters, and Show Stored
 * Source shows the file as it is.
 */
class ReadableSourceTest {

	private static final String CHAIN_OF_THOUGHT = "chain-of-thought_is-ai-progress-hitting-a-wall.txt";

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	/** Chooses the document in the pane's selector, as a user does. */
	private static void choose(MapEditor editor, SourceDocument document) {
		Combo selector = (Combo) Arrays.stream(editor.sourcePane().control().getChildren())
				.filter(Combo.class::isInstance).findFirst().orElseThrow();
		selector.select(editor.map().getDocuments().indexOf(document));
		selector.notifyListeners(SWT.Selection, new Event());
		Workbench.settle();
	}

	/** The lines of text the pane shows above the document. */
	private static List<String> shownLines(MapEditor editor) {
		return Arrays.stream(editor.sourcePane().control().getChildren())
				.filter(control -> control instanceof Label && control.isVisible()).map(control -> ((Label) control).getText())
				.toList();
	}

	@Test
	void pastedHtmlIsHiddenWhileAnchorsKeepToTheStoredCharacters() throws Exception {
		Path mapFile = SampleMap.write(folder.resolve("sample"));
		Path article = mapFile.resolveSibling(SampleMap.SOURCES).resolve(CHAIN_OF_THOUGHT);
		byte[] shipped = Files.readAllBytes(article);
		String stored = DocumentLoader.load(article).text();
		MapEditor editor = Workbench.open(mapFile);
		SourceDocument document = editor.map().getDocuments().stream()
				.filter(candidate -> candidate.getLocation().endsWith(CHAIN_OF_THOUGHT)).findFirst().orElseThrow();
		choose(editor, document);

		String shown = Workbench.sourceText(editor).getText();
		assertFalse(shown.contains("<table"), "no HTML is shown: " + shown.substring(0, 120));
		assertFalse(shown.contains("![]()"), "no Markdown image is shown");
		assertTrue(shown.startsWith("Is AI Progress Hitting a Wall?\nby"), shown.substring(0, 120));
		assertTrue(shownLines(editor).contains(Messages.Source_readableShown), "the pane says it shows readable text");

		// each passage of the article is highlighted on its readable words, in its node's colour
		int highlighted = 0;
		for (Node node : editor.map().getNodes()) {
			for (TextAnchor anchor : node.getAnchors()) {
				if (anchor.getDocument() == document) {
					int at = shown.indexOf(anchor.getExact());
					assertTrue(at >= 0, anchor.getExact() + " reads as stored");
					RGB colour = ArgmapPreferences.colour(NodeKinds.of(node));
					Workbench.waitUntil(() -> colour.equals(Workbench.sourceBackgroundAt(editor, at + anchor.getExact().length() / 2)),
							"the passage " + anchor.getExact() + " to be painted");
					highlighted++;
				}
			}
		}
		assertTrue(highlighted >= 3, "the article carries passages: " + highlighted);

		// a passage chosen across the hidden HTML is stored with it
		String chosen = "Wall?\nby";
		int start = shown.indexOf(chosen);
		Workbench.sourceText(editor).setFocus();
		Workbench.sourceText(editor).setSelection(start, start + chosen.length());
		Workbench.settle();
		Workbench.run("org.argmap.ui.createClaim");
		Claim claim = assertInstanceOf(Claim.class, editor.map().getNodes().get(editor.map().getNodes().size() - 1));
		TextAnchor anchor = claim.getAnchors().get(0);
		int storedStart = stored.indexOf("Wall?");
		int storedEnd = stored.indexOf("<td>by ") + "<td>by".length();
		assertEquals(storedStart, anchor.getStart());
		assertEquals(storedEnd, anchor.getEnd());
		assertEquals(stored.substring(storedStart, storedEnd), anchor.getExact());
		assertTrue(anchor.getExact().contains("<table><tr><td><img alt=\"Chain of Thought\""), anchor.getExact());
		Workbench.waitUntil(() -> ArgmapPreferences.colour("claim").equals(Workbench.sourceBackgroundAt(editor, start + 1)),
				"the new passage to be highlighted in the readable text");

		// Show Stored Source shows the file as stored, with the new passage on its stored characters
		Workbench.run("org.argmap.ui.showStoredSource");
		assertEquals(stored, Workbench.sourceText(editor).getText());
		assertTrue(shownLines(editor).contains(Messages.Source_storedShown), "the pane says it shows the stored source");
		Workbench.waitUntil(() -> ArgmapPreferences.colour("claim").equals(Workbench.sourceBackgroundAt(editor, storedEnd - 1)),
				"the new passage to be highlighted in the stored source");
		assertEquals(new Point(storedStart, storedEnd), Workbench.sourceText(editor).getSelection(), "the selection stays on its characters");
		Workbench.run("org.argmap.ui.showStoredSource");
		assertEquals(shown, Workbench.sourceText(editor).getText(), "the readable text is back");

		Workbench.run("org.eclipse.ui.file.save");
		assertArrayEquals(shipped, Files.readAllBytes(article), "the article's file is never written");
	}
}

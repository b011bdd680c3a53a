package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.argmap.model.Node;
import org.argmap.model.TextAnchor;
import org.argmap.ui.handlers.ImportAnnotationsHandler;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Map > Import Annotations: a file of W3C Web Annotations onto the open map, as one edit that Undo takes back. */
class ImportAnnotationsTest {

	private static final String TITLE = "Import Annotations";

	@TempDir
	Path folder;

	@AfterEach
	void closeEverything() {
		Workbench.closeAll();
	}

	@Test
	void annotationsBecomeAnchoredNodesInTheGraphAndUndoTakesThemAway() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		int start = MapOnDisk.TEXT.indexOf(MapOnDisk.REASONING);
		Path annotations = Files.writeString(folder.resolve("notes.jsonld"), """
				[{"@context":"http://www.w3.org/ns/anno.jsonld","id":"https://hyp.example/a/7","type":"Annotation",
				  "bodyValue":"Inference-time scaling is a new curve",
				  "target":{"source":"obsolete.txt","selector":[
				    {"type":"TextQuoteSelector","exact":"%s"},
				    {"type":"TextPositionSelector","start":%d,"end":%d}]}},
				 {"type":"Annotation","bodyValue":"elsewhere","target":{"source":"https://example.org/other",
				   "selector":{"type":"TextQuoteSelector","exact":"x"}}}]
				""".formatted(MapOnDisk.REASONING, start, start + MapOnDisk.REASONING.length()));

		String told = importWhileAnswering(editor, annotations);
		assertTrue(told.startsWith("1 anchor(s) added to the map's documents, 1 of them on new nodes."), told);
		assertTrue(told.contains("annotations of documents this map does not have left out: https://example.org/other"),
				told);
		assertEquals(1, editor.map().getNodes().size());
		Node node = editor.map().getNodes().get(0);
		assertEquals("Inference-time scaling is a new curve", node.getText());
		TextAnchor anchor = node.getAnchors().get(0);
		assertEquals(MapOnDisk.REASONING, MapOnDisk.TEXT.substring(anchor.getStart(), anchor.getEnd()));
		Workbench.waitUntil(() -> editor.graph().layout() != null && editor.graph().layout().boxes().containsKey(node),
				"the new node to be drawn");
		assertTrue(editor.isDirty());

		Workbench.run("org.eclipse.ui.edit.undo");
		assertEquals(0, editor.map().getNodes().size(), "one undo takes the import away");
	}

	/** Runs the import as the handler does once a file is chosen, reads the dialog that tells what happened, OK. */
	private static String importWhileAnswering(MapEditor editor, Path annotations) throws Exception {
		AtomicReference<String> told = new AtomicReference<>();
		Dialogs.whileOpen(() -> ImportAnnotationsHandler.importAnnotations(editor, annotations), TITLE, dialog -> {
			told.set(Dialogs.all(dialog, Label.class).stream().map(Label::getText).filter(text -> !text.isEmpty())
					.collect(Collectors.joining("\n")));
			Dialogs.press(dialog, "OK");
		});
		return told.get();
	}
}

package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.argmap.core.corpus.CorpusFolder;
import org.argmap.interchange.corpus.CorpusDocument;
import org.argmap.interchange.corpus.CorpusImport;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.Node;
import org.argmap.ui.views.CorpusView;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Corpus view on a corpus imported from a brat essay beside a document nobody annotated: it lists both
 * documents and the map with their counts and annotators, searches on Enter in its field, and a double-clicked
 * hit opens the map with the node selected and the words it found highlighted in the source pane. Saving a map
 * of the corpus updates its index.
 */
class CorpusViewTest {

	private static final String ESSAY = "Uniforms help. School uniforms reduce bullying, because nobody compares brands.\n";

	@TempDir
	Path folder;

	@AfterEach
	void close() {
		Workbench.page().hideView(Workbench.page().findView(CorpusView.ID));
		Workbench.closeAll();
	}

	@Test
	void listsSearchesAndOpensTheNodeOfAHit() throws Exception {
		Path corpus = importEssay();
		Files.writeString(corpus.resolve("later.txt"), "An essay on homework, not yet annotated.");

		CorpusView view = (CorpusView) Workbench.page().showView(CorpusView.ID);
		view.setCorpus(corpus);
		Table files = view.files().getTable();
		Workbench.waitUntil(() -> files.getItemCount() == 3, "the corpus is listed");
		assertEquals(List.of("essay001.argmap|map|2|2|0|essay001.argmap|essay001.txt",
				"essay001.txt|document|2|2|0|essay001.argmap|essay001.argmap", "later.txt|not annotated|0|0|0||"),
				rows(files));

		view.query().setText("brands");
		view.query().notifyListeners(SWT.DefaultSelection, new Event());
		Table hits = view.hits().getTable();
		Workbench.waitUntil(() -> hits.getItemCount() == 2, "both hits are listed");
		int nodeRow = Arrays.asList(hits.getItems()).indexOf(Arrays.stream(hits.getItems())
				.filter(item -> item.getText(1).equals("claim")).findFirst().orElseThrow());
		hits.setSelection(nodeRow);
		hits.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.waitUntil(() -> Workbench.page().getActiveEditor() instanceof MapEditor editor
				&& editor.selectedNode() != null, "the hit's map opens with its node selected");
		MapEditor editor = (MapEditor) Workbench.page().getActiveEditor();
		assertEquals("nobody compares brands", editor.selectedNode().getText());
		assertFound(editor, "brands");
	}

	@Test
	void aDocumentHitShowsTheDocumentWithTheFoundWordsHighlighted() throws Exception {
		Path corpus = importEssay();
		CorpusView view = (CorpusView) Workbench.page().showView(CorpusView.ID);
		view.setCorpus(corpus);
		Workbench.waitUntil(() -> view.files().getTable().getItemCount() == 2, "the corpus is listed");

		view.query().setText("help");
		view.query().notifyListeners(SWT.DefaultSelection, new Event());
		Table hits = view.hits().getTable();
		Workbench.waitUntil(() -> hits.getItemCount() == 1, "the document's hit is listed");
		assertEquals("document", hits.getItem(0).getText(1));
		hits.setSelection(0);
		hits.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.waitUntil(() -> Workbench.page().getActiveEditor() instanceof MapEditor, "the document's map opens");
		MapEditor editor = (MapEditor) Workbench.page().getActiveEditor();
		assertFound(editor, "help");
		StyledText text = editor.sourcePane().viewer().getTextWidget();
		StyleRange before = text.getStyleRangeAtOffset(ESSAY.indexOf("help") - 2);
		assertTrue(before == null || !SourcePane.FOUND_COLOUR.equals(before.background == null ? null : before.background.getRGB()),
				"only the found word is highlighted");
	}

	@Test
	void savingAMapOfTheCorpusUpdatesItsIndexSoASearchFindsTheNewText() throws Exception {
		Path corpus = importEssay();
		CorpusView view = (CorpusView) Workbench.page().showView(CorpusView.ID);
		view.setCorpus(corpus);
		Table files = view.files().getTable();
		Workbench.waitUntil(() -> files.getItemCount() == 2, "the corpus is listed");
		view.query().setText("brands");
		view.query().notifyListeners(SWT.DefaultSelection, new Event());
		Table hits = view.hits().getTable();
		Workbench.waitUntil(() -> hits.getItemCount() == 2, "the first search built the index");

		files.setSelection(0);
		files.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.waitUntil(() -> Workbench.page().getActiveEditor() instanceof MapEditor, "the map opens");
		MapEditor editor = (MapEditor) Workbench.page().getActiveEditor();
		Node premise = editor.map().getNodes().stream().filter(node -> node.getText().contains("brands")).findFirst()
				.orElseThrow();
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), premise,
				ArgmapPackage.Literals.NODE__TEXT, "nobody compares zebras"));
		editor.doSave(new NullProgressMonitor());
		Job.getJobManager().join(CorpusIndexUpdate.FAMILY, null);
		FileTime saved = Files.getLastModifiedTime(corpus.resolve("essay001.argmap"));
		try (Stream<Path> index = Files.list(corpus.resolve(CorpusFolder.INDEX_FOLDER))) {
			assertTrue(index.anyMatch(file -> lastModified(file).compareTo(saved) >= 0),
					"the save wrote the index, before any search");
		}

		view.query().setText("zebras");
		view.query().notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.waitUntil(() -> hits.getItemCount() == 1, "the saved text is found");
		assertEquals("essay001.argmap|claim", row(hits.getItem(0)).substring(0, "essay001.argmap|claim".length()));
	}

	private static FileTime lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Waits until the essay is shown with {@code word} in the found words' colour, and bold. */
	private static void assertFound(MapEditor editor, String word) {
		StyledText text = editor.sourcePane().viewer().getTextWidget();
		int at = ESSAY.indexOf(word);
		Workbench.waitUntil(() -> ESSAY.equals(text.getText()) && found(text, at) && found(text, at + word.length() - 1),
				"the found word is highlighted in the source pane");
	}

	private static boolean found(StyledText text, int offset) {
		StyleRange style = text.getStyleRangeAtOffset(offset);
		return style != null && style.background != null && SourcePane.FOUND_COLOUR.equals(style.background.getRGB())
				&& (style.fontStyle & SWT.BOLD) != 0;
	}

	private Path importEssay() throws Exception {
		Path brat = Files.createDirectories(folder.resolve("brat"));
		Files.writeString(brat.resolve("essay001.txt"), ESSAY);
		Files.writeString(brat.resolve("essay001.ann"), span("T1", "MajorClaim", "School uniforms reduce bullying")
				+ span("T2", "Premise", "nobody compares brands") + "R1\tsupports Arg1:T2 Arg2:T1\n");
		Path corpus = folder.resolve("corpus");
		for (CorpusDocument document : CorpusImport.read(brat, null)) {
			CorpusImport.write(document, corpus);
		}
		return corpus;
	}

	/** Each row of {@code table} as its cells joined by {@code |}. */
	static List<String> rows(Table table) {
		return Arrays.stream(table.getItems()).map(CorpusViewTest::row).toList();
	}

	private static String row(TableItem item) {
		StringBuilder row = new StringBuilder(item.getText(0));
		for (int column = 1; column < item.getParent().getColumnCount(); column++) {
			row.append('|').append(item.getText(column));
		}
		return row.toString();
	}

	private static String span(String id, String type, String quote) {
		int start = ESSAY.indexOf(quote);
		return id + "\t" + type + " " + start + " " + (start + quote.length()) + "\t" + quote + "\n";
	}
}

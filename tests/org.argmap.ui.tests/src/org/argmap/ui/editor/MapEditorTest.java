package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.persistence.MapStore;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.argmap.ui.views.AnchorsView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotation workflow in the running workbench, on the real widgets: select text in the source pane,
 * create a node, see it highlighted, undo it, save, close and reopen; see lost passages in the Anchors view.
 */
class MapEditorTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	/** Selects {@code passage} in the source pane's text widget, as dragging the mouse over it does. */
	private static void select(MapEditor editor, String passage) {
		int start = MapOnDisk.TEXT.indexOf(passage);
		Workbench.sourceText(editor).setFocus();
		Workbench.sourceText(editor).setSelection(start, start + passage.length());
		Workbench.settle();
	}

	@Test
	void createClaimFromSelectionHighlightsItAndUndoRemovesIt() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		select(editor, MapOnDisk.WALL);

		Workbench.run("org.argmap.ui.createClaim");

		assertEquals(1, editor.map().getNodes().size());
		Claim claim = assertInstanceOf(Claim.class, editor.map().getNodes().get(0));
		assertEquals(MapOnDisk.WALL, claim.getText());
		TextAnchor anchor = claim.getAnchors().get(0);
		int start = MapOnDisk.TEXT.indexOf(MapOnDisk.WALL);
		assertEquals(start, anchor.getStart());
		assertEquals(start + MapOnDisk.WALL.length(), anchor.getEnd());
		assertEquals(MapOnDisk.WALL, anchor.getExact());
		assertEquals(AnchorStatus.ANCHORED, anchor.getStatus());
		assertTrue(editor.isDirty());
		// the source pane catches up right after the graph has shown the edit
		Workbench.waitUntil(() -> List.of(claim).equals(editor.sourcePane().highlights().stream().map(PassageAnnotation::node).toList()),
				"the passage to be highlighted");
		Workbench.waitUntil(() -> ArgmapPreferences.colour("claim").equals(Workbench.sourceBackgroundAt(editor, start + 3)),
				"the passage to be painted in the claim colour");
		assertNull(Workbench.sourceBackgroundAt(editor, 2), "text outside the passage stays plain");

		Workbench.run("org.eclipse.ui.edit.undo");
		assertTrue(editor.map().getNodes().isEmpty());
		Workbench.waitUntil(() -> editor.sourcePane().highlights().isEmpty(), "the highlight to be taken back");
		assertFalse(editor.isDirty());
		Workbench.waitUntil(() -> Workbench.sourceBackgroundAt(editor, start + 3) == null, "the highlight to go");

		Workbench.run("org.eclipse.ui.edit.redo");
		assertEquals(1, editor.map().getNodes().size());
	}

	@Test
	void savedClaimIsThereAndHighlightedAfterCloseAndReopen() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		select(editor, MapOnDisk.REASONING);
		Workbench.run("org.argmap.ui.createRebuttal");
		Workbench.run("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		Workbench.page().closeEditor(editor, false);
		Workbench.settle();

		MapEditor reopened = Workbench.open(disk.mapFile);
		Node rebuttal = reopened.map().getNodes().get(0);
		assertInstanceOf(Rebuttal.class, rebuttal);
		assertEquals(MapOnDisk.REASONING, rebuttal.getAnchors().get(0).getExact());
		assertEquals(1, reopened.sourcePane().highlights().size());
		int start = MapOnDisk.TEXT.indexOf(MapOnDisk.REASONING);
		Workbench.waitUntil(() -> ArgmapPreferences.colour("rebuttal").equals(Workbench.sourceBackgroundAt(reopened, start + 1)),
				"the rebuttal to be painted after reopening");
		assertTrue(MapStore.backupOf(disk.mapFile).toFile().exists(), "saving kept the previous version");
	}

	@Test
	void keyboardShortcutCreatesAnAnalogy() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		select(editor, "Is AI progress hitting a wall?");
		Display display = Display.getCurrent();
		post(display, SWT.KeyDown, SWT.CTRL, '\0');
		post(display, SWT.KeyDown, SWT.ALT, '\0');
		post(display, SWT.KeyDown, 0, 'a');
		post(display, SWT.KeyUp, 0, 'a');
		post(display, SWT.KeyUp, SWT.ALT, '\0');
		post(display, SWT.KeyUp, SWT.CTRL, '\0');
		Workbench.waitUntil(() -> !editor.map().getNodes().isEmpty(), "Ctrl+Alt+A to create an analogy");
		assertEquals("Is AI progress hitting a wall?", editor.map().getNodes().get(0).getText());
		assertEquals(3, ((org.argmap.model.Analogy) editor.map().getNodes().get(0)).getCriticalQuestions().size());
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
		Workbench.settle();
	}

	@Test
	void addCorrespondenceToTheSelectedAnalogyAndNameItsAspects() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		select(editor, MapOnDisk.REASONING);
		Workbench.run("org.argmap.ui.createAnalogy");
		org.argmap.model.Analogy analogy = (org.argmap.model.Analogy) editor.map().getNodes().get(0);
		editor.select(analogy);
		Workbench.run("org.argmap.ui.addCorrespondence");
		assertEquals(1, analogy.getCorrespondences().size());
		org.argmap.model.Correspondence correspondence = analogy.getCorrespondences().get(0);
		Workbench.waitUntil(() -> List.of(correspondence).equals(editor.selection().toList()), "the new correspondence to be selected");
		IPropertySource properties = new ItemPropertySources(editor.domain()).getPropertySource(correspondence);
		properties.setPropertyValue("sourceAspect", "learning to walk");
		assertEquals("learning to walk", correspondence.getSourceAspect());
		Workbench.run("org.eclipse.ui.edit.undo");
		Workbench.run("org.eclipse.ui.edit.undo");
		assertTrue(analogy.getCorrespondences().isEmpty());
	}

	@Test
	void emptySelectionCreatesNothing() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		Workbench.sourceText(editor).setSelection(5, 5);
		Workbench.run("org.argmap.ui.createClaim");
		assertTrue(editor.map().getNodes().isEmpty());
		assertFalse(editor.isDirty());
	}

	@Test
	void orphanedAnchorShowsUpInTheAnchorsView() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		Files.writeString(disk.source, "Is AI progress hitting a wall?\nNobody knows.\n", StandardCharsets.UTF_8);

		MapEditor editor = Workbench.open(disk.mapFile);
		AnchorsView view = (AnchorsView) Workbench.page().showView(AnchorsView.ID);
		Workbench.settle();

		TextAnchor anchor = editor.map().getNodes().get(0).getAnchors().get(0);
		assertEquals(AnchorStatus.ORPHANED, anchor.getStatus());
		assertEquals(1, view.table().getTable().getItemCount());
		assertEquals("orphaned", view.table().getTable().getItem(0).getText(0));
		assertEquals("", view.table().getTable().getItem(0).getText(1), "a lost passage has no confidence");
		assertEquals(MapOnDisk.WALL, view.table().getTable().getItem(0).getText(5));
		assertTrue(editor.isDirty(), "re-anchoring is an edit the user can undo or save");
		assertTrue(editor.sourcePane().highlights().isEmpty(), "a lost passage is not highlighted anywhere");

		view.table().setSelection(new org.eclipse.jface.viewers.StructuredSelection(anchor));
		Workbench.sourceText(editor).setSelection(0, 30);
		Workbench.settle();
		Workbench.run("org.eclipse.ui.edit.undo");
		assertEquals(AnchorStatus.ANCHORED, anchor.getStatus(), "undo takes the re-anchoring back");
	}

	@Test
	void anchorsViewShowsHowSureEachRelocationIsAndSortsByItWhenItsHeaderIsClicked() throws Exception {
		String question = "Is AI progress hitting a wall?";
		MapOnDisk disk = new MapOnDisk(folder, question, MapOnDisk.WALL, MapOnDisk.REASONING);
		// as `argmap reanchor --write` left it after the source changed and was re-read
		org.argmap.model.ArgumentMap saved = MapStore.load(disk.mapFile);
		relocated(saved.getNodes().get(0).getAnchors().get(0), 0.9);
		saved.getNodes().get(1).getAnchors().get(0).setStatus(AnchorStatus.ORPHANED);
		relocated(saved.getNodes().get(2).getAnchors().get(0), 0.42);
		MapStore.save(saved.eResource(), disk.mapFile);

		MapEditor editor = Workbench.open(disk.mapFile);
		AnchorsView view = (AnchorsView) Workbench.page().showView(AnchorsView.ID);
		Workbench.settle();
		Table table = view.table().getTable();
		assertEquals("Confidence", table.getColumn(1).getText());
		String question90 = "relocated 90% " + question;
		String wallOrphaned = "orphaned  " + MapOnDisk.WALL;
		String reasoning42 = "relocated 42% " + MapOnDisk.REASONING;
		assertEquals(List.of(question90, wallOrphaned, reasoning42), rows(table), "in map order until sorted");

		click(table.getColumn(1));
		assertEquals(List.of(wallOrphaned, reasoning42, question90), rows(table), "the doubtful first");
		assertEquals(table.getColumn(1), table.getSortColumn());
		assertEquals(SWT.UP, table.getSortDirection());
		click(table.getColumn(1));
		assertEquals(List.of(question90, reasoning42, wallOrphaned), rows(table));
		assertEquals(SWT.DOWN, table.getSortDirection());
		click(table.getColumn(0));
		assertEquals(List.of(wallOrphaned, reasoning42, question90), rows(table), "lost, then least sure");

		TextAnchor first = editor.map().getNodes().get(0).getAnchors().get(0);
		editor.domain().getCommandStack().execute(MapEdits.relocate(editor.domain(), first, first.getStart(),
				first.getEnd(), first.getExact(), first.getPrefix(), first.getSuffix(), 0.2));
		Workbench.waitUntil(() -> rows(table).equals(List.of(wallOrphaned, "relocated 20% " + question, reasoning42)),
				"the view to follow the new confidence, still sorted: " + rows(table));
		Workbench.run("org.eclipse.ui.edit.undo");
		Workbench.waitUntil(() -> rows(table).equals(List.of(wallOrphaned, reasoning42, question90)),
				"undo to give the old confidence back: " + rows(table));
	}

	private static void relocated(TextAnchor anchor, double confidence) {
		anchor.setStatus(AnchorStatus.RELOCATED);
		anchor.setConfidence(confidence);
	}

	/** Each row of the Anchors view as its status, confidence and passage. */
	private static List<String> rows(Table table) {
		return java.util.Arrays.stream(table.getItems())
				.map(item -> item.getText(0) + " " + item.getText(1) + " " + item.getText(5)).toList();
	}

	/** What SWT sends when the user clicks a column header. */
	private static void click(TableColumn header) {
		header.notifyListeners(SWT.Selection, new Event());
		Workbench.settle();
	}

	@Test
	void propertiesEditIsUndoable() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);
		Node claim = editor.map().getNodes().get(0);
		IPropertySource properties = new ItemPropertySources(editor.domain()).getPropertySource(claim);
		properties.setPropertyValue("label", "Wall");
		properties.setPropertyValue("tags", "thesis, scaling");
		assertEquals("Wall", claim.getLabel());
		assertEquals(List.of("thesis", "scaling"), claim.getTags());
		Workbench.run("org.eclipse.ui.edit.undo");
		Workbench.run("org.eclipse.ui.edit.undo");
		assertNull(claim.getLabel());
		assertFalse(editor.isDirty());
	}

	@Test
	void outlineFilterKeepsMatchingNodes() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.settle();
		MapOutlinePage outline = (MapOutlinePage) editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
		outline.filterBox().setText("plateau");
		Workbench.settle();
		assertEquals(1, outline.tree().getTree().getItem(1).getItemCount(), "the claim stays under Claims");
		outline.filterBox().setText("no such words");
		Workbench.settle();
		outline.tree().expandAll();
		assertEquals(0, outline.tree().getTree().getItem(1).getItemCount());
	}

	@Test
	void theOutlineListsClaimsAsTheFileHoldsThemSoReopeningShowsTheSameList() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		ArgumentMap older = MapStore.load(disk.mapFile);
		older.getNodes().get(0).setId("c-zq8k0f2m1q8zt"); // a random id, as versions before time-ordered ids made
		MapStore.save(older.eResource(), disk.mapFile);
		MapEditor editor = Workbench.open(disk.mapFile);
		select(editor, MapOnDisk.REASONING);
		Workbench.run("org.argmap.ui.createClaim");
		assertEquals(2, editor.map().getNodes().size());
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		// the Outline catches up with an edit after the graph has shown it
		Workbench.waitUntil(() -> claimsInOutline(editor).size() == 2, "the new claim in the Outline");
		List<String> beforeSaving = claimsInOutline(editor);

		Workbench.page().activate(editor);
		Workbench.run("org.eclipse.ui.file.save");
		Workbench.page().closeEditor(editor, false);
		Workbench.settle();
		MapEditor reopened = Workbench.open(disk.mapFile);
		Workbench.page().showView(IPageLayout.ID_OUTLINE);

		assertEquals(2, beforeSaving.size(), beforeSaving.toString());
		Workbench.waitUntil(() -> claimsInOutline(reopened).size() == 2, "the reopened map's claims in the Outline");
		assertEquals(beforeSaving, claimsInOutline(reopened));
	}

	private static List<String> claimsInOutline(MapEditor editor) {
		Workbench.settle();
		MapOutlinePage outline = (MapOutlinePage) editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
		outline.tree().expandAll();
		TreeItem claims = outline.tree().getTree().getItem(1);
		return Arrays.stream(claims.getItems()).map(TreeItem::getText).toList();
	}

	@Test
	void unsavedWorkIsCopiedAndTheCopyGoesOnSave() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		select(editor, MapOnDisk.WALL);
		Workbench.run("org.argmap.ui.createClaim");
		Thread autosave = new Thread(editor::autosaveNow);
		autosave.start();
		Workbench.waitUntil(() -> !autosave.isAlive(), "the autosave");
		Path copy = Autosave.unsavedWork(disk.mapFile);
		assertNotNull(copy, "an autosaved copy newer than the map");
		assertTrue(Files.readString(copy).contains(MapOnDisk.WALL));
		Workbench.run("org.eclipse.ui.file.save");
		assertNull(Autosave.unsavedWork(disk.mapFile));
	}

	@Test
	void damagedMapOpensAsAMessageNamingFileAndLine() throws Exception {
		Path broken = folder.resolve("broken.argmap");
		Files.writeString(broken, "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n<argmap:ArgumentMap xmlns:argmap=\"http://argmap.org/schema/argmap/1.0\"\n  title=\"cut off");
		MapEditor editor = org.argmap.ui.handlers.OpenMapHandler.open(Workbench.page(), broken);
		Workbench.settle();
		assertNull(editor.sourcePane());
		org.eclipse.swt.widgets.Text message = findMessage(editor.getSite().getShell());
		assertNotNull(message, "a message in the editor");
		assertTrue(message.getText().contains(broken.toString() + ":"), message.getText());
		assertEquals("<?xml version=\"1.1\" encoding=\"UTF-8\"?>", Files.readAllLines(broken).get(0), "file untouched");
		// the message holds the focus, so the window's keys such as Ctrl+O reach the workbench
		Workbench.page().activate(editor);
		Workbench.settle();
		assertEquals(message, message.getDisplay().getFocusControl());
	}

	private static org.eclipse.swt.widgets.Text findMessage(org.eclipse.swt.widgets.Composite root) {
		for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text && text.getText().startsWith("This map cannot be opened")) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Text found = findMessage(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}

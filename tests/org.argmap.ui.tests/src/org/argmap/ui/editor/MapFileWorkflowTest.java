package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.persistence.DocumentLocations;
import org.argmap.model.persistence.MapStore;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files around the editor: Save As elsewhere, adding documents, recovering autosaved work, preferences. */
class MapFileWorkflowTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
		ArgmapPreferences.store().setToDefault(ArgmapPreferences.COLOUR_PREFIX + "claim");
		ArgmapPreferences.store().setToDefault(ArgmapPreferences.ALLOWED_SOURCES);
	}

	@Test
	void saveAsInAnotherFolderKeepsTheDocumentsFound() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);
		Path elsewhere = folder.resolve("archive/2024/debate-copy.argmap");
		Files.createDirectories(elsewhere.getParent());
		editor.saveAs(elsewhere);
		Workbench.settle();
		assertEquals("debate-copy.argmap", editor.getPartName());
		assertEquals(elsewhere, editor.mapFile());
		SourceDocument document = MapStore.load(elsewhere).getDocuments().get(0);
		assertEquals("../../obsolete.txt", document.getLocation());
		assertEquals(disk.source.toAbsolutePath().normalize(),
				DocumentLocations.resolve(elsewhere, document).toAbsolutePath().normalize());
		assertFalse(editor.isDirty());

		// the document now lies outside the map's folder, but the user put it there: it is still read
		Workbench.closeAll();
		MapEditor reopened = Workbench.open(elsewhere);
		Workbench.waitUntil(reopened::textsLoaded, "the texts to be read");
		assertTrue(reopened.sourcePane().shownText().startsWith(MapOnDisk.TEXT.substring(0, 20)),
				reopened.sourcePane().shownText());
		assertEquals(List.of(disk.source.toRealPath()), ArgmapPreferences.allowedSources(elsewhere),
				"allowed for this map only");
		assertEquals(List.of(), ArgmapPreferences.allowedSources(folder.resolve("another.argmap")));
	}

	@Test
	void aDocumentOutsideTheMapsFolderIsReadOnlyOnceTheUserAllowsIt() throws Exception {
		Path maps = Files.createDirectories(folder.resolve("from-a-stranger"));
		Path secret = Files.writeString(folder.resolve("diary.txt"), "my bank PIN is 4321", StandardCharsets.UTF_8);
		Path mapFile = maps.resolve("debate.argmap");
		ArgumentMap map = MapElements.newMap("Stranger");
		map.getDocuments().add(MapElements.newDocument("Article", "../diary.txt"));
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(map);
		MapStore.save(resource, mapFile);

		MapEditor editor = Workbench.open(mapFile);
		Workbench.waitUntil(editor::textsLoaded, "the texts to be read");
		assertEquals(null, editor.sourcePane().shownText(), "nothing of the file is shown");
		Label notice = visibleChild(editor.sourcePane().control(), Label.class);
		assertTrue(notice.getText().startsWith("../diary.txt: lies outside the map's folder " + maps), notice.getText());
		Link allow = visibleChild(editor.sourcePane().control(), Link.class);
		assertEquals("<a>Allow reading " + secret.toRealPath() + "</a>", allow.getText().substring(0, allow.getText().indexOf("</a>") + 4));

		allow.notifyListeners(SWT.Selection, new Event());
		Workbench.waitUntil(() -> String.valueOf(editor.sourcePane().shownText()).contains("4321"), "the allowed document to be read");
		assertFalse(allow.isVisible());
		assertEquals(List.of(secret.toRealPath()), ArgmapPreferences.allowedSources(mapFile));
	}

	private static <T extends Control> T visibleChild(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && child.isVisible()) {
				return type.cast(child);
			}
		}
		throw new AssertionError("no visible " + type.getSimpleName() + " in the source pane");
	}

	@Test
	void saveAsNeverMakesARefusedDocumentReadable() throws Exception {
		Path stranger = Files.createDirectories(folder.resolve("downloads/stranger"));
		Path taxes = Files.writeString(folder.resolve("taxes.txt"), "income 123456", StandardCharsets.UTF_8);
		Path mapFile = stranger.resolve("debate.argmap");
		ArgumentMap strangers = MapElements.newMap("Stranger");
		strangers.getDocuments().add(MapElements.newDocument("Taxes", taxes.toString()));
		strangers.getDocuments().add(MapElements.newDocument("Up there", "../../taxes.txt"));
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(strangers);
		MapStore.save(resource, mapFile);
		MapEditor editor = Workbench.open(mapFile);

		// saved next to the file, the map would name it "taxes.txt" and read it without asking
		Path nextToIt = folder.resolve("debate.argmap");
		editor.saveAs(nextToIt);
		Workbench.closeAll();
		MapEditor reopened = Workbench.open(nextToIt);
		for (SourceDocument document : reopened.map().getDocuments()) {
			reopened.sourcePane().show(document);
			assertEquals(null, reopened.sourcePane().shownText(), document.getLocation() + " is still not read");
		}
		assertEquals(List.of(), ArgmapPreferences.allowedSources(nextToIt), "and nothing was allowed on the way");
	}

	@Test
	void aFailedSaveAsLeavesTheMapAndTheEditorExactlyAsTheyWere() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);
		byte[] before = serialized(editor);
		// a file stands where the new map's folder would be, so the save fails after the locations were rebased
		Path impossible = disk.source.resolve("archive").resolve("copy.argmap");

		Display display = Display.getCurrent();
		String[] message = { null };
		display.timerExec(500, () -> message[0] = pressAndRead(display, "Map Not Saved", "OK"));
		editor.saveAs(impossible);
		assertNotNull(message[0], "the failure was reported");
		assertTrue(message[0].startsWith(impossible.toString()), message[0]);
		assertArrayEquals(before, serialized(editor), "the model is byte for byte as it was");
		assertEquals(disk.mapFile, editor.mapFile());
		assertEquals("debate.argmap", editor.getPartName());
		assertFalse(editor.isDirty());
	}

	@Test
	void saveAsWithAGraphmlNameOffersTheExportAndKeepsTheMap() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);
		Path graphml = folder.resolve("for-gephi.graphml");
		Display display = Display.getCurrent();
		String[] question = { null };
		display.timerExec(500, () -> question[0] = pressAndRead(display, "Export Instead?", "Yes"));
		editor.saveAsOrExport(graphml.toString());
		assertTrue(question[0].startsWith("for-gephi.graphml names a file of another format: GraphML"), question[0]);
		Workbench.waitUntil(() -> Files.exists(graphml), "the export");
		assertTrue(Files.readString(graphml).contains("<graphml"));
		assertEquals(disk.mapFile, editor.mapFile(), "the editor still edits the map");
		assertFalse(Files.exists(folder.resolve("for-gephi.graphml.argmap")));
	}

	private static byte[] serialized(MapEditor editor) throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		editor.map().eResource().save(bytes, null);
		return bytes.toByteArray();
	}

	@Test
	void saveAsOntoAMapOpenInAnotherEditorIsRefusedWithItsName() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		Path otherFolder = Files.createDirectories(folder.resolve("other"));
		MapOnDisk other = new MapOnDisk(otherFolder, true);
		Path link = folder.resolve("link.argmap");
		Files.createSymbolicLink(link, other.mapFile);
		MapEditor editor = Workbench.open(disk.mapFile);
		Workbench.open(other.mapFile);
		byte[] before = Files.readAllBytes(other.mapFile);

		for (Path onto : new Path[] { other.mapFile, link }) {
			Display display = Display.getCurrent();
			String[] message = { null };
			display.timerExec(500, () -> message[0] = pressAndRead(display, "Map Not Saved", "OK"));
			editor.saveAs(onto);
			assertNotNull(message[0], "Save As onto " + onto + " was refused with a message");
			assertTrue(message[0].startsWith(onto + " is open in another editor (debate.argmap)"), message[0]);
			assertArrayEquals(before, Files.readAllBytes(other.mapFile), "the open map is untouched");
			assertFalse(Files.exists(MapStore.backupOf(other.mapFile)));
			assertEquals(disk.mapFile, editor.mapFile(), "the editor still edits its own file");
		}
	}

	@Test
	void savingAMapEditedBackToWhatIsOnDiskWritesNothingAndIsNoLongerDirty() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(disk.mapFile, longAgo);
		byte[] before = Files.readAllBytes(disk.mapFile);
		Claim claim = MapElements.newClaim("added, then deleted");
		editor.domain().getCommandStack().execute(MapEdits.createNode(editor.domain(), editor.map(), claim));
		editor.domain().getCommandStack().execute(MapEdits.delete(editor.domain(), List.of(claim)));
		Workbench.settle();
		assertTrue(editor.isDirty(), "two edits after the save");

		Workbench.run("org.eclipse.ui.file.save");

		assertFalse(editor.isDirty(), "saved, although nothing was written");
		assertArrayEquals(before, Files.readAllBytes(disk.mapFile));
		assertEquals(longAgo, Files.getLastModifiedTime(disk.mapFile), "the file was not rewritten");
		assertFalse(Files.exists(MapStore.backupOf(disk.mapFile)), "no backup of an unchanged map");
	}

	@Test
	void addedDocumentIsShownAndUndoRemovesIt() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		Path article = folder.resolve("juijn.md");
		Files.writeString(article, "# No wall\nDeep learning is probably not hitting a wall.\n", StandardCharsets.UTF_8);
		Path broken = folder.resolve("broken.pdf");
		Files.writeString(broken, "not a pdf at all");

		editor.addDocuments(List.of(article, broken));
		Workbench.waitUntil(() -> editor.map().getDocuments().size() == 2, "the readable document to be added");
		SourceDocument added = editor.map().getDocuments().get(1);
		assertEquals("juijn", added.getTitle());
		assertEquals("juijn.md", added.getLocation());
		assertEquals(added, editor.sourcePane().shownDocument(), "the new document is shown");
		assertTrue(editor.sourcePane().shownText().contains("probably not hitting a wall"));
		Workbench.run("org.eclipse.ui.edit.undo");
		assertEquals(1, editor.map().getDocuments().size());
	}

	@Test
	void autosavedWorkIsOfferedBackWhenTheMapOpens() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		Workbench.sourceText(editor).setSelection(MapOnDisk.TEXT.indexOf(MapOnDisk.WALL),
				MapOnDisk.TEXT.indexOf(MapOnDisk.WALL) + MapOnDisk.WALL.length());
		Workbench.run("org.argmap.ui.createClaim");
		byte[] unsaved = Autosave.serialize(editor.map().eResource());
		Workbench.page().closeEditor(editor, false); // as if Argmap had stopped: the copy is written again below
		Autosave.write(disk.mapFile, unsaved);
		Files.setLastModifiedTime(disk.mapFile, java.nio.file.attribute.FileTime.fromMillis(1_000));

		Display display = Display.getCurrent();
		boolean[] answered = { false };
		display.timerExec(500, () -> answered[0] = press(display, "Unsaved Changes", "Yes"));
		MapEditor reopened = Workbench.open(disk.mapFile);
		assertTrue(answered[0], "the workbench asked whether to restore the unsaved work");
		assertEquals(1, reopened.map().getNodes().size(), "the unsaved claim is back");
		assertTrue(reopened.isDirty(), "restored work is unsaved until the user saves it");
		Workbench.run("org.eclipse.ui.file.save");
		assertEquals(null, Autosave.unsavedWork(disk.mapFile));
		assertEquals(1, MapStore.load(disk.mapFile).getNodes().size());
	}

	@Test
	void changingAKindsColourRepaintsItsPassages() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);
		int inside = MapOnDisk.TEXT.indexOf(MapOnDisk.WALL) + 2;
		RGB green = new RGB(180, 240, 180);
		PreferenceConverter.setValue(ArgmapPreferences.store(), ArgmapPreferences.COLOUR_PREFIX + "claim", green);
		Workbench.waitUntil(() -> green.equals(Workbench.sourceBackgroundAt(editor, inside)),
				"the claim's passage to turn green");
	}

	/** Presses the button labelled {@code label} in the open dialog titled {@code title}. */
	private static boolean press(Display display, String title, String label) {
		for (Shell shell : display.getShells()) {
			if (title.equals(shell.getText())) {
				Button button = find(shell, label);
				assertNotNull(button, label + " in " + title);
				button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				return true;
			}
		}
		return false;
	}

	/** Presses {@code label} in the dialog titled {@code title} and answers the dialog's text, or null. */
	private static String pressAndRead(Display display, String title, String label) {
		for (Shell shell : display.getShells()) {
			if (title.equals(shell.getText())) {
				StringBuilder text = new StringBuilder();
				labels(shell, text);
				press(display, title, label);
				return text.toString();
			}
		}
		return null;
	}

	private static void labels(org.eclipse.swt.widgets.Composite parent, StringBuilder text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText());
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				labels(composite, text);
			}
		}
	}

	private static Button find(org.eclipse.swt.widgets.Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && button.getText().replace("&", "").equals(label)) {
				return button;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Button found = find(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}

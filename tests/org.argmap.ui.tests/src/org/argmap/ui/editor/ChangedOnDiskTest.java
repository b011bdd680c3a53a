package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.persistence.MapStore;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map file changed by something else while it is open (a pull, git in a terminal, {@code ./argmap} on the
 * same map): the editor takes it in when the user comes back to it, asks before replacing unsaved changes, and
 * asks before saving over it, so that nobody's work is lost without a word.
 */
class ChangedOnDiskTest {

	private static final String TITLE = "Map Changed on Disk";

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	/** What a teammate's change, pulled in a terminal, does to the file. */
	private static void changeOnDisk(Path file, String label) throws IOException {
		ArgumentMap theirs = MapStore.load(file);
		theirs.getNodes().get(0).setLabel(label);
		MapStore.save(theirs.eResource(), file);
	}

	/** Goes to another part and back to the editor, as a user coming back from a terminal does. */
	private static void leaveAndComeBack(MapEditor editor) throws PartInitException {
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		Workbench.settle();
	}

	/** The map open with its claim relabelled "Mine", unsaved, while a teammate's "Theirs" reached the file. */
	private static MapEditor withUnsavedLabelAndAnotherOnDisk(MapOnDisk disk) throws Exception {
		MapEditor editor = Workbench.open(disk.mapFile);
		relabel(editor, editor.map().getNodes().get(0), "Mine");
		changeOnDisk(disk.mapFile, "Theirs");
		return editor;
	}

	private static void relabel(MapEditor editor, Node node, String label) {
		new ItemPropertySources(editor.domain()).getPropertySource(node).setPropertyValue("label", label);
	}

	@Test
	void anEditorWithoutUnsavedChangesShowsTheFileAsItIsNowAndUndoGivesBackWhatItShowedBefore() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);

		changeOnDisk(disk.mapFile, "Pulled from the team");
		leaveAndComeBack(editor);

		Node claim = editor.map().getNodes().get(0);
		assertEquals("Pulled from the team", claim.getLabel());
		assertFalse(editor.isDirty(), "the editor holds what the file holds");
		Workbench.run("org.eclipse.ui.edit.undo");
		assertNull(editor.map().getNodes().get(0).getLabel());
	}

	@Test
	void unsavedChangesStayWhenTheUserSaysSoAndSavingOverTheOtherVersionAsksFirst() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = withUnsavedLabelAndAnotherOnDisk(disk);
		Node claim = editor.map().getNodes().get(0);
		byte[] theirs = Files.readAllBytes(disk.mapFile);

		Dialogs.whileOpen(() -> leaveAndComeBack(editor), TITLE, dialog -> Dialogs.press(dialog, "No"));
		assertEquals("Mine", claim.getLabel());
		assertTrue(editor.isDirty());

		Dialogs.whileOpen(() -> Workbench.run("org.eclipse.ui.file.save"), TITLE, dialog -> Dialogs.press(dialog, "No"));
		assertArrayEquals(theirs, Files.readAllBytes(disk.mapFile), "the other version is not overwritten");
		assertTrue(editor.isDirty());
	}

	@Test
	void savingOverTheOtherVersionWhenTheUserSaysSoWritesTheEditorsMap() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = withUnsavedLabelAndAnotherOnDisk(disk);
		Dialogs.whileOpen(() -> leaveAndComeBack(editor), TITLE, dialog -> Dialogs.press(dialog, "No"));

		Dialogs.whileOpen(() -> Workbench.run("org.eclipse.ui.file.save"), TITLE, dialog -> Dialogs.press(dialog, "Yes"));

		assertEquals("Mine", MapStore.load(disk.mapFile).getNodes().get(0).getLabel());
		assertFalse(editor.isDirty());
	}

	@Test
	void closingAfterRefusingToOverwriteKeepsTheUnsavedWorkForTheNextOpening() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = withUnsavedLabelAndAnotherOnDisk(disk);

		Dialogs.whileOpen(() -> Dialogs.whileOpen(() -> Workbench.page().closeEditor(editor, true), "Save Resource",
				dialog -> Dialogs.press(dialog, "Save")), TITLE, dialog -> Dialogs.press(dialog, "No"));
		Workbench.settle();
		assertEquals("Theirs", MapStore.load(disk.mapFile).getNodes().get(0).getLabel(), "not overwritten");

		MapEditor[] reopened = new MapEditor[1];
		Dialogs.whileOpen(() -> reopened[0] = Workbench.open(disk.mapFile), "Unsaved Changes",
				dialog -> Dialogs.press(dialog, "Yes"));
		assertEquals("Mine", reopened[0].map().getNodes().get(0).getLabel());
		assertTrue(reopened[0].isDirty());
	}

	@Test
	void saveAsOntoItsOwnFileAsksAsSavingDoesAndARefusalKeepsTheUnsavedWork() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = withUnsavedLabelAndAnotherOnDisk(disk);

		Dialogs.whileOpen(() -> editor.saveAs(disk.mapFile), TITLE, dialog -> Dialogs.press(dialog, "No"));
		assertEquals("Theirs", MapStore.load(disk.mapFile).getNodes().get(0).getLabel(), "not overwritten");
		Workbench.page().closeEditor(editor, false);
		Workbench.settle();
		assertEquals("Mine", MapStore.load(Autosave.unsavedWork(disk.mapFile)).getNodes().get(0).getLabel(),
				"the unsaved work is kept for the next opening");
	}

	@Test
	void unsavedChangesReplacedByTheFilesVersionComeBackWithUndo() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = withUnsavedLabelAndAnotherOnDisk(disk);

		Dialogs.whileOpen(() -> leaveAndComeBack(editor), TITLE, dialog -> Dialogs.press(dialog, "Yes"));

		assertEquals("Theirs", editor.map().getNodes().get(0).getLabel());
		assertFalse(editor.isDirty());
		Workbench.run("org.eclipse.ui.edit.undo");
		assertEquals("Mine", editor.map().getNodes().get(0).getLabel());
		assertTrue(editor.isDirty(), "the user's own changes are unsaved again");
	}

	@Test
	void aFileThatCannotBeReadNowIsNamedAndTheEditorKeepsItsMap() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);
		String original = Files.readString(disk.mapFile);
		// what a line merge without Argmap's merge driver leaves in the file
		Files.writeString(disk.mapFile, "<<<<<<< HEAD\n" + original + "=======\n" + original + ">>>>>>> origin/main\n");

		StringBuilder told = new StringBuilder();
		Dialogs.whileOpen(() -> leaveAndComeBack(editor), TITLE, dialog -> {
			Dialogs.all(dialog, Label.class).forEach(label -> told.append(label.getText()));
			Dialogs.press(dialog, "OK");
		});

		assertTrue(told.toString().contains("debate.argmap"), told.toString());
		assertEquals(1, editor.map().getNodes().size());
		assertEquals(MapOnDisk.WALL, editor.map().getNodes().get(0).getText());
	}
}

package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.ArgdownCli;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import: a file from another tool becomes a new map that is on disk only once the user saves it. */
class ImportWizardTest {

	private static final String TITLE = "Import Map";
	/** An AIFdb node set: two claims, one inference, and a locution, which a map has no place for. */
	private static final String AIF = """
			{"nodes": [
			  {"nodeID": "1", "text": "AI progress is hitting a wall", "type": "I"},
			  {"nodeID": "2", "text": "Pre-training returns are plateauing", "type": "I"},
			  {"nodeID": "3", "text": "Default Inference", "type": "RA"},
			  {"nodeID": "4", "text": "Bob: pre-training returns are plateauing", "type": "L"}],
			 "edges": [
			  {"edgeID": "1", "fromID": "2", "toID": "3"},
			  {"edgeID": "2", "fromID": "3", "toID": "1"}]}
			""";

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	void anImportOpensUnsavedAfterShowingWhatItLeftOut() throws Exception {
		Path aif = Files.writeString(folder.resolve("corpus-17.json"), AIF, StandardCharsets.UTF_8);
		Path mapFile = folder.resolve("corpus-17.argmap");
		List<String> notices = new java.util.ArrayList<>();
		Dialogs.whileOpen("org.argmap.ui.import", TITLE, wizard -> {
			texts(wizard).get(0).setText(aif.toString());
			assertEquals(mapFile.toString(), texts(wizard).get(1).getText(), "the new map is proposed beside the file");
			Dialogs.press(wizard, "Finish");
			notices.addAll(List.of(noticesOf(wizard)));
			Dialogs.press(wizard, "Finish");
		});
		assertEquals(1, notices.size(), notices.toString());
		assertTrue(notices.get(0).startsWith("dialogue nodes left out"), notices.get(0));

		MapEditor editor = (MapEditor) Workbench.page().getActiveEditor();
		Workbench.waitUntil(editor::textsLoaded, "the imported map to open");
		assertEquals(2, editor.map().getNodes().size());
		assertEquals(1, editor.map().getRelations().size());
		assertTrue(editor.isDirty(), "an import is unsaved");
		assertFalse(Files.exists(mapFile), "nothing is written before Save");

		Workbench.run("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		assertEquals(2, MapStore.load(mapFile).getNodes().size());
	}

	@Test
	void theFirstSaveOfAnImportDoesNotReplaceAFileMadeSince() throws Exception {
		Path aif = Files.writeString(folder.resolve("corpus-18.json"), AIF, StandardCharsets.UTF_8);
		Path mapFile = folder.resolve("corpus-18.argmap");
		Dialogs.whileOpen("org.argmap.ui.import", TITLE, wizard -> {
			texts(wizard).get(0).setText(aif.toString());
			Dialogs.press(wizard, "Finish");
			Dialogs.press(wizard, "Finish");
		});
		MapEditor editor = (MapEditor) Workbench.page().getActiveEditor();
		Workbench.waitUntil(editor::textsLoaded, "the imported map to open");
		Files.writeString(mapFile, "a colleague's map, saved meanwhile", StandardCharsets.UTF_8);

		String[] refusal = new String[1];
		Dialogs.whileOpen("org.eclipse.ui.file.save", "Map Not Saved", dialog -> {
			refusal[0] = Dialogs.all(dialog, org.eclipse.swt.widgets.Label.class).stream()
					.map(org.eclipse.swt.widgets.Label::getText).reduce("", String::concat);
			Dialogs.press(dialog, "OK");
		});
		assertTrue(refusal[0].contains(mapFile + " exists or is open now"), refusal[0]);
		assertEquals("a colleague's map, saved meanwhile", Files.readString(mapFile));
		assertTrue(editor.isDirty(), "the import is still unsaved");
	}

	@Test
	void argdownsJsonExportOpensWithItsArgumentAndUndercut() throws Exception {
		Path argdown = Files.writeString(folder.resolve("wall.argdown"), """
				<Plateau>

				(1) [Returns]: Pre-training returns are plateauing.
				(2) [Gains]: Progress means gains per model size.
				----
				(3) [Wall]: AI progress is hitting a wall.

				[Reasoning]: Reasoning models scale at inference time.
				  _> <Plateau>
				""", StandardCharsets.UTF_8);
		Path json = ArgdownCli.json(argdown);
		Dialogs.whileOpen("org.argmap.ui.import", TITLE, wizard -> {
			texts(wizard).get(0).setText(json.toString());
			Dialogs.press(wizard, "Finish");
		});
		MapEditor editor = (MapEditor) Workbench.page().getActiveEditor();
		Workbench.waitUntil(editor::textsLoaded, "the imported map to open");
		assertEquals(4, editor.map().getNodes().size());
		Relation support = editor.map().getRelations().get(0);
		assertEquals(RelationKind.SUPPORT, support.getKind());
		assertEquals(2, support.getSources().size(), "linked premises");
		Relation undercut = editor.map().getRelations().get(1);
		assertEquals(RelationKind.UNDERCUT, undercut.getKind());
		assertEquals(support, undercut.getTarget());
	}

	@Test
	void aDamagedFileIsNamedWithItsPlaceAndNothingOpens() throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.graphml"), "<graphml><graph><node id=\"a\">",
				StandardCharsets.UTF_8);
		String[] message = new String[1];
		Dialogs.whileOpen("org.argmap.ui.import", TITLE, wizard -> {
			texts(wizard).get(0).setText(broken.toString());
			Dialogs.press(wizard, "Finish");
			message[0] = ((WizardDialog) wizard.getData()).getCurrentPage().getErrorMessage();
		});
		assertTrue(message[0].startsWith(broken + ":1:"), message[0]);
		assertNull(Workbench.page().getActiveEditor());
		assertFalse(Files.exists(folder.resolve("broken.argmap")));
	}

	private static List<Text> texts(Shell wizard) {
		return Dialogs.all(wizard, Text.class);
	}

	private static String[] noticesOf(Shell wizard) {
		return Dialogs.all(wizard, org.eclipse.swt.widgets.List.class).get(0).getItems();
	}
}

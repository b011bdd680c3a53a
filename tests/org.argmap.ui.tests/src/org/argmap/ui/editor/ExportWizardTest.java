package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.Interchange;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.argmap.ui.wizards.ExportFormat;
import org.argmap.ui.wizards.ExportWizard;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** File > Export, driven as a user would: choose a format and a file, Finish, and open what was written. */
class ExportWizardTest {

	private static final String TITLE = "Export Map";

	@TempDir
	Path folder;

	@AfterEach
	void closeEverything() {
		Workbench.closeAll();
		ArgmapPreferences.store().setToDefault(ArgmapPreferences.EXPORT_FORMAT);
	}

	@Test
	void anImageIsDrawnInTheBackgroundAsTheGraphWasWhenTheExportStarted() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, MapOnDisk.WALL, MapOnDisk.REASONING);
		MapEditor editor = Workbench.open(disk.mapFile);
		Workbench.waitUntil(() -> editor.graph().layout() != null, "the graph to be laid out");
		Node doomed = editor.map().getNodes().get(1);
		Path out = folder.resolve("before-delete.svg");

		Job job = ExportWizard.export(editor, ExportFormat.SVG, out);
		assertNotNull(job, "images are written by a job, not on the UI thread");
		editor.domain().getCommandStack().execute(MapEdits.delete(editor.domain(), List.of(doomed)));
		assertFalse(editor.map().getNodes().contains(doomed));
		job.join();

		assertTrue(job.getResult().isOK(), job.getResult().toString());
		assertTrue(Files.readString(out).contains("id=\"" + doomed.getId() + "\""),
				"the node deleted after the export started is in the picture");
	}

	@ParameterizedTest
	@EnumSource(ExportFormat.class)
	void eachFormatIsWrittenFromTheMenuAndReadsBack(ExportFormat format) throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, MapOnDisk.WALL, MapOnDisk.REASONING);
		MapEditor editor = Workbench.open(disk.mapFile);
		Workbench.waitUntil(() -> editor.graph().layout() != null, "the graph to be laid out");
		Path out = folder.resolve("exported." + format.extension());

		withWizard(wizard -> {
			choose(wizard, format);
			Dialogs.all(wizard, Text.class).get(0).setText(out.toString());
			Dialogs.press(wizard, "Finish");
		});
		Workbench.waitUntil(() -> Files.exists(out), out + " to be written");

		byte[] bytes = Files.readAllBytes(out);
		switch (format) {
		case GRAPHML, GRAPHML_YED -> assertEquals("2 0", networkx(out, "nx.read_graphml(sys.argv[1])"),
				"nodes and edges as networkx reads them");
		case CYTOSCAPE -> assertEquals("2 0",
				networkx(out, "nx.cytoscape_graph(json.load(open(sys.argv[1], encoding='utf-8')))"),
				"nodes and edges as networkx's Cytoscape.js reader reads them");
		case AIF, OVA -> {
			ArgumentMap back = Interchange.importFile(out, ImportOptions.DEFAULTS).map();
			assertEquals(editor.map().getNodes().size(), back.getNodes().size());
			assertEquals(MapOnDisk.WALL, back.getNodes().get(0).getText());
		}
		case WEB_ANNOTATION -> assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"AnnotationCollection\""));
		case DOT -> assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("digraph"));
		// Argdown syntax characters in the text are escaped
		case ARGDOWN -> assertTrue(new String(bytes, StandardCharsets.UTF_8)
				.contains("]: Pre\\-training returns are plateauing\\, several labs report\\."));
		case PNG -> assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(bytes, 4));
		case SVG -> assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("<svg"));
		}
		assertEquals(format.formatName(), ArgmapPreferences.store().getString(ArgmapPreferences.EXPORT_FORMAT),
				"the next export proposes this format");
	}

	@Test
	void theMapItselfAndOtherOpenMapsAreRefusedAsTargets() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		Path other = Files.createDirectories(folder.resolve("other"));
		MapOnDisk otherDisk = new MapOnDisk(other, true);
		Workbench.open(otherDisk.mapFile);
		Workbench.open(disk.mapFile);
		byte[] before = Files.readAllBytes(disk.mapFile);

		withWizard(wizard -> {
			assertEquals(folder.resolve("debate.graphml").toString(), Dialogs.all(wizard, Text.class).get(0).getText(), "proposed beside the map");
			Dialogs.all(wizard, Text.class).get(0).setText(disk.mapFile.toString());
			assertFalse(Dialogs.button(wizard, "Finish").isEnabled());
			Dialogs.all(wizard, Text.class).get(0).setText(otherDisk.mapFile.toString());
			assertFalse(Dialogs.button(wizard, "Finish").isEnabled());
			Dialogs.all(wizard, Text.class).get(0).setText(folder.resolve("fine.graphml").toString());
			assertTrue(Dialogs.button(wizard, "Finish").isEnabled());
		});
		assertFalse(Files.exists(folder.resolve("fine.graphml")), "cancelled: nothing written");
		assertArrayEquals(before, Files.readAllBytes(disk.mapFile));
	}

	private static void withWizard(Consumer<Shell> user) throws Exception {
		Dialogs.whileOpen("org.argmap.ui.export", TITLE, user);
	}

	private static void choose(Shell wizard, ExportFormat format) {
		for (Button radio : Dialogs.all(wizard, Button.class)) {
			if ((radio.getStyle() & SWT.RADIO) != 0) {
				radio.setSelection(radio.getData() == format);
				if (radio.getData() == format) {
					radio.notifyListeners(SWT.Selection, new Event());
				}
			}
		}
	}

	/**
	 * What networkx, a tool that knows nothing of Argmap, reads from the file with {@code reader} (a Python
	 * expression): nodes and edges.
	 */
	private static String networkx(Path file, String reader) throws IOException, InterruptedException {
		Process python = new ProcessBuilder("python3", "-c",
				"import json, sys, networkx as nx; g = " + reader + "; print(g.number_of_nodes(), g.number_of_edges())",
				file.toString()).redirectErrorStream(true).start();
		String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertEquals(0, python.waitFor(), printed);
		return printed;
	}
}

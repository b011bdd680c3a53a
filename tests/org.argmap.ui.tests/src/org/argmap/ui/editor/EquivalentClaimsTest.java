package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.argmap.core.corpus.CorpusIndex;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.persistence.MapStore;
import org.argmap.ui.views.CorpusView;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Map > Link Equivalent Claim... on a claim of a map in a corpus of two maps: the dialog finds the claim of the
 * other map that says the same in other words, Link links it as one undoable edit, the link shows in the dialog,
 * Open opens the other map with its claim selected, and the Corpus view's Same claim search lists both maps.
 */
class EquivalentClaimsTest {

	private static final String TITLE = "Link Equivalent Claim";

	@TempDir
	Path corpus;

	@AfterEach
	void close() {
		Workbench.page().hideView(Workbench.page().findView(CorpusView.ID));
		Workbench.closeAll();
	}

	@Test
	void linksAClaimFoundInAnotherMapAndOpensIt() throws Exception {
		Claim uniforms = MapElements.newClaim("School uniforms reduce bullying");
		save(corpus.resolve("uniforms.argmap"), uniforms);
		Claim dressCodes = MapElements.newClaim("Uniforms at school cut bullying among pupils");
		// many claims before it, so that the linked claim is out of view unless opening brings it there
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			claims.add(MapElements.newClaim("Lunch breaks should last longer, point " + i));
		}
		claims.add(dressCodes);
		save(corpus.resolve("2019/dress-codes.argmap"), claims.toArray(Claim[]::new));
		CorpusIndex.open(corpus).close(); // a corpus folder, as the Corpus view leaves it: indexed
		String link = "2019/dress-codes.argmap#" + dressCodes.getId();

		MapEditor editor = Workbench.open(corpus.resolve("uniforms.argmap"));
		Claim claim = (Claim) editor.map().getNodes().get(0);
		editor.select(claim);
		Workbench.settle();
		Dialogs.whileOpen("org.argmap.ui.linkEquivalent", TITLE, dialog -> {
			List<Table> tables = Dialogs.all(dialog, Table.class);
			Table linked = tables.get(0);
			Table found = tables.get(1);
			Workbench.waitUntil(() -> found.getItemCount() > 0, "the corpus is searched for the claim's words");
			assertEquals(List.of("2019/dress-codes.argmap|claim|Uniforms at school cut bullying among pupils"), CorpusViewTest.rows(found),
					"the claim of the other map, not this map's own");
			assertFalse(Dialogs.button(dialog, "Link").isEnabled(), "nothing chosen yet");
			found.setSelection(0);
			found.notifyListeners(SWT.Selection, new Event());
			Dialogs.press(dialog, "Link");
			assertEquals(List.of(link), CorpusViewTest.rows(linked));
			assertEquals(List.of(link), claim.getEquivalents());
			assertEquals("Link Equivalent Claim", editor.domain().getCommandStack().getUndoCommand().getLabel());
			assertTrue(editor.isDirty());

			linked.setSelection(0);
			linked.notifyListeners(SWT.Selection, new Event());
			Dialogs.press(dialog, "Open");
		});
		Workbench.waitUntil(() -> Workbench.page().getActiveEditor() instanceof MapEditor other
				&& other.mapFile().endsWith("2019/dress-codes.argmap") && other.selectedNode() != null,
				"the linked claim's map opens with the claim selected");
		MapEditor other = (MapEditor) Workbench.page().getActiveEditor();
		assertEquals(dressCodes.getId(), other.selectedNode().getId());
		Workbench.waitUntil(() -> other.graph().layout() != null, "the other map's graph to be laid out");
		Workbench.settle();
		assertTrue(other.graph().control().getClientArea().contains(other.graph().canvasPoint(other.selectedNode())),
				"the linked claim is in view");
		assertEquals(List.of(other.selectedNode()), ((IStructuredSelection) Workbench.page().getSelection()).toList(),
				"the workbench (Properties, Outline) sees the linked claim selected");

		editor.doSave(new NullProgressMonitor());
		CorpusView view = (CorpusView) Workbench.page().showView(CorpusView.ID);
		view.setCorpus(corpus);
		view.sameClaim().setSelection(true);
		view.query().setText("Uniforms at school cut bullying among pupils!");
		view.query().notifyListeners(SWT.DefaultSelection, new Event());
		Table hits = view.hits().getTable();
		Workbench.waitUntil(() -> hits.getItemCount() == 2, "both maps using the claim are listed");
		assertEquals(List.of("2019/dress-codes.argmap", "uniforms.argmap"),
				Arrays.stream(hits.getItems()).map(item -> item.getText(0)).sorted().toList(),
				"the map holding the link is found from the other's words");
	}

	private static void save(Path file, Claim... claims) throws Exception {
		Files.createDirectories(file.getParent());
		ArgumentMap map = MapElements.newMap(file.getFileName().toString());
		map.getNodes().addAll(List.of(claims));
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		MapStore.save(resource, file);
	}
}

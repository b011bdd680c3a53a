package org.argmap.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.argmap.app.GettingStartedView;
import org.argmap.ui.editor.MapEditor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The product started as a new user starts it (a fresh data folder, no previous session): the sample map is
 * open with its source text and its map, and Getting Started explains the workflow.
 */
class FirstStartTest {

	private static final long TIMEOUT_MILLIS = 20_000;

	@Test
	void sampleMapIsOpenWithSourceAndMapPanes() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorReference sample = Arrays.stream(page.getEditorReferences())
				.filter(reference -> reference.getName().equals("ai-progress-wall.argmap")).findFirst().orElse(null);
		assertNotNull(sample, "the sample map is open on first start");
		MapEditor editor = (MapEditor) sample.getEditor(true);
		page.activate(editor);
		waitUntil(editor::textsLoaded);
		assertTrue(editor.textsLoaded(), "the sample's articles load");
		assertEquals("Is AI progress hitting a wall?", editor.map().getTitle());
		assertTrue(editor.map().getNodes().size() >= 40);
		assertTrue(editor.sourcePane().viewer().getTextWidget().isVisible(), "source pane visible");
		assertTrue(editor.sourcePane().shownText().length() > 1000, "an article is shown");
		assertTrue(editor.graph().control().isVisible(), "graph pane visible");
		waitUntil(() -> editor.graph().layout() != null);
		assertEquals(editor.map().getNodes().size(), editor.graph().layout().boxes().size(), "every node is drawn");
		assertTrue(!editor.sourcePane().highlights().isEmpty(), "its passages are highlighted");

		// it joins the map once the map is painted
		waitUntil(() -> page.findView(GettingStartedView.ID) != null);
		GettingStartedView gettingStarted = (GettingStartedView) page.findView(GettingStartedView.ID);
		assertNotNull(gettingStarted, "Getting Started is shown beside the map");
		assertTrue(page.isPartVisible(gettingStarted), "Getting Started is the view on top below the map");
		for (int step = 1; step <= 5; step++) {
			assertTrue(gettingStarted.text().contains("\n" + step + ". "), "step " + step);
		}
		assertTrue(InstanceScope.INSTANCE.getNode("org.argmap.app").getBoolean("firstStartDone", false),
				"the next start is not a first start again");
		assertEquals(false, editor.isDirty(), "opening the sample changes nothing");
	}

	/** Runs the event loop until {@code condition} holds or the time is up; the assertion after it says what. */
	private static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}
}

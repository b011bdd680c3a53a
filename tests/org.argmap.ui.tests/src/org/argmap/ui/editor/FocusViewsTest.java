package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.core.layout.MapLayout.Box;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.graph.GraphCanvas;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a big map: Home at a readable size with an overview that moves the view, collapsed premises and a
 * neighbourhood of the selection, which hide nodes without editing the map or moving what they show again.
 */
class FocusViewsTest {

	@TempDir
	Path folder;

	private MapEditor editor;
	private GraphCanvas graph;

	@BeforeEach
	void openSampleInA1600By1000Window() throws Exception {
		editor = Workbench.openSample(folder.resolve("sample"));
		graph = editor.graph();
	}

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	/** How tall the graph's text is on screen, in pixels: the font's size at the canvas's zoom. */
	private double textPixels() {
		FontData font = JFaceResources.getDialogFont().getFontData()[0];
		return graph.zoom() * font.getHeight() * graph.control().getDisplay().getDPI().y / 72.0;
	}

	/** The sample's node of that name, whatever its kind's prefix and number ({@code c-1-}, {@code r-8-}…). */
	private Node node(String name) {
		return editor.map().getNodes().stream().filter(node -> node.getId().matches("[a-z]+-\\d+-" + name))
				.findFirst().orElseThrow();
	}

	private void mouse(Control control, int type, Point at) {
		Event event = new Event();
		event.type = type;
		event.button = 1;
		event.x = at.x;
		event.y = at.y;
		control.notifyListeners(type, event);
		Workbench.settle();
	}

	private void click(Node node) {
		graph.reveal(node);
		Point at = graph.canvasPoint(node);
		mouse(graph.control(), SWT.MouseDown, at);
		mouse(graph.control(), SWT.MouseUp, at);
		assertEquals(node, editor.selectedNode(), "clicking selects " + node.getId());
	}

	/** The focus commands the graph's context menu offers now, as the user reads them. */
	private List<String> focusItemsOfTheContextMenu() {
		// as a right-click does
		graph.control().notifyListeners(SWT.MenuDetect, new Event());
		Menu menu = graph.control().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		Workbench.settle();
		List<String> offered = Arrays.stream(menu.getItems()).map(item -> item.getText().split("\t")[0].replace("&", ""))
				.filter(text -> text.contains("Premises") || text.startsWith("Show ")).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		return offered;
	}

	private void assertNoEdit() {
		assertFalse(editor.isDirty(), "looking at part of the map does not change it");
		assertFalse(editor.domain().getCommandStack().canUndo(), "nor leave anything to undo");
	}

	@Test
	void homeOnTheSampleMapShowsReadableTextAndTheOverviewShowsWhereItIs() throws Exception {
		System.out.printf("Opened: canvas %s, zoom %.3f, text %.1f px%n", graph.control().getSize(), graph.zoom(),
				textPixels());
		assertTrue(textPixels() >= 9, "the map opens with text of " + textPixels() + " px");
		graph.pan(-300, -200);
		Workbench.run("org.argmap.ui.graph.zoomFit");
		System.out.printf("Home: zoom %.3f, text %.1f px%n", graph.zoom(), textPixels());
		assertTrue(textPixels() >= 9, "text at Home is " + textPixels() + " px");
		assertTrue(graph.overview().isVisible(), "the map does not fit at that size: the overview shows the rest");
		Node main = node("wall");
		assertTrue(graph.shows(main), "Home shows the main conclusion");

		Workbench.run("org.argmap.ui.graph.fitWholeMap");
		System.out.printf("Fit Whole Map: zoom %.3f, text %.1f px%n", graph.zoom(), textPixels());
		editor.map().getNodes().forEach(node -> assertTrue(graph.shows(node), node.getId() + " is in view"));
		assertFalse(graph.overview().isVisible(), "with all of the map in view there is no overview");
	}

	@Test
	void clickingTheOverviewMovesTheViewThereAndTheOverviewFollowsTheMap() throws Exception {
		org.eclipse.swt.widgets.Canvas overview = graph.overview();
		assertTrue(overview.isVisible());
		Rectangle panel = overview.getClientArea();
		Node farRight = editor.map().getNodes().stream()
				.max((a, b) -> Double.compare(graph.layout().boxes().get(a).x(), graph.layout().boxes().get(b).x()))
				.orElseThrow();
		assertFalse(graph.shows(farRight), "the node furthest right is out of view at first");
		Box box = graph.layout().boxes().get(farRight);
		double scale = (panel.width - 8) / graph.layout().width(); // the overview's scale, near enough to aim
		Point at = new Point((int) Math.round(4 + box.centerX() * scale), (int) Math.round(4 + box.centerY() * scale));
		mouse(overview, SWT.MouseDown, at);
		mouse(overview, SWT.MouseUp, at);
		assertTrue(graph.shows(farRight), "a click in the overview brings that part of the map into view");
		assertTrue(graph.control().isFocusControl(), "the graph keeps the keyboard, for its keys");
		assertNoEdit();

		Rectangle before = overview.getBounds();
		Node far = MapElements.newClaim("A node far below the rest.");
		editor.domain().getCommandStack().execute(MapEdits.createNode(editor.domain(), editor.map(), far));
		editor.domain().getCommandStack().execute(MapEdits.move(editor.domain(), far, 100, graph.layout().height() + 400));
		Workbench.waitUntil(() -> graph.layout().boxes().containsKey(far), "the new node to be drawn");
		Workbench.waitUntil(() -> !overview.getBounds().equals(before), "the overview to take in the taller map");
		assertTrue(overview.getBounds().height > before.height, before + " -> " + overview.getBounds());
	}

	@Test
	void collapseHidesThePremisesAndExpandBringsThemBackWhereTheyWere() throws Exception {
		Node plateau = node("plateau");
		Set<Node> premises = new HashSet<>();
		for (String id : List.of("sutskever", "sutskever-knows", "orion", "data", "lab-rumours", "ssi-interest")) {
			premises.add(node(id));
		}
		Map<Node, Box> before = new IdentityHashMap<>(graph.layout().boxes());
		click(plateau);
		assertEquals(List.of("Collapse Premises", "Show Neighbourhood of Selection\u2026"), focusItemsOfTheContextMenu());
		Workbench.run("org.argmap.ui.graph.collapsePremises");
		for (Node premise : premises) {
			assertFalse(graph.shown().boxes().containsKey(premise), premise.getId() + " is hidden");
			assertFalse(graph.shows(premise));
		}
		assertTrue(graph.shows(plateau), "the collapsed node stays");
		assertEquals(List.of("Expand Premises", "Show Neighbourhood of Selection\u2026", "Show All"),
				focusItemsOfTheContextMenu());
		assertEquals(before.size() - premises.size(), graph.shown().boxes().size(), "nothing else is hidden");
		assertNoEdit();

		Workbench.run("org.argmap.ui.graph.expandPremises");
		assertEquals(before.keySet(), graph.shown().boxes().keySet(), "expanding shows the premises again");
		assertEquals(before, graph.shown().boxes(), "every node where it was");

		Workbench.run("org.argmap.ui.graph.collapsePremises");
		Box box = graph.shown().boxes().get(plateau);
		Point badge = graph.toCanvas(box.centerX(), box.y() + box.height() + 4);
		mouse(graph.control(), SWT.MouseDoubleClick, badge);
		assertEquals(before, graph.shown().boxes(), "double-clicking the badge expands the premises, where they were");
		assertEquals(null, graph.inPlaceEditor(), "and does not edit the node's text");
		assertNoEdit();
	}

	@Test
	void choosingAHiddenNodeOutsideTheGraphShowsItThere() throws Exception {
		Node plateau = node("plateau");
		Node orion = node("orion");
		Map<Node, Box> before = new IdentityHashMap<>(graph.layout().boxes());
		click(plateau);
		Workbench.run("org.argmap.ui.graph.collapsePremises");
		assertFalse(graph.shows(orion));

		editor.select(orion); // what the Outline, the Anchors view and a click on a passage do
		Workbench.settle();
		assertTrue(graph.shows(orion), "the premise chosen outside the graph is shown again");
		assertEquals(before.get(orion), graph.shown().boxes().get(orion), "where it was");
		assertEquals(List.of(orion), graph.getSelection().toList(), "and selected in the graph");
		assertNoEdit();
	}

	@Test
	void theNeighbourhoodOfANodeOneStepAwayIsItAndItsDirectNeighbours() throws Exception {
		Node orion = node("orion");
		Set<Node> expected = new HashSet<>(List.of(orion));
		for (Relation relation : editor.map().getRelations()) {
			if (relation.getSources().contains(orion) && relation.getTarget() instanceof Node target) {
				expected.add(target);
			}
			if (relation.getTarget() == orion) {
				expected.addAll(relation.getSources());
			}
		}
		assertEquals(2, expected.size(), "orion and the plateau it supports");
		Map<Node, Box> before = new IdentityHashMap<>(graph.layout().boxes());
		click(orion);
		Dialogs.whileOpen("org.argmap.ui.graph.showNeighbourhood", "Show Neighbourhood", dialog -> {
			Spinner steps = Dialogs.all(dialog, Spinner.class).get(0);
			assertEquals(2, steps.getSelection(), "two steps unless the user chose otherwise");
			steps.setSelection(1);
			Dialogs.press(dialog, "OK");
		});
		assertEquals(expected, new HashSet<>(graph.shown().boxes().keySet()));
		expected.forEach(node -> assertTrue(graph.shows(node), node.getId() + " is brought into view"));
		assertNoEdit();

		Workbench.run("org.argmap.ui.graph.showAll");
		assertEquals(before, graph.shown().boxes(), "Show All shows every node where it was");
		assertNoEdit();
	}
}

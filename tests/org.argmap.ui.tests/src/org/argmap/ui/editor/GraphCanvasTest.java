package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.argmap.core.drawing.PictureExport.Format;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.model.AnchorStatus;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.edit.MapEdits;
import org.argmap.sample.SampleMap;
import org.argmap.ui.graph.GraphCanvas;
import org.argmap.ui.graph.ImageExport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The graph canvas driven with the mouse and its commands: relate, join linked premises, move, edit, undo, a
 * layout that keeps what the user sees in place; image export of the sample map.
 */
class GraphCanvasTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	private static GraphCanvas graph(MapEditor editor) {
		GraphCanvas graph = editor.graph();
		Workbench.waitUntil(() -> graph.layout() != null, "the graph to be laid out");
		return graph;
	}

	private static Point centre(GraphCanvas graph, Node node) {
		Box box = graph.layout().boxes().get(node);
		return graph.toCanvas(box.centerX(), box.centerY());
	}

	private static void mouse(GraphCanvas graph, int type, Point at, int stateMask) {
		Event event = new Event();
		event.type = type;
		event.button = 1;
		event.x = at.x;
		event.y = at.y;
		event.stateMask = stateMask;
		graph.control().notifyListeners(type, event);
		Workbench.settle();
	}

	private static void drag(GraphCanvas graph, Point from, Point to, int stateMask) {
		mouse(graph, SWT.MouseDown, from, stateMask);
		mouse(graph, SWT.MouseMove, new Point((from.x + to.x) / 2, (from.y + to.y) / 2), stateMask);
		mouse(graph, SWT.MouseMove, to, stateMask);
		mouse(graph, SWT.MouseUp, to, stateMask);
	}

	/** The key a user presses for a graph command while working in the graph, as the workbench binds it. */
	private static String keyFor(String commandId) {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		return bindings.getBestActiveBindingFormattedFor(commandId);
	}

	/** A support from {@code premise} to {@code conclusion}, drawn and selected as after the user made it. */
	private static Relation support(MapEditor editor, GraphCanvas graph, Node premise, Node conclusion) {
		editor.domain().getCommandStack()
				.execute(MapEdits.relate(editor.domain(), editor.map(), RelationKind.SUPPORT, conclusion, List.of(premise)));
		Relation support = editor.map().getRelations().get(0);
		Workbench.waitUntil(() -> graph.layout().routes().size() == 1, "the support to be drawn");
		Workbench.waitUntil(() -> editor.selection().toList().equals(List.of(support)), "the new support to be selected");
		return support;
	}

	/** The middle of the first line drawn, on the canvas. */
	private static Point middleOfLine(GraphCanvas graph) {
		List<double[]> line = graph.layout().routes().get(0).points();
		return graph.toCanvas((line.get(0)[0] + line.get(1)[0]) / 2, (line.get(0)[1] + line.get(1)[1]) / 2);
	}

	/** Clicks {@code node}, then drags from its connection handle to {@code to}. */
	private static void connect(GraphCanvas graph, Node node, Point to) {
		mouse(graph, SWT.MouseDown, centre(graph, node), 0);
		mouse(graph, SWT.MouseUp, centre(graph, node), 0);
		Box box = graph.layout().boxes().get(node);
		drag(graph, graph.toCanvas(box.centerX(), box.y()), to, 0);
	}

	@Test
	void dragRelatesTwoNodesDragMovesOneAndUndoTakesBothBack() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, MapOnDisk.WALL, MapOnDisk.REASONING);
		MapEditor editor = Workbench.open(disk.mapFile);
		GraphCanvas graph = graph(editor);
		Node wall = editor.map().getNodes().get(0);
		Node reasoning = editor.map().getNodes().get(1);

		// Select the premise, then drag from its handle (the dot on its top edge) onto the conclusion.
		mouse(graph, SWT.MouseDown, centre(graph, reasoning), 0);
		mouse(graph, SWT.MouseUp, centre(graph, reasoning), 0);
		assertSame(reasoning, editor.selectedNode(), "clicking a node selects it in the editor");
		Box box = graph.layout().boxes().get(reasoning);
		drag(graph, graph.toCanvas(box.centerX(), box.y()), centre(graph, wall), 0);
		assertNotNull(graph.relationMenu(), "dropping on a node offers the relation kinds");
		MenuItem support = graph.relationMenu().getItem(0);
		assertEquals(RelationKind.SUPPORT, support.getData());
		support.notifyListeners(SWT.Selection, new Event());
		Workbench.settle();
		assertEquals(1, editor.map().getRelations().size());
		Relation relation = editor.map().getRelations().get(0);
		assertEquals(RelationKind.SUPPORT, relation.getKind());
		assertSame(reasoning, relation.getSources().get(0));
		assertSame(wall, relation.getTarget());
		Workbench.waitUntil(() -> graph.layout().routes().size() == 1, "the new relation to be drawn");

		Box before = graph.layout().boxes().get(wall);
		Point from = centre(graph, wall);
		drag(graph, from, new Point(from.x + 120, from.y + 40), 0);
		assertNotNull(wall.getPosition(), "a moved node keeps its place");
		assertEquals(before.x() + 120 / graph.zoom(), wall.getPosition().getX(), 2);
		assertEquals(before.y() + 40 / graph.zoom(), wall.getPosition().getY(), 2);
		Workbench.waitUntil(() -> Math.abs(graph.layout().boxes().get(wall).x() - wall.getPosition().getX()) < 0.5,
				"the layout to keep the moved node");

		Workbench.run("org.eclipse.ui.edit.undo");
		assertNull(wall.getPosition());
		Workbench.run("org.eclipse.ui.edit.undo");
		assertTrue(editor.map().getRelations().isEmpty());
		assertTrue(!editor.isDirty());
	}

	@Test
	void clickOnALineSelectsItsRelationAndDroppingOnItUndercutsIt() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, MapOnDisk.WALL, MapOnDisk.REASONING, "Is AI progress hitting a wall?");
		MapEditor editor = Workbench.open(disk.mapFile);
		GraphCanvas graph = graph(editor);
		Node premise = editor.map().getNodes().get(0);
		Node conclusion = editor.map().getNodes().get(2);
		Node attacker = editor.map().getNodes().get(1);
		Relation support = support(editor, graph, premise, conclusion);

		Point middle = middleOfLine(graph);
		mouse(graph, SWT.MouseDown, middle, 0);
		mouse(graph, SWT.MouseUp, middle, 0);
		assertEquals(List.of(support), editor.selection().toList(), "clicking the line selects the relation");

		connect(graph, attacker, middleOfLine(graph));
		assertEquals(2, graph.relationMenu().getItemCount(), "onto a support's line: undercut it, or join its premises");
		assertEquals(RelationKind.UNDERCUT, graph.relationMenu().getItem(0).getData());
		assertSame(support, graph.relationMenu().getItem(1).getData());
		graph.relationMenu().getItem(0).notifyListeners(SWT.Selection, new Event());
		Workbench.settle();
		Relation undercut = editor.map().getRelations().get(1);
		assertEquals(RelationKind.UNDERCUT, undercut.getKind());
		assertSame(support, undercut.getTarget());
		assertSame(attacker, undercut.getSources().get(0));
	}

	@Test
	void aSecondPremiseDraggedOntoASupportsLineBecomesALinkedPremise() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, MapOnDisk.WALL, MapOnDisk.REASONING, "Is AI progress hitting a wall?");
		MapEditor editor = Workbench.open(disk.mapFile);
		GraphCanvas graph = graph(editor);
		Node first = editor.map().getNodes().get(0);
		Node second = editor.map().getNodes().get(1);
		Node conclusion = editor.map().getNodes().get(2);
		Relation support = support(editor, graph, first, conclusion);

		connect(graph, second, middleOfLine(graph));
		MenuItem join = graph.relationMenu().getItem(1);
		assertSame(support, join.getData(), "dropping on a support's line offers to join its premises");
		int updates = graph.drawingUpdates();
		join.notifyListeners(SWT.Selection, new Event());
		Workbench.waitUntil(() -> graph.drawingUpdates() > updates, "the linked premises to be drawn");

		assertEquals(List.of(first, second), support.getSources(), "one support with two linked premises");
		assertEquals(1, editor.map().getRelations().size());
		assertNotNull(graph.layout().junctions().get(support), "linked premises meet at a junction");
		assertEquals(3, graph.layout().routes().size(), "a line from each premise to the junction, one on to the conclusion");
		Workbench.run("org.eclipse.ui.edit.undo");
		assertEquals(List.of(first), support.getSources());
	}

	@Test
	void addingRelatingAndDeletingNodesMovesNoNodeTheUserCanSee() throws Exception {
		MapEditor editor = Workbench.open(SampleMap.write(folder.resolve("sample")));
		GraphCanvas graph = graph(editor);
		Node visible = editor.map().getNodes().stream().filter(graph::shows).findFirst().orElseThrow();
		Map<Node, Box> before = visibleBoxes(graph);
		assertTrue(before.size() > 5, "the canvas opens showing several nodes: " + before.size());

		Node claim = MapElements.newClaim("Benchmarks saturate faster than ever.");
		execute(graph, editor, MapEdits.createNode(editor.domain(), editor.map(), claim));
		execute(graph, editor,
				MapEdits.relate(editor.domain(), editor.map(), RelationKind.SUPPORT, visible, List.of(claim)));
		assertKept(before, graph);
		Box placed = graph.layout().boxes().get(claim);
		for (Map.Entry<Node, Box> other : graph.layout().boxes().entrySet()) {
			if (other.getKey() != claim) {
				assertTrue(!overlap(placed, other.getValue()), "the new node is placed in free space, not on " + other.getKey().getId());
			}
		}

		Node doomed = editor.map().getNodes().stream().filter(node -> node != visible && before.containsKey(node))
				.findFirst().orElseThrow();
		Box doomedBox = graph.layout().boxes().get(doomed);
		execute(graph, editor, MapEdits.delete(editor.domain(), List.of(doomed)));
		before.remove(doomed);
		assertKept(before, graph);
		Workbench.run("org.eclipse.ui.edit.undo");
		Workbench.waitUntil(() -> graph.layout().boxes().containsKey(doomed), "the deleted node to come back");
		assertEquals(doomedBox.x(), graph.layout().boxes().get(doomed).x(), 1, "undo puts it back where it was");
		assertEquals(doomedBox.y(), graph.layout().boxes().get(doomed).y(), 1);
		assertKept(before, graph);
	}

	private static void execute(GraphCanvas graph, MapEditor editor, org.eclipse.emf.common.command.Command command) {
		int updates = graph.drawingUpdates();
		assertTrue(command.canExecute(), command.getLabel());
		editor.domain().getCommandStack().execute(command);
		Workbench.waitUntil(() -> graph.drawingUpdates() > updates, "the canvas to take in " + command.getLabel());
	}

	private static Map<Node, Box> visibleBoxes(GraphCanvas graph) {
		Map<Node, Box> boxes = new java.util.IdentityHashMap<>();
		graph.layout().boxes().forEach((node, box) -> {
			if (graph.shows(node)) {
				boxes.put(node, box);
			}
		});
		return boxes;
	}

	private static void assertKept(Map<Node, Box> before, GraphCanvas graph) {
		before.forEach((node, box) -> {
			Box now = graph.layout().boxes().get(node);
			assertEquals(box.x(), now.x(), 1, node.getId() + " kept its place");
			assertEquals(box.y(), now.y(), 1, node.getId() + " kept its place");
		});
	}

	private static boolean overlap(Box a, Box b) {
		return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
				&& b.y() < a.y() + a.height();
	}

	@Test
	void aNodeWhosePassageIsLostWearsABadgeUntilTheLossIsUndone() throws Exception {
		MapEditor editor = Workbench.open(SampleMap.write(folder.resolve("sample")));
		GraphCanvas graph = graph(editor);
		Node node = editor.map().getNodes().stream().filter(each -> !each.getAnchors().isEmpty()).findFirst().orElseThrow();
		assertEquals(0, badges(graph, node), "an anchored node has no badge");
		execute(graph, editor, MapEdits.markAnchor(editor.domain(), node.getAnchors().get(0), AnchorStatus.ORPHANED));
		assertEquals(1, badges(graph, node), "the orphaned node is marked");
		Workbench.run("org.eclipse.ui.edit.undo");
		assertEquals(0, badges(graph, node));
	}

	/** The red badges drawn in a node's figure, read from the SVG the same painter draws. */
	private int badges(GraphCanvas graph, Node node) throws Exception {
		Path svg = folder.resolve("badges.svg");
		ImageExport.of(graph).write(Format.SVG, svg, () -> false);
		org.w3c.dom.Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		NodeList groups = document.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (node.getId().equals(group.getAttribute("id"))) {
				NodeList circles = group.getElementsByTagName("circle");
				int red = 0;
				for (int c = 0; c < circles.getLength(); c++) {
					red += "#c81e1e".equals(((Element) circles.item(c)).getAttribute("fill")) ? 1 : 0;
				}
				return red;
			}
		}
		throw new AssertionError("no group for " + node.getId());
	}

	@Test
	void unpinLetsLayoutPlaceTheNodeAgainWithoutMovingIt() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, MapOnDisk.WALL, MapOnDisk.REASONING);
		MapEditor editor = Workbench.open(disk.mapFile);
		GraphCanvas graph = graph(editor);
		Node wall = editor.map().getNodes().get(0);
		Point from = centre(graph, wall);
		drag(graph, from, new Point(from.x + 80, from.y + 30), 0);
		assertNotNull(wall.getPosition(), "a moved node is pinned");
		Box pinned = graph.layout().boxes().get(wall);
		Workbench.settle();
		Workbench.run("org.argmap.ui.unpin");
		assertNull(wall.getPosition(), "Unpin lets layout place it again");
		Workbench.settle();
		assertEquals(pinned.x(), graph.layout().boxes().get(wall).x(), 1, "until then it stays where it is");
		Workbench.run("org.eclipse.ui.edit.undo");
		assertNotNull(wall.getPosition());
	}

	@Test
	void f2EditsTextInPlaceAndArrowsMoveBetweenNodes() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, MapOnDisk.WALL, MapOnDisk.REASONING);
		MapEditor editor = Workbench.open(disk.mapFile);
		GraphCanvas graph = graph(editor);
		Node first = editor.map().getNodes().get(0);
		mouse(graph, SWT.MouseDown, centre(graph, first), 0);
		mouse(graph, SWT.MouseUp, centre(graph, first), 0);

		assertEquals("F2", keyFor("org.argmap.ui.graph.editText"), "F2 edits in place while the graph is in use");
		// posted key events do not reach the canvas under Xvfb without a window manager: run what F2 is bound to
		Workbench.run("org.argmap.ui.graph.editText");
		assertNotNull(graph.inPlaceEditor());
		graph.inPlaceEditor().setText("Returns to pre-training are plateauing.");
		Event enter = new Event();
		enter.keyCode = SWT.CR;
		enter.character = '\r';
		graph.inPlaceEditor().notifyListeners(SWT.KeyDown, enter);
		Workbench.settle();
		assertEquals("Returns to pre-training are plateauing.", first.getText());
		Workbench.run("org.eclipse.ui.edit.undo");
		assertEquals(MapOnDisk.WALL, first.getText());

		Box a = graph.layout().boxes().get(first);
		Box b = graph.layout().boxes().get(editor.map().getNodes().get(1));
		String towardsOther = "org.argmap.ui.graph." + (Math.abs(b.centerX() - a.centerX()) > Math.abs(b.centerY() - a.centerY())
				? (b.centerX() > a.centerX() ? "selectRight" : "selectLeft")
				: (b.centerY() > a.centerY() ? "selectDown" : "selectUp"));
		assertTrue(keyFor(towardsOther).matches("Right|Left|Up|Down|[\u2190-\u2193]"), "an arrow key: " + keyFor(towardsOther));
		Workbench.run(towardsOther);
		assertSame(editor.map().getNodes().get(1), editor.selectedNode(), "the arrow key moved to the other node");

		Node second = editor.map().getNodes().get(1);
		Workbench.run("org.eclipse.ui.edit.delete");
		assertTrue(!editor.map().getNodes().contains(second), "Delete removes the node selected in the graph");
		Workbench.run("org.eclipse.ui.edit.undo");
		assertTrue(editor.map().getNodes().contains(second));

		double zoom = graph.zoom();
		Event wheel = new Event();
		wheel.count = 3;
		wheel.stateMask = SWT.MOD1;
		wheel.x = 50;
		wheel.y = 50;
		graph.control().notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertTrue(graph.zoom() > zoom, "Ctrl+wheel zooms in");
	}

	@Test
	void ctrlFFindsANodeByItsWordsAndShowsIt() throws Exception {
		MapEditor editor = Workbench.open(SampleMap.write(folder.resolve("sample")));
		GraphCanvas graph = graph(editor);
		Node main = editor.map().getNodes().get(0);
		mouse(graph, SWT.MouseDown, centre(graph, main), 0);
		mouse(graph, SWT.MouseUp, centre(graph, main), 0);
		assertTrue(keyFor("org.argmap.ui.graph.find").matches("Ctrl\\+F|\u2318F"), keyFor("org.argmap.ui.graph.find"));
		Workbench.run("org.argmap.ui.graph.find");
		assertNotNull(graph.findBox(), "the search box is open");

		graph.findBox().setText("GPUs are no longer");
		Workbench.settle();
		Node found = editor.selectedNode();
		assertNotNull(found, "typing selects a node");
		assertTrue(found.getText().contains("more GPUs are no longer buying intelligence"), found.getText());
		assertTrue(graph.shows(found), "and scrolls it into view");

		graph.findBox().setText("wall");
		Workbench.settle();
		Node firstWall = editor.selectedNode();
		graph.findBox().notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.settle();
		Node secondWall = editor.selectedNode();
		assertTrue(secondWall != firstWall, "Enter shows the next node holding the words");
		assertTrue((secondWall.getText() + secondWall.getLabel()).toLowerCase().contains("wall"), secondWall.getText());

		graph.findBox().setText("no node says this");
		Workbench.settle();
		assertSame(secondWall, editor.selectedNode(), "without a match the last node found stays selected");
		Event escape = new Event();
		escape.keyCode = SWT.ESC;
		graph.findBox().notifyListeners(SWT.KeyDown, escape);
		assertNull(graph.findBox(), "Escape closes the box");
	}

	@Test
	void pngOfTheSampleMapHasTheDrawingsSizeAndIsNotBlank() throws Exception {
		MapEditor editor = Workbench.open(SampleMap.write(folder.resolve("sample")));
		GraphCanvas graph = graph(editor);
		Path png = folder.resolve("sample.png");
		ImageExport export = ImageExport.of(graph);
		export.write(Format.PNG, png, () -> false);
		ImageData image = new ImageLoader().load(png.toString())[0];
		double[] size = export.size();
		assertEquals((int) Math.ceil(size[0]), image.width);
		assertEquals((int) Math.ceil(size[1]), image.height);
		assertTrue(image.width > 1000 && image.height > 300, image.width + "x" + image.height);
		int coloured = 0;
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.height; y += 3) {
			for (int x = 0; x < image.width; x += 3) {
				int pixel = image.getPixel(x, y);
				colours.add(pixel);
				if (pixel != image.getPixel(0, 0)) {
					coloured++;
				}
			}
		}
		assertTrue(coloured > image.width * image.height / 9 / 20, "more than 5% of the image is drawn: " + coloured);
		assertTrue(colours.size() > 20, "boxes, lines and text in several colours: " + colours.size());
	}

	@Test
	void svgOfTheSampleMapIsXmlWithOneGroupPerNode() throws Exception {
		MapEditor editor = Workbench.open(SampleMap.write(folder.resolve("sample")));
		GraphCanvas graph = graph(editor);
		Path svg = folder.resolve("sample.svg");
		ImageExport.of(graph).write(Format.SVG, svg, () -> false);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		org.w3c.dom.Document document = factory.newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getTagName());
		NodeList groups = document.getElementsByTagName("g");
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if ("node".equals(group.getAttribute("class"))) {
				ids.add(group.getAttribute("id"));
			}
		}
		Set<String> nodeIds = new HashSet<>();
		editor.map().getNodes().forEach(node -> nodeIds.add(node.getId()));
		assertEquals(nodeIds, ids);
		assertNotEquals(0, document.getElementsByTagName("polyline").getLength(), "relations are drawn");
		assertTrue(Files.readString(svg).contains("The nephew"), "node labels are text in the SVG");
	}
}

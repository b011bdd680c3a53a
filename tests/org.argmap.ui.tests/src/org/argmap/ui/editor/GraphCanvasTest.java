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
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.argmap.core.layout.MapLayout.Box;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.sample.SampleMap;
import org.argmap.ui.graph.GraphCanvas;
import org.argmap.ui.graph.GraphPainter;
import org.argmap.ui.graph.ImageExport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The graph canvas driven with the mouse and keys: relate, move, edit, undo; image export of the sample map. */
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

	private static void key(GraphCanvas graph, int keyCode, char character) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = character;
		graph.control().notifyListeners(SWT.KeyDown, event);
		Workbench.settle();
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
		Relation support = org.argmap.model.MapElements.newRelation(RelationKind.SUPPORT, conclusion, premise);
		editor.domain().getCommandStack().execute(MapCommands.addRelation(editor.domain(), editor.map(), support));
		Workbench.waitUntil(() -> graph.layout().routes().size() == 1, "the support to be drawn");

		java.util.List<double[]> line = graph.layout().routes().get(0).points();
		double[] a = line.get(0);
		double[] b = line.get(1);
		Point middle = graph.toCanvas((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
		mouse(graph, SWT.MouseDown, middle, 0);
		mouse(graph, SWT.MouseUp, middle, 0);
		assertEquals(java.util.List.of(support), editor.selection().toList(), "clicking the line selects the relation");

		mouse(graph, SWT.MouseDown, centre(graph, attacker), 0);
		mouse(graph, SWT.MouseUp, centre(graph, attacker), 0);
		Box box = graph.layout().boxes().get(attacker);
		line = graph.layout().routes().get(0).points();
		Point onLine = graph.toCanvas((line.get(0)[0] + line.get(1)[0]) / 2, (line.get(0)[1] + line.get(1)[1]) / 2);
		drag(graph, graph.toCanvas(box.centerX(), box.y()), onLine, 0);
		assertEquals(1, graph.relationMenu().getItemCount(), "onto a line, the only choice is to undercut it");
		assertEquals(RelationKind.UNDERCUT, graph.relationMenu().getItem(0).getData());
		graph.relationMenu().getItem(0).notifyListeners(SWT.Selection, new Event());
		Workbench.settle();
		Relation undercut = editor.map().getRelations().get(1);
		assertEquals(RelationKind.UNDERCUT, undercut.getKind());
		assertSame(support, undercut.getTarget());
		assertSame(attacker, undercut.getSources().get(0));
	}

	@Test
	void f2EditsTextInPlaceAndArrowsMoveBetweenNodes() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, MapOnDisk.WALL, MapOnDisk.REASONING);
		MapEditor editor = Workbench.open(disk.mapFile);
		GraphCanvas graph = graph(editor);
		Node first = editor.map().getNodes().get(0);
		mouse(graph, SWT.MouseDown, centre(graph, first), 0);
		mouse(graph, SWT.MouseUp, centre(graph, first), 0);

		key(graph, SWT.F2, '\0');
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
		int towardsOther = Math.abs(b.centerX() - a.centerX()) > Math.abs(b.centerY() - a.centerY())
				? (b.centerX() > a.centerX() ? SWT.ARROW_RIGHT : SWT.ARROW_LEFT)
				: (b.centerY() > a.centerY() ? SWT.ARROW_DOWN : SWT.ARROW_UP);
		key(graph, towardsOther, '\0');
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
	void pngOfTheSampleMapHasTheDrawingsSizeAndIsNotBlank() throws Exception {
		MapEditor editor = Workbench.open(SampleMap.write(folder.resolve("sample")));
		GraphCanvas graph = graph(editor);
		Path png = folder.resolve("sample.png");
		ImageExport.writePng(graph, png);
		ImageData image = new ImageLoader().load(png.toString())[0];
		double[] size = GraphPainter.size(graph.layout());
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
		ImageExport.writeSvg(graph, svg);
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

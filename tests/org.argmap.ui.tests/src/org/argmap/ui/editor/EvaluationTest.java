package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.argmap.core.drawing.DrawingStyle;
import org.argmap.core.drawing.Rgb;
import org.argmap.core.evaluation.Semantics;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.model.Node;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.graph.GraphCanvas;
import org.argmap.ui.views.EvaluationView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluate on the sample map: the graph rings the nodes by label, the Evaluation view lists them, and both
 * follow an edit. In the sample, "Pre-training plateau" is OUT only because "Pre-training not maxed out"
 * attacks it (three of its supports stand); deleting that attacker makes it IN, undoing makes it OUT again.
 */
class EvaluationTest {

	@TempDir
	Path folder;

	private MapEditor editor;
	private GraphCanvas graph;

	@BeforeEach
	void openSample() throws Exception {
		editor = Workbench.openSample(folder.resolve("sample"));
		graph = editor.graph();
	}

	@AfterEach
	void closeAll() throws Exception {
		if (editor.evaluator().onCanvas()) {
			Workbench.run("org.argmap.ui.evaluate");
		}
		Workbench.page().hideView(Workbench.page().findView(EvaluationView.ID));
		Workbench.closeAll();
	}

	private Node node(String id) {
		return editor.map().getNodes().stream().filter(node -> id.equals(node.getId())).findFirst().orElseThrow();
	}

	/** What the view's list says of {@code node} in its Label column, or null when it is not listed. */
	private static String listed(EvaluationView view, Node node) {
		return Arrays.stream(view.claims().getTable().getItems()).filter(item -> item.getData() == node)
				.map(item -> item.getText(0)).findFirst().orElse(null);
	}

	/** Whether the canvas, as painted, shows {@code colour} on the ring's left side next to {@code node}. */
	private boolean ringed(Node node, Rgb colour) {
		graph.reveal(node);
		Workbench.settle();
		Box box = graph.shown().boxes().get(node);
		Point size = graph.control().getSize();
		Image image = new Image(graph.control().getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(image);
			graph.control().print(gc);
			gc.dispose();
			ImageData data = image.getImageData();
			Point left = graph.toCanvas(box.x() - 4, box.centerY());
			for (int x = left.x - 4; x <= left.x + 4; x++) {
				for (int y = left.y - 4; y <= left.y + 4; y++) {
					if (x >= 0 && y >= 0 && x < data.width && y < data.height) {
						RGB pixel = data.palette.getRGB(data.getPixel(x, y));
						if (Math.abs(pixel.red - colour.red()) < 40 && Math.abs(pixel.green - colour.green()) < 40
								&& Math.abs(pixel.blue - colour.blue()) < 40) {
							return true;
						}
					}
				}
			}
			return false;
		} finally {
			image.dispose();
		}
	}

	@Test
	void evaluateRingsTheGraphAndTheViewFollowsAnEdit() throws Exception {
		Node plateau = node("c-2-plateau");
		Node notMaxed = node("c-32-not-maxed");
		assertFalse(ringed(plateau, DrawingStyle.OUT), "no rings before Evaluate");

		Workbench.run("org.argmap.ui.evaluate");
		Workbench.waitUntil(() -> editor.evaluator().current() != null, "the first evaluation");
		Workbench.settle();
		assertTrue(ringed(plateau, DrawingStyle.OUT), "the plateau is ringed red: OUT");
		assertTrue(ringed(notMaxed, DrawingStyle.IN), "its attacker is ringed green: IN");

		EvaluationView view = (EvaluationView) Workbench.page().showView(EvaluationView.ID);
		Workbench.waitUntil(() -> listed(view, plateau) != null, "the view to list the claims");
		assertEquals("OUT", listed(view, plateau));
		assertEquals("IN", listed(view, notMaxed));
		TableItem[] items = view.claims().getTable().getItems();
		assertEquals("IN", items[0].getText(0), "IN claims come first");
		assertEquals("OUT", items[items.length - 1].getText(0), "then OUT (the sample has nothing undecided)");

		view.claims().getTable().setSelection(Arrays.asList(items).indexOf(Arrays.stream(items)
				.filter(item -> item.getData() == plateau).findFirst().orElseThrow()));
		view.claims().getTable().notifyListeners(SWT.Selection, new Event());
		Workbench.settle();
		TableItem[] why = view.chain().getTable().getItems();
		assertEquals(2, why.length, "the plateau falls to one unopposed attacker");
		assertEquals("OUT", why[0].getText(0));
		assertEquals("IN", why[1].getText(0));
		assertTrue(why[1].getText(1).contains(notMaxed.getLabel()), why[1].getText(1));
		view.chain().getTable().setSelection(1);
		view.chain().getTable().notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.settle();
		assertEquals(notMaxed, editor.selectedNode(), "double-clicking a step of the chain selects it in the map");

		editor.domain().getCommandStack().execute(MapEdits.delete(editor.domain(), List.of(notMaxed)));
		Workbench.waitUntil(() -> "IN".equals(listed(view, plateau)), "the plateau to stand once its attacker is gone");
		assertTrue(ringed(plateau, DrawingStyle.IN), "and its ring turns green");

		editor.domain().getCommandStack().undo();
		Workbench.waitUntil(() -> "OUT".equals(listed(view, plateau)), "undo to bring the attack back");
		assertTrue(ringed(plateau, DrawingStyle.OUT));
	}

	@Test
	void theSemanticsIsAChoiceInTheView() throws Exception {
		EvaluationView view = (EvaluationView) Workbench.page().showView(EvaluationView.ID);
		Workbench.waitUntil(() -> view.claims().getTable().getItemCount() > 0, "the view to list the claims");
		Combo combo = view.semanticsChoice().getCombo();
		combo.select(Arrays.asList(combo.getItems()).indexOf("Preferred"));
		combo.notifyListeners(SWT.Selection, new Event());
		Workbench.waitUntil(() -> editor.evaluator().current() != null
				&& editor.evaluator().current().semantics() == Semantics.PREFERRED,
				"preferred semantics");
		Workbench.settle();
		// the sample has no cycle of attacks: one preferred extension, the grounded one
		assertEquals("OUT", listed(view, node("c-2-plateau")));
		assertEquals("sceptically accepted", Arrays.stream(view.claims().getTable().getItems())
				.filter(item -> item.getData() == node("c-32-not-maxed")).findFirst().orElseThrow().getText(2));
	}
}

package org.argmap.ui.graph;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.argmap.model.Node;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;

/**
 * Finds a node by its words (Ctrl+F in the graph): a search box over the canvas's top left corner. Each
 * keystroke shows the first node, in reading order, whose label or text holds what was typed; Enter shows the
 * next one, Escape closes the box and gives the canvas back its focus.
 */
final class FindBar {

	private static final int WIDTH = 260;

	private final Canvas canvas;
	private final Supplier<List<Node>> nodesInReadingOrder;
	private final Consumer<Node> show;
	private Text text;
	private Node found;

	/** @param show selects a node found and scrolls to it */
	FindBar(Canvas canvas, Supplier<List<Node>> nodesInReadingOrder, Consumer<Node> show) {
		this.canvas = canvas;
		this.nodesInReadingOrder = nodesInReadingOrder;
		this.show = show;
	}

	void open() {
		if (text == null || text.isDisposed()) {
			text = new Text(canvas, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
			text.setMessage(Messages.Find_prompt);
			text.setBounds(8, 8, WIDTH, text.computeSize(WIDTH, SWT.DEFAULT).y);
			text.addListener(SWT.Modify, event -> find(false));
			text.addListener(SWT.DefaultSelection, event -> find(true));
			text.addListener(SWT.KeyDown, event -> {
				if (event.keyCode == SWT.ESC) {
					close();
				}
			});
			found = null;
		}
		text.selectAll();
		text.setFocus();
	}

	/** Shows the first node holding the words typed, or with {@code next} the one after the last shown. */
	private void find(boolean next) {
		String query = text.getText().strip().toLowerCase(Locale.ROOT);
		if (query.isEmpty()) {
			return;
		}
		List<Node> nodes = nodesInReadingOrder.get();
		int start = next && found != null ? nodes.indexOf(found) + 1 : 0;
		for (int i = 0; i < nodes.size(); i++) {
			Node node = nodes.get((start + i) % nodes.size());
			if (holds(node, query)) {
				found = node;
				show.accept(node);
				text.setBackground(null);
				return;
			}
		}
		// nothing holds it: the box turns yellow and the last node found stays shown
		text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
	}

	private static boolean holds(Node node, String query) {
		return node.getLabel() != null && node.getLabel().toLowerCase(Locale.ROOT).contains(query)
				|| node.getText() != null && node.getText().toLowerCase(Locale.ROOT).contains(query);
	}

	void close() {
		if (text != null && !text.isDisposed()) {
			text.dispose();
		}
		text = null;
		if (!canvas.isDisposed()) {
			canvas.setFocus();
		}
	}

	/** The search box while it is open, or null. */
	Text text() {
		return text == null || text.isDisposed() ? null : text;
	}
}

package org.argmap.ui.graph;

import java.util.function.BiConsumer;

import org.argmap.model.Node;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * Edits a node's text in a box over its figure: Enter keeps it, Escape drops it, Shift+Enter breaks the line,
 * and clicking elsewhere keeps it.
 */
final class InPlaceEditor {

	private final Canvas canvas;
	private final BiConsumer<Node, String> commit;
	private Text text;

	/** @param commit receives the node and its new text when an edit is kept and the text changed */
	InPlaceEditor(Canvas canvas, BiConsumer<Node, String> commit) {
		this.canvas = canvas;
		this.commit = commit;
	}

	void open(Node node, Rectangle bounds) {
		finish(true);
		text = new Text(canvas, SWT.MULTI | SWT.WRAP | SWT.BORDER);
		text.setText(node.getText() == null ? "" : node.getText()); //$NON-NLS-1$
		text.setBounds(bounds.x, bounds.y, Math.max(160, bounds.width), Math.max(60, bounds.height));
		text.setData(node);
		text.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ESC) {
				finish(false);
			} else if ((event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && (event.stateMask & SWT.SHIFT) == 0) {
				event.doit = false;
				finish(true);
			}
		});
		Text opened = text;
		// Leaving the box for another control keeps the edit; the whole window losing focus does not end it.
		opened.addListener(SWT.FocusOut, event -> opened.getDisplay().asyncExec(() -> {
			Control focus = opened.isDisposed() ? null : opened.getDisplay().getFocusControl();
			if (text == opened && focus != null && focus != opened) {
				finish(true);
			}
		}));
		text.selectAll();
		text.setFocus();
	}

	/** The text box of an edit in progress, or null. */
	Text text() {
		return text;
	}

	void finish(boolean keep) {
		Text editing = text;
		text = null;
		if (editing == null || editing.isDisposed()) {
			return;
		}
		Node node = (Node) editing.getData();
		String value = editing.getText();
		editing.dispose();
		if (keep && !value.equals(node.getText())) {
			commit.accept(node, value);
		}
		if (!canvas.isDisposed()) {
			canvas.setFocus();
		}
	}
}

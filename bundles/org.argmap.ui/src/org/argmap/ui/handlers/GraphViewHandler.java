package org.argmap.ui.handlers;

import org.argmap.model.Node;
import org.argmap.ui.graph.GraphCanvas;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * The graph's view commands: zoom in and out, Home (readable text around the main conclusion), Fit Whole Map
 * (Shift+Home), 100% (Ctrl+0), edit text in place (F2), find a node (Ctrl+F), move the
 * selection to the nearest node in a direction (arrow keys), and Re-layout All. Bound in the graph's context,
 * so the keys act only while the graph has focus, and shown in the Map menu and the graph's context menu.
 */
public final class GraphViewHandler extends AbstractHandler {

	private static final String PREFIX = "org.argmap.ui.graph."; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		GraphCanvas graph = Passages.editor(event).graph();
		switch (event.getCommand().getId().substring(PREFIX.length())) {
		case "zoomIn" -> graph.zoomIn(); //$NON-NLS-1$
		case "zoomOut" -> graph.zoomOut(); //$NON-NLS-1$
		case "zoomFit" -> graph.home(); //$NON-NLS-1$
		case "fitWholeMap" -> graph.fitWholeMap(); //$NON-NLS-1$
		case "zoomActual" -> graph.zoomActual(); //$NON-NLS-1$
		case "relayoutAll" -> graph.relayoutAll(); //$NON-NLS-1$
		case "find" -> graph.find(); //$NON-NLS-1$
		case "editText" -> { //$NON-NLS-1$
			Node node = graph.selectedNode();
			if (node != null) {
				graph.editText(node);
			}
		}
		case "selectLeft" -> graph.navigate(-1, 0); //$NON-NLS-1$
		case "selectRight" -> graph.navigate(1, 0); //$NON-NLS-1$
		case "selectUp" -> graph.navigate(0, -1); //$NON-NLS-1$
		case "selectDown" -> graph.navigate(0, 1); //$NON-NLS-1$
		default -> throw new ExecutionException(event.getCommand().getId());
		}
		return null;
	}
}

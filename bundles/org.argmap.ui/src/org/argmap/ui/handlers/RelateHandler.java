package org.argmap.ui.handlers;

import java.util.List;

import org.argmap.model.ArgumentElement;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.graph.GraphCanvas;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.graphics.Point;

/**
 * Map > Relate…: the nodes selected first argue for or against the one selected last (or undercut the one
 * relation selected); the graph offers the kinds of relation that can join them, as after a drag.
 */
public final class RelateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		List<Node> nodes = SelectedElements.nodes(editor);
		List<Relation> relations = SelectedElements.relations(editor);
		GraphCanvas graph = editor.graph();
		ArgumentElement target;
		List<Node> sources;
		if (relations.size() == 1 && !nodes.isEmpty()) {
			target = relations.get(0);
			sources = nodes;
		} else if (relations.isEmpty() && nodes.size() >= 2) {
			target = nodes.get(nodes.size() - 1);
			sources = nodes.subList(0, nodes.size() - 1);
		} else {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Handlers_selectToRelate);
			return null;
		}
		Node at = target instanceof Node node ? node : sources.get(0);
		Point point = graph.canvasPoint(at);
		graph.offerRelation(sources, target, point.x, point.y);
		return null;
	}
}

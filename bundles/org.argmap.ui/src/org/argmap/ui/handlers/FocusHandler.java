package org.argmap.ui.handlers;

import java.util.List;

import org.argmap.model.Node;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.graph.GraphCanvas;
import org.argmap.ui.graph.NeighbourhoodDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * What part of the map the graph shows: Collapse Premises, Expand Premises, Show Neighbourhood of Selection and
 * Show All, named by the handler's data in plugin.xml. A way of looking at the map, not an edit: nothing goes on
 * the command stack and the map does not become dirty.
 */
public final class FocusHandler extends AbstractHandler implements IExecutableExtension {

	private String action;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		action = (String) data;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		Object part = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_EDITOR_NAME);
		Object selection = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME);
		GraphCanvas graph = part instanceof MapEditor editor ? editor.graph() : null;
		List<Node> nodes = selection instanceof IStructuredSelection structured ? SelectedElements.nodes(structured)
				: List.of();
		setBaseEnabled(graph != null && switch (action) {
		case "collapsePremises" -> nodes.stream().anyMatch(graph::canCollapse); //$NON-NLS-1$
		case "expandPremises" -> nodes.stream().anyMatch(graph::isCollapsed); //$NON-NLS-1$
		case "showNeighbourhood" -> !nodes.isEmpty(); //$NON-NLS-1$
		default -> graph.hidesNodes();
		});
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		MapEditor editor = Passages.editor(event);
		GraphCanvas graph = editor.graph();
		List<Node> nodes = SelectedElements.nodes(editor);
		switch (action) {
		case "collapsePremises" -> graph.collapsePremises(nodes.stream().filter(graph::canCollapse).toList()); //$NON-NLS-1$
		case "expandPremises" -> graph.expandPremises(nodes); //$NON-NLS-1$
		case "showNeighbourhood" -> { //$NON-NLS-1$
			NeighbourhoodDialog dialog = new NeighbourhoodDialog(HandlerUtil.getActiveShellChecked(event));
			if (!nodes.isEmpty() && dialog.open() == Window.OK) {
				graph.showNeighbourhood(nodes, dialog.steps());
			}
		}
		case "showAll" -> graph.showAll(); //$NON-NLS-1$
		default -> throw new ExecutionException(action);
		}
		return null;
	}
}

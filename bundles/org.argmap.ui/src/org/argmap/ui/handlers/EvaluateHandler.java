package org.argmap.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Evaluate: rings the active map's nodes by whether they stand (IN, OUT, undecided), following every edit,
 * or stops. The toggle's state is what maps opened later start with.
 */
public final class EvaluateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		boolean on = !HandlerUtil.toggleCommandState(event.getCommand());
		Passages.editor(event).evaluator().setOnCanvas(on);
		return null;
	}
}

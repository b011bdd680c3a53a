package org.argmap.ui.handlers;

import org.argmap.ui.wizards.NewMapWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > New Map... (Ctrl+N): the New Map wizard. */
public final class NewMapHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		NewMapWizard wizard = new NewMapWizard();
		wizard.init(window.getWorkbench(), null);
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}
}

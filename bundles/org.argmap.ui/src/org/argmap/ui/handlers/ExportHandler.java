package org.argmap.ui.handlers;

import org.argmap.ui.wizards.ExportWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;

/** File > Export... (Ctrl+Alt+E): the map of the active editor in another format. */
public final class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ExportWizard wizard = new ExportWizard(Passages.editor(event));
		new WizardDialog(Passages.editor(event).getSite().getShell(), wizard).open();
		return wizard.job();
	}
}

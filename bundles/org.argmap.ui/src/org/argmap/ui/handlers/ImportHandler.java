package org.argmap.ui.handlers;

import java.nio.file.Path;

import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.wizards.ImportWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import...: GraphML or AIF JSON as a new, unsaved map; files are looked for beside the active map. */
public final class ImportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Path folder = HandlerUtil.getActiveEditor(event) instanceof MapEditor editor
				? editor.mapFile().toAbsolutePath().getParent()
				: Path.of(System.getProperty("user.home")); //$NON-NLS-1$
		ImportWizard wizard = new ImportWizard(window.getActivePage(), folder);
		new WizardDialog(window.getShell(), wizard).open();
		return wizard.opened();
	}
}

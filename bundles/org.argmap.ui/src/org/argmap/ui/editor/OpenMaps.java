package org.argmap.ui.editor;

import java.nio.file.Path;

import org.argmap.model.persistence.FileReplacement;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** The map files open in the workbench's editors, which no Save As, export or import may replace. */
public final class OpenMaps {

	private OpenMaps() {
	}

	/** Whether any editor has {@code file} open, also through a link or another path. */
	public static boolean isOpen(Path file) {
		return editorOf(file, null) != null;
	}

	/** An editor other than {@code except} that has {@code file} open, or null. */
	public static IEditorReference editorOf(Path file, IWorkbenchPart except) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getPart(false) != except && opens(reference, file)) {
						return reference;
					}
				}
			}
		}
		return null;
	}

	private static boolean opens(IEditorReference reference, Path file) {
		try {
			return reference.getEditorInput() instanceof MapEditorInput input && FileReplacement.sameFile(input.file(), file);
		} catch (PartInitException e) {
			return false; // an editor whose input cannot be read holds no file
		}
	}
}

package org.argmap.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.model.ArgumentMap;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;

/**
 * A map file as an editor input, persistable so that the workbench reopens it in the next session and lists
 * it under File > Recent Maps. Argmap keeps maps in plain files, not in a workspace, so it needs neither
 * org.eclipse.ui.ide nor org.eclipse.core.resources.
 */
public final class MapEditorInput implements IPathEditorInput, IPersistableElement {

	private static final String FACTORY_ID = "org.argmap.ui.mapEditorInputFactory"; //$NON-NLS-1$
	private static final String PATH = "path"; //$NON-NLS-1$

	private final Path file;
	private final ArgumentMap unsaved;

	public MapEditorInput(Path file) {
		this(file, null);
	}

	/**
	 * A map that is not on disk yet, such as an import: the editor opens it with unsaved changes, and its
	 * first Save writes {@code file}.
	 */
	public MapEditorInput(Path file, ArgumentMap unsaved) {
		this.file = file.toAbsolutePath().normalize();
		this.unsaved = unsaved;
	}

	public Path file() {
		return file;
	}

	/** The map to open instead of the file's content, or null. */
	public ArgumentMap unsavedMap() {
		return unsaved;
	}

	@Override
	public boolean exists() {
		return Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(file.getFileName().toString());
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	/** A map not on disk yet is not reopened in the next session: there is nothing to reopen. */
	@Override
	public IPersistableElement getPersistable() {
		return unsaved == null ? this : null;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public IPath getPath() {
		return IPath.fromOSString(file.toString());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(PATH, file.toString());
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MapEditorInput input && input.file.equals(file) && input.unsaved == unsaved;
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}

	/** Recreates inputs from the workbench's saved state. */
	public static final class Factory implements IElementFactory {

		@Override
		public MapEditorInput createElement(IMemento memento) {
			String path = memento.getString(PATH);
			return path == null ? null : new MapEditorInput(Path.of(path));
		}
	}
}

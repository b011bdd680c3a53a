package org.argmap.ui.compare;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** What a comparison editor shows. Not persisted: a comparison is measured again from the maps. */
public final class ComparisonInput implements IEditorInput {

	private final Comparison comparison;

	public ComparisonInput(Comparison comparison) {
		this.comparison = comparison;
	}

	public Comparison comparison() {
		return comparison;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Compare_editorName, String.join(", ", comparison.report().annotators())); //$NON-NLS-1$
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return comparison.files().stream().map(Path::toString).collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}

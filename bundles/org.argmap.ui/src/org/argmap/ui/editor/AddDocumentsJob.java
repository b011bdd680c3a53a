package org.argmap.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.DocumentText;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.DocumentLocations;
import org.argmap.ui.ArgmapUi;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Reads new source documents (PDFs can take a while) and hands them to the editor, which adds them in one
 * command. Files that cannot be read are reported together, each with its reason, and the others are added.
 */
final class AddDocumentsJob extends Job {

	/** A document ready to be added, with the text its anchors will be made on. */
	record Read(SourceDocument document, SourceText text) {
	}

	private final MapEditor editor;
	private final List<Path> files;

	AddDocumentsJob(MapEditor editor, List<Path> files) {
		super(Messages.Job_addingDocuments);
		this.editor = editor;
		this.files = files;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		List<Read> read = new ArrayList<>();
		MultiStatus problems = new MultiStatus(ArgmapUi.PLUGIN_ID, 0, Messages.Job_documentsUnreadable, null);
		for (Path file : files) {
			progress.subTask(file.getFileName().toString());
			try {
				DocumentText text = DocumentLoader.load(file);
				SourceDocument document = MapElements.newDocument(titleOf(file),
						DocumentLocations.locationFor(editor.mapFile(), file));
				document.setMediaType(text.mediaType());
				document.setSha256(text.sha256());
				read.add(new Read(document, SourceText.of(text.text(), document.getLocation())));
			} catch (DocumentLoadException e) {
				problems.add(new Status(IStatus.ERROR, ArgmapUi.PLUGIN_ID, e.getMessage()));
			}
			progress.worked(1);
		}
		editor.getSite().getShell().getDisplay().asyncExec(() -> editor.documentsRead(read));
		return problems.isOK() ? Status.OK_STATUS : problems;
	}

	private static String titleOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}

package org.argmap.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.argmap.core.agreement.AgreementReport;
import org.argmap.core.agreement.Annotator;
import org.argmap.core.agreement.MapAgreement;
import org.argmap.core.agreement.SharedDocument;
import org.argmap.core.validation.SourceFileTexts;
import org.argmap.model.ArgumentMap;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.editor.SourceText;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Loads annotators' maps and measures their agreement in the background, then opens the comparison. Cancelling
 * stops between maps, between documents or pairs of annotators while measuring, and between documents while their
 * readable texts are made; nothing is opened then.
 */
public final class CompareMapsJob extends Job {

	private final IWorkbenchPage page;
	private final List<Path> files;

	private CompareMapsJob(IWorkbenchPage page, List<Path> files) {
		super(Messages.Compare_job);
		this.page = page;
		this.files = List.copyOf(files);
		setUser(true);
	}

	/** Compares the maps in {@code files} (at least two) and opens the comparison on {@code page}. */
	public static Job start(IWorkbenchPage page, List<Path> files) {
		Job job = new CompareMapsJob(page, files);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			return compare(monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	/** Loading, measuring and rendering each take a share of the progress about as large as their time. */
	private IStatus compare(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 3 * files.size());
		List<Annotator> annotators = new ArrayList<>();
		Map<ArgumentMap, SourceFileTexts> sources = new HashMap<>();
		List<String> names = AnnotatorNames.of(files);
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			progress.split(1);
			progress.subTask(NLS.bind(Messages.Compare_loading, file));
			try {
				ArgumentMap map = MapStore.load(file);
				annotators.add(new Annotator(names.get(i), map));
				sources.put(map, new SourceFileTexts(file, ArgmapPreferences.sourcePolicy(file)));
			} catch (MapFileException e) {
				return refuse(e.getMessage());
			}
		}
		progress.subTask(Messages.Compare_measuring);
		// only a document without a snapshot in any map is read from its file
		DocumentTexts texts = document -> sources.get((ArgumentMap) document.eContainer()).textOf(document);
		AgreementReport report = MapAgreement.of(annotators, texts, progress.split(files.size()));
		if (report.documents().isEmpty()) {
			return refuse(NLS.bind(Messages.Compare_noSharedDocument, String.join(", ", names))); //$NON-NLS-1$
		}
		// the text as the map editor shows it: the readable text of a document that holds markup
		SubMonitor rendering = progress.split(files.size()).setWorkRemaining(report.documents().size());
		Map<SharedDocument, SourceText> shown = new LinkedHashMap<>();
		for (AgreementReport.DocumentAgreement document : report.documents()) {
			rendering.split(1);
			SourceDocument first = document.document().byAnnotator().get(0);
			// the snapshot is the text the passages were marked on; a file edited since would misplace them
			String stored = first.getSnapshot() != null ? first.getSnapshot() : texts.textOf(first).orElse(""); //$NON-NLS-1$
			shown.put(document.document(), SourceText.of(stored, first.getLocation()));
		}
		Comparison comparison = new Comparison(files, annotators, report, shown);
		page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
			if (!page.getWorkbenchWindow().getShell().isDisposed()) {
				try {
					page.openEditor(new ComparisonInput(comparison), ComparisonEditor.ID);
				} catch (PartInitException e) {
					ArgmapUi.log(getName(), e);
				}
			}
		});
		return Status.OK_STATUS;
	}

	/** Says why nothing was compared, naming the file and place; nothing is opened. */
	private IStatus refuse(String message) {
		page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
			if (!page.getWorkbenchWindow().getShell().isDisposed()) {
				MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Compare_failedTitle, message);
			}
		});
		return Status.OK_STATUS;
	}
}

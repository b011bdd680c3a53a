package org.argmap.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.argmap.core.anchoring.AnchorOutcome;
import org.argmap.core.anchoring.DocumentReanchoring;
import org.argmap.core.anchoring.DocumentReanchoring.DocumentReport;
import org.argmap.core.text.OutsideMapFolderException;
import org.argmap.core.text.SourcePolicy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the texts of a map's documents and re-anchors the anchors of every document whose text changed
 * since the map was saved. Runs in the background on a copy of the map taken when the job is made (on the UI
 * thread), so the user may edit the map meanwhile; the result names the original documents and anchors and
 * is handed to the editor, which shows the texts and applies the re-anchoring as one undoable command, so
 * nothing moves without the user seeing it.
 */
final class DocumentTextsJob extends Job {

	/**
	 * What the job found.
	 *
	 * @param texts    each document's text (or its embedded snapshot when the file is gone), as stored and as read
	 * @param problems why a document's file could not be read
	 * @param outside  the file of each document not read because it lies outside the map's folder
	 * @param reports  one per document, for the re-anchoring command
	 */
	record Result(Map<SourceDocument, SourceText> texts, Map<SourceDocument, String> problems,
			Map<SourceDocument, Path> outside, List<DocumentReport> reports) {
	}

	private final ArgumentMap copy;
	/** From each element of the copy back to the map's own. */
	private final Map<EObject, EObject> originals = new IdentityHashMap<>();
	private final Path mapFile;
	private final SourcePolicy policy;
	private final Consumer<Result> done;

	DocumentTextsJob(ArgumentMap map, Path mapFile, SourcePolicy policy, Consumer<Result> done) {
		super(NLS.bind(Messages.Job_loadingTexts, mapFile.getFileName()));
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		this.copy = (ArgumentMap) copier.copy(map);
		copier.copyReferences();
		copier.forEach((original, copied) -> originals.put(copied, original));
		this.mapFile = mapFile;
		this.policy = policy;
		this.done = done;
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		List<DocumentReport> reports = new ArrayList<>();
		for (DocumentReport report : DocumentReanchoring.run(copy, mapFile, policy)) {
			reports.add(original(report));
		}
		Map<SourceDocument, SourceText> texts = new IdentityHashMap<>();
		Map<SourceDocument, String> problems = new IdentityHashMap<>();
		Map<SourceDocument, Path> outside = new IdentityHashMap<>();
		for (DocumentReport report : reports) {
			if (report.failure() instanceof OutsideMapFolderException refused) {
				// the user is asked about the file that would be read, never a link leading to it
				outside.put(report.document(), SourcePolicy.resolved(refused.getFile()));
			}
			if (report.text() != null) {
				texts.put(report.document(), SourceText.of(report.text(), report.document().getLocation()));
			} else if (report.document().getSnapshot() != null) {
				texts.put(report.document(), SourceText.of(report.document().getSnapshot(), report.document().getLocation()));
				problems.put(report.document(), NLS.bind(Messages.Source_snapshot, report.problem()));
			} else {
				problems.put(report.document(), report.problem());
			}
		}
		monitor.done();
		done.accept(new Result(texts, problems, outside, reports));
		return Status.OK_STATUS;
	}

	/** The report about the copy, told of the map's own document and anchors. */
	private DocumentReport original(DocumentReport report) {
		List<AnchorOutcome> outcomes = new ArrayList<>();
		for (AnchorOutcome outcome : report.outcomes()) {
			outcomes.add(new AnchorOutcome((TextAnchor) originals.get(outcome.anchor()), outcome.status(),
					outcome.start(), outcome.end(), outcome.exact(), outcome.reason(), outcome.candidates()));
		}
		return new DocumentReport((SourceDocument) originals.get(report.document()), report.text(), report.failure(),
				report.changed(), outcomes);
	}
}

package org.argmap.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.argmap.interchange.corpus.CorpusDocument;
import org.argmap.interchange.corpus.CorpusImport;
import org.argmap.model.persistence.MapFileException;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.views.CorpusView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Import Corpus...: a brat, arg-microtexts or AIFdb corpus (a {@code .zip}, or any file of its folder)
 * becomes a corpus folder of maps and documents, in a job; the Corpus view then shows it. Nothing is written
 * when any file of the corpus is damaged, and no existing file is replaced.
 */
public final class ImportCorpusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog sourceDialog = new FileDialog(window.getShell(), SWT.OPEN);
		sourceDialog.setText(Messages.Handlers_importCorpusSource);
		sourceDialog.setFilterExtensions(new String[] { "*.zip;*.ann;*.xml;*.json", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = sourceDialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		Path source = file.getFileName().toString().endsWith(".zip") ? file : file.getParent(); //$NON-NLS-1$
		DirectoryDialog targetDialog = new DirectoryDialog(window.getShell());
		targetDialog.setMessage(Messages.Handlers_importCorpusTarget);
		String target = targetDialog.open();
		if (target == null) {
			return null;
		}
		Path corpus = Path.of(target);
		IWorkbenchPage page = window.getActivePage();
		Job job = Job.create(NLS.bind(Messages.Handlers_importingCorpus, source), monitor -> {
			try {
				List<CorpusDocument> documents = CorpusImport.read(source, null);
				CorpusImport.checkTargets(documents, corpus, false);
				SubMonitor progress = SubMonitor.convert(monitor, documents.size());
				for (CorpusDocument document : documents) {
					if (progress.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					progress.subTask(document.name());
					CorpusImport.write(document, corpus);
					progress.worked(1);
				}
			} catch (MapFileException e) {
				return new Status(IStatus.ERROR, ArgmapUi.PLUGIN_ID, e.getMessage(), e);
			}
			window.getShell().getDisplay().asyncExec(() -> {
				try {
					((CorpusView) page.showView(CorpusView.ID)).setCorpus(corpus);
				} catch (PartInitException e) {
					ArgmapUi.log(e.getMessage(), e);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}

package org.argmap.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.argmap.core.corpus.CorpusFolder;
import org.argmap.core.corpus.CorpusIndex;
import org.argmap.core.corpus.CorpusIndex.SavedMap;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.FileVersion;
import org.argmap.ui.ArgmapUi;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Keeps a corpus's search index in step with the maps the workbench saves in it, so that a search right after
 * a save finds what was just written. Only a map in a folder that already has an index is indexed: saving a
 * map elsewhere never creates one.
 */
public final class CorpusIndexUpdate {

	/** The family of the jobs that update an index after a save. */
	public static final Object FAMILY = CorpusIndexUpdate.class;

	private CorpusIndexUpdate() {
	}

	/**
	 * Indexes {@code map}, just saved to {@code mapFile} in the version {@code written} (null if the save reported
	 * none: the file's stamp is read then), again in a job, when the file lies in an indexed corpus. Called on
	 * the thread that owns the map.
	 */
	public static void afterSave(Path mapFile, ArgumentMap map, FileVersion written) {
		Path corpus = CorpusFolder.indexedFolderOf(mapFile);
		if (corpus == null) {
			return;
		}
		// What the index needs of the map is taken now, from memory: the user may go on editing while the job
		// runs, and reading the file back would cost more than the rest of the update.
		SavedMap saved;
		try {
			saved = written != null ? SavedMap.of(corpus, mapFile, map, written) : SavedMap.of(corpus, mapFile, map);
		} catch (IOException e) {
			saved = null; // the file went away already: the job scans the folder and forgets it
		}
		SavedMap taken = saved;
		Job job = new Job(NLS.bind(Messages.Editor_updatingCorpusIndex, corpus)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					if (taken != null) {
						CorpusIndex.updateAfterSave(corpus, taken);
					} else {
						CorpusIndex.open(corpus).close();
					}
					return Status.OK_STATUS;
				} catch (IOException e) {
					// the index is a cache: the next search brings it up to date from the files
					return new Status(IStatus.WARNING, ArgmapUi.PLUGIN_ID, e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(rule(corpus));
		job.schedule();
	}

	/** One job at a time per corpus: Lucene lets only one writer hold an index. */
	public static ISchedulingRule rule(Path corpus) {
		return new CorpusRule(corpus.toAbsolutePath().normalize());
	}

	private record CorpusRule(Path corpus) implements ISchedulingRule {

		@Override
		public boolean contains(ISchedulingRule rule) {
			return equals(rule);
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return equals(rule);
		}
	}
}

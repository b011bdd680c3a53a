package org.argmap.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.argmap.core.corpus.CorpusIndex;
import org.argmap.core.corpus.CorpusOverview;
import org.argmap.core.corpus.CorpusQueryException;
import org.argmap.core.corpus.SameClaim;
import org.argmap.core.corpus.SearchHit;
import org.argmap.core.text.ReadableText.Range;
import org.argmap.model.AnchorStatus;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.editor.CorpusIndexUpdate;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.handlers.OpenMapHandler;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * A corpus folder at a glance: its documents and maps, which documents are annotated, in which maps, by whom and
 * how far (nodes, anchors, orphaned anchors), and a search over all of them. Double-clicking a map opens it; a
 * document opens in the editor of the first map that annotates it; a hit opens its map at the node, or the
 * map of the document it lies in, with the words it found highlighted in the source pane. Reading the corpus and searching it run in jobs.
 */
public final class CorpusView extends ViewPart {

	public static final String ID = "org.argmap.ui.corpusView"; //$NON-NLS-1$
	private static final int MAX_HITS = 200;
	private static final int SNIPPET_CONTEXT = 50;

	private Path folder;
	private Label folderLabel;
	private Text query;
	private Button sameClaim;
	private TableViewer files;
	private TableViewer hits;
	private List<CorpusOverview.Entry> entries = List.of();

	@Override
	public void createPartControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(top);
		Button choose = new Button(top, SWT.PUSH);
		choose.setText(Messages.Corpus_open);
		choose.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
			dialog.setMessage(Messages.Corpus_chooseFolder);
			String chosen = dialog.open();
			if (chosen != null) {
				setCorpus(Path.of(chosen));
			}
		});
		folderLabel = new Label(top, SWT.NONE);
		folderLabel.setText(Messages.Corpus_noFolder);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(folderLabel);
		query = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH);
		query.setMessage(Messages.Corpus_searchHint);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(query);
		query.addListener(SWT.DefaultSelection, event -> search(query.getText()));
		sameClaim = new Button(top, SWT.CHECK);
		sameClaim.setText(Messages.Corpus_sameClaim);
		sameClaim.setToolTipText(Messages.Corpus_sameClaimTooltip);

		SashForm sash = new SashForm(top, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
		files = table(sash);
		TableColumns.<CorpusOverview.Entry>add(files, Messages.Corpus_file, 260, CorpusOverview.Entry::file);
		TableColumns.<CorpusOverview.Entry>add(files, Messages.Corpus_kind, 90, entry -> entry.isMap() ? Messages.Corpus_map
				: entry.related().isEmpty() ? Messages.Corpus_notAnnotated : Messages.Corpus_document);
		TableColumns.<CorpusOverview.Entry>add(files, Messages.Corpus_nodes, 70, entry -> Integer.toString(entry.nodes()));
		TableColumns.<CorpusOverview.Entry>add(files, Messages.Corpus_anchors, 70, entry -> Integer.toString(entry.anchors()));
		TableColumns.<CorpusOverview.Entry>add(files, Messages.Corpus_orphans, 70, entry -> Integer.toString(entry.orphans()));
		TableColumns.<CorpusOverview.Entry>add(files, Messages.Corpus_annotators, 160,
				entry -> String.join(", ", entry.annotators())); //$NON-NLS-1$
		TableColumns.<CorpusOverview.Entry>add(files, Messages.Corpus_related, 320, entry -> entry.problem() != null ? entry.problem()
				: String.join(", ", entry.related())); //$NON-NLS-1$
		files.addDoubleClickListener(event -> {
			if (files.getStructuredSelection().getFirstElement() instanceof CorpusOverview.Entry entry) {
				openFile(entry.file(), null);
			}
		});
		hits = table(sash);
		TableColumns.<SearchHit>add(hits, Messages.Corpus_file, 260, SearchHit::file);
		TableColumns.<SearchHit>add(hits, Messages.Corpus_kind, 90, SearchHit::kind);
		TableColumns.<SearchHit>add(hits, Messages.Corpus_text, 560, hit -> hit.snippet(SNIPPET_CONTEXT));
		hits.addDoubleClickListener(event -> {
			if (hits.getStructuredSelection().getFirstElement() instanceof SearchHit hit) {
				openHit(hit);
			}
		});
		sash.setWeights(3, 2);
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/** Shows the corpus {@code corpusFolder}, read in a job. */
	public void setCorpus(Path corpusFolder) {
		folder = corpusFolder;
		folderLabel.setText(corpusFolder.toString());
		hits.setInput(List.of());
		Job job = Job.create(NLS.bind(Messages.Corpus_reading, corpusFolder), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, IProgressMonitor.UNKNOWN);
			try {
				List<CorpusOverview.Entry> read = CorpusOverview.of(corpusFolder, progress::isCanceled);
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				showLater(() -> {
					entries = read;
					files.setInput(read);
				});
				return Status.OK_STATUS;
			} catch (IOException e) {
				return new Status(IStatus.ERROR, ArgmapUi.PLUGIN_ID, e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/**
	 * Searches the corpus for {@code text} in a job; the index is brought up to date first. With Same claim
	 * checked, {@code text} is a claim, and every node stating it or linked to one that does is listed; links
	 * leading nowhere are named on the status line.
	 */
	public void search(String text) {
		Path corpusFolder = folder;
		if (corpusFolder == null || text.isBlank()) {
			return;
		}
		boolean claim = sameClaim.getSelection();
		Job job = Job.create(NLS.bind(Messages.Corpus_searching, text), monitor -> {
			try (CorpusIndex index = CorpusIndex.open(corpusFolder)) {
				SameClaim stating = claim ? index.mapsStating(text) : null;
				List<SearchHit> found = claim ? stating.nodes() : index.search(text, MAX_HITS);
				List<String> broken = claim ? stating.brokenLinks() : List.of();
				showLater(() -> {
					hits.setInput(found);
					getViewSite().getActionBars().getStatusLineManager()
							.setErrorMessage(broken.isEmpty() ? null : String.join("; ", broken)); //$NON-NLS-1$
				});
				return Status.OK_STATUS;
			} catch (CorpusQueryException | IOException e) {
				return new Status(IStatus.ERROR, ArgmapUi.PLUGIN_ID, e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.setRule(CorpusIndexUpdate.rule(corpusFolder));
		job.schedule();
	}

	private void showLater(Runnable show) {
		files.getControl().getDisplay().asyncExec(() -> {
			if (!files.getControl().isDisposed()) {
				show.run();
			}
		});
	}

	/** Opens the map of {@code hit} at its node, with the words it found highlighted in the source pane. */
	private void openHit(SearchHit hit) {
		MapEditor editor = openFile(hit.file(), hit.nodeId());
		if (editor == null) {
			return;
		}
		if (hit.isDocument()) {
			Path document = folder.resolve(hit.file()).normalize();
			Path mapFolder = editor.mapFile().toAbsolutePath().getParent();
			editor.map().getDocuments().stream()
					.filter(source -> source.getLocation() != null && !source.getLocation().contains(":") //$NON-NLS-1$
							&& mapFolder.resolve(source.getLocation()).normalize().equals(document.toAbsolutePath()))
					.findFirst().ifPresent(source -> showFound(editor, source,
							hit.matches().stream().map(match -> new Range(match[0], match[1])).toList()));
			return;
		}
		Node node = nodeWithId(editor, hit.nodeId());
		if (node == null) {
			return; // the map changed since it was indexed
		}
		// the index found the words in the node's text; in the document they are where its passages quote them
		List<String> words = hit.matches().stream().map(match -> hit.text().substring(match[0], match[1])
				.toLowerCase(Locale.ROOT)).distinct().toList();
		for (TextAnchor anchor : node.getAnchors()) {
			if (anchor.getStatus() == AnchorStatus.ORPHANED || anchor.getExact() == null) {
				continue;
			}
			String quoted = anchor.getExact().toLowerCase(Locale.ROOT);
			List<Range> places = new ArrayList<>();
			for (String word : words) {
				for (int at = quoted.indexOf(word); at >= 0; at = quoted.indexOf(word, at + word.length())) {
					places.add(new Range(anchor.getStart() + at, anchor.getStart() + at + word.length()));
				}
			}
			if (!places.isEmpty()) {
				showFound(editor, anchor.getDocument(), places);
				return;
			}
		}
	}

	private static void showFound(MapEditor editor, SourceDocument document, List<Range> places) {
		if (!places.isEmpty()) {
			editor.sourcePane().showFound(document, places);
		}
	}

	/**
	 * Opens the map {@code file} (at the node {@code nodeId}), or the first map that annotates the document;
	 * returns its editor, or null when there is none.
	 */
	private MapEditor openFile(String file, String nodeId) {
		String mapFile = file;
		if (!file.endsWith(".argmap")) { //$NON-NLS-1$
			mapFile = entries.stream().filter(entry -> entry.file().equals(file)).flatMap(entry -> entry.related().stream())
					.findFirst().orElse(null);
			if (mapFile == null) {
				return null; // a document no map annotates: there is no editor to show it in
			}
		}
		try {
			Path chosen = folder.resolve(mapFile);
			return nodeId == null ? OpenMapHandler.open(getSite().getPage(), chosen)
					: OpenMapHandler.openAt(getSite().getPage(), chosen, nodeId);
		} catch (ExecutionException e) {
			ArgmapUi.log(e.getMessage(), e);
			return null;
		}
	}

	private static Node nodeWithId(MapEditor editor, String id) {
		return editor.map().getNodes().stream().filter(node -> id.equals(node.getId())).findFirst().orElse(null);
	}

	/** For tests: the list of documents and maps, the list of hits, and the search field. */
	public TableViewer files() {
		return files;
	}

	public TableViewer hits() {
		return hits;
	}

	public Text query() {
		return query;
	}

	public Button sameClaim() {
		return sameClaim;
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}
}

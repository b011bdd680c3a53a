package org.argmap.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.argmap.core.corpus.ClaimLinkException;
import org.argmap.core.corpus.CorpusFolder;
import org.argmap.core.corpus.CorpusIndex;
import org.argmap.core.corpus.EquivalentClaims;
import org.argmap.core.corpus.SearchHit;
import org.argmap.model.ClaimLink;
import org.argmap.model.Node;
import org.argmap.model.edit.MapEdits;
import org.argmap.ui.editor.CorpusIndexUpdate;
import org.argmap.ui.editor.MapEditor;
import org.argmap.ui.views.TableColumns;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The claims of other maps of the corpus linked to one node as stating the same, and a search of the corpus's
 * index for more: linking a found claim, unlinking one, and opening one in its map run from here. Each link and
 * unlink is one command on the map's command stack; the search runs in a job.
 */
final class EquivalentClaimsDialog extends Dialog {

	private static final int MAX_FOUND = 50;
	private static final int SNIPPET_CONTEXT = 60;

	private final MapEditor editor;
	private final Node node;
	private final Path corpus;
	private TableViewer linked;
	private TableViewer found;
	private Text query;
	private Label problem;
	private Button open;
	private Button unlink;
	private Button link;

	EquivalentClaimsDialog(Shell parent, MapEditor editor, Node node) {
		super(parent);
		this.editor = editor;
		this.node = node;
		this.corpus = EquivalentClaims.corpusOf(editor.mapFile());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Equivalent_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label about = new Label(area, SWT.WRAP);
		about.setText(NLS.bind(Messages.Equivalent_about, node.getText(), corpus));
		GridDataFactory.fillDefaults().span(2, 1).hint(720, SWT.DEFAULT).applyTo(about);

		linked = table(area, 90);
		TableColumns.<String>add(linked, Messages.Equivalent_linkColumn, 600, text -> text);
		Composite linkedButtons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(linkedButtons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(linkedButtons);
		open = button(linkedButtons, Messages.Equivalent_open);
		open.addListener(SWT.Selection, event -> openLinked());
		unlink = button(linkedButtons, Messages.Equivalent_unlink);
		unlink.addListener(SWT.Selection, event -> unlinkSelected());
		linked.addSelectionChangedListener(event -> showButtons());
		linked.addDoubleClickListener(event -> openLinked());

		Label find = new Label(area, SWT.NONE);
		find.setText(Messages.Equivalent_find);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(find);
		query = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH);
		query.setText(node.getText() == null ? "" : node.getText()); //$NON-NLS-1$
		query.addListener(SWT.DefaultSelection, event -> search());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		new Label(area, SWT.NONE);
		found = table(area, 200);
		TableColumns.<SearchHit>add(found, Messages.Equivalent_mapColumn, 200, SearchHit::file);
		TableColumns.<SearchHit>add(found, Messages.Equivalent_kindColumn, 80, SearchHit::kind);
		TableColumns.<SearchHit>add(found, Messages.Equivalent_textColumn, 420, hit -> hit.snippet(SNIPPET_CONTEXT));
		link = button(area, Messages.Equivalent_link);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(link);
		link.addListener(SWT.Selection, event -> linkSelected());
		found.addSelectionChangedListener(event -> showButtons());
		found.addDoubleClickListener(event -> linkSelected());

		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
		showLinks();
		search();
		return area;
	}

	private static TableViewer table(Composite parent, int height) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, height).applyTo(viewer.getControl());
		return viewer;
	}

	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	/** Searches the corpus for claims sharing words with the query, leaving out this map's own. */
	private void search() {
		found.setInput(List.of());
		if (CorpusFolder.indexedFolderOf(editor.mapFile()) == null) {
			// indexing is the Corpus view's to start: here it would walk whatever folder the map happens to lie in
			say(NLS.bind(Messages.Equivalent_noCorpus, corpus));
			return;
		}
		String text = query.getText();
		String ownMap = corpus.relativize(editor.mapFile().toAbsolutePath().normalize()).toString().replace('\\', '/');
		Job job = Job.create(NLS.bind(Messages.Equivalent_searching, corpus), monitor -> {
			try (CorpusIndex index = CorpusIndex.open(corpus)) {
				List<SearchHit> hits = index.nodesLike(text, MAX_FOUND).stream().filter(hit -> !hit.file().equals(ownMap))
						.toList();
				showLater(() -> {
					found.setInput(hits);
					say(hits.isEmpty() ? Messages.Equivalent_nothingFound : null);
				});
			} catch (IOException e) {
				showLater(() -> say(e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setRule(CorpusIndexUpdate.rule(corpus));
		job.schedule();
	}

	private void showLater(Runnable show) {
		query.getDisplay().asyncExec(() -> {
			if (!query.isDisposed()) {
				show.run();
			}
		});
	}

	private void linkSelected() {
		if (!(found.getStructuredSelection().getFirstElement() instanceof SearchHit hit)) {
			return;
		}
		try {
			ClaimLink claim = EquivalentClaims.link(editor.mapFile(), corpus.resolve(hit.file()), hit.nodeId());
			Command command = MapEdits.linkEquivalent(editor.domain(), node, claim.toString());
			if (command.canExecute()) {
				editor.domain().getCommandStack().execute(command);
				say(null);
			} else {
				say(NLS.bind(Messages.Equivalent_alreadyLinked, claim));
			}
			showLinks();
		} catch (ClaimLinkException e) {
			say(e.getMessage());
		}
	}

	private void unlinkSelected() {
		if (linked.getStructuredSelection().getFirstElement() instanceof String claim) {
			editor.domain().getCommandStack().execute(MapEdits.unlinkEquivalent(editor.domain(), node, claim));
			showLinks();
		}
	}

	/** Opens the map of the selected link with its node selected, or says why it cannot. */
	private void openLinked() {
		if (!(linked.getStructuredSelection().getFirstElement() instanceof String text)) {
			return;
		}
		ClaimLink claim = ClaimLink.parse(text);
		if (claim == null) {
			say(NLS.bind(Messages.Equivalent_notALink, text));
			return;
		}
		Path target;
		try {
			target = EquivalentClaims.target(editor.mapFile(), claim);
		} catch (ClaimLinkException e) {
			say(e.getMessage());
			return;
		}
		if (!Files.isRegularFile(target)) {
			say(NLS.bind(Messages.Equivalent_mapGone, target));
			return;
		}
		IWorkbenchPage page = editor.getSite().getPage();
		close();
		try {
			OpenMapHandler.openAt(page, target, claim.node());
		} catch (ExecutionException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Equivalent_title, e.getMessage());
		}
	}

	private void showLinks() {
		linked.setInput(List.copyOf(node.getEquivalents()));
		showButtons();
	}

	private void showButtons() {
		boolean linkChosen = !linked.getStructuredSelection().isEmpty();
		open.setEnabled(linkChosen);
		unlink.setEnabled(linkChosen);
		link.setEnabled(!found.getStructuredSelection().isEmpty());
	}

	private void say(String message) {
		problem.setText(message == null ? "" : message); //$NON-NLS-1$
		problem.getParent().layout(true);
	}
}

package org.argmap.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.Date;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.argmap.core.anchoring.DocumentReanchoring;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.persistence.DocumentLocations;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.graph.GraphCanvas;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The map editor: the source documents on the left, the map on the right, one editing domain and one
 * command stack per map. Every change, from any pane or view, is a command on that stack, so undo and the
 * dirty marker cover all of them.
 */
public final class MapEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.argmap.ui.mapEditor"; //$NON-NLS-1$
	public static final String CONTEXT_ID = "org.argmap.ui.mapEditorContext"; //$NON-NLS-1$
	public static final String SOURCE_MENU_ID = "org.argmap.ui.sourcePane"; //$NON-NLS-1$

	private final AdapterFactoryEditingDomain domain = MapEditingDomains.create();
	private final CommandStackListener commandStackListener = this::commandStackChanged;
	private final IPropertyChangeListener preferenceListener = event -> preferencesChanged();
	private Path mapFile;
	private Resource resource;
	private ArgumentMap map;
	private SourcePane sourcePane;
	private TreeViewer tree;
	private GraphCanvas graph;
	private MapOutlinePage outline;
	/** Set when the map came from an autosaved copy: it differs from the file although the stack is clean. */
	private boolean recovered;
	private boolean textsLoaded;
	private Job autosaveJob;
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInputWithNotify(input);
		mapFile = fileOf(input);
		if (mapFile == null) {
			throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
		}
		setPartName(mapFile.getFileName().toString());
		setTitleToolTip(mapFile.toString());
	}

	private static Path fileOf(IEditorInput input) {
		if (input instanceof MapEditorInput mapInput) {
			return mapInput.file();
		}
		if (input instanceof IPathEditorInput pathInput) {
			return pathInput.getPath().toFile().toPath();
		}
		return null;
	}

	@Override
	public void createPartControl(Composite parent) {
		try {
			load();
		} catch (MapFileException e) {
			Label problem = new Label(parent, SWT.WRAP);
			problem.setText(NLS.bind(Messages.Editor_unreadable, e.getMessage()));
			return;
		}
		SashForm panes = new SashForm(parent, SWT.HORIZONTAL);
		sourcePane = new SourcePane(panes);
		CTabFolder mapPane = new CTabFolder(panes, SWT.BOTTOM | SWT.FLAT);
		graph = new GraphCanvas(mapPane, domain, map);
		CTabItem graphTab = new CTabItem(mapPane, SWT.NONE);
		graphTab.setText(Messages.Editor_graphTab);
		graphTab.setControl(graph.control());
		Composite treePane = new Composite(mapPane, SWT.NONE);
		treePane.setLayout(new FillLayout());
		CTabItem treeTab = new CTabItem(mapPane, SWT.NONE);
		treeTab.setText(Messages.Editor_treeTab);
		treeTab.setControl(treePane);
		mapPane.setSelection(graphTab);
		tree = new TreeViewer(treePane, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.setContentProvider(new MapContent());
		tree.setLabelProvider(new MapLabels());
		tree.setUseHashlookup(true);
		tree.setInput(map);
		MapContent.expandSmallGroups(tree);
		panes.setWeights(45, 55);
		getSite().setSelectionProvider(tree);
		tree.addSelectionChangedListener(event -> revealFirstNode(event.getStructuredSelection()));
		// The graph and the tree show one selection; the tree passes it on to Properties and the source pane.
		graph.addSelectionChangedListener(event -> tree.setSelection(event.getSelection(), true));
		tree.addSelectionChangedListener(event -> {
			graph.setSelection(event.getSelection());
			if (event.getStructuredSelection().getFirstElement() instanceof Node node) {
				graph.reveal(node);
			}
		});
		sourcePane.onPassageClicked(node -> select(node));

		MenuManager sourceMenu = new MenuManager();
		sourcePane.viewer().getTextWidget().setMenu(sourceMenu.createContextMenu(sourcePane.viewer().getTextWidget()));
		getSite().registerContextMenu(SOURCE_MENU_ID, sourceMenu, sourcePane.viewer());
		acceptDroppedFiles(sourcePane.control());
		acceptDroppedFiles(tree.getControl());

		domain.getCommandStack().addCommandStackListener(commandStackListener);
		ArgmapPreferences.store().addPropertyChangeListener(preferenceListener);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		new DocumentTextsJob(map, mapFile, result -> parent.getDisplay().asyncExec(() -> textsLoaded(result))).schedule();
		scheduleAutosave();
	}

	private void load() throws MapFileException {
		Path copy = Autosave.unsavedWork(mapFile);
		if (copy != null && MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_recoverTitle,
				NLS.bind(Messages.Editor_recoverQuestion, mapFile.getFileName(),
						DateFormat.getDateTimeInstance().format(new Date(copy.toFile().lastModified()))))) {
			map = MapStore.load(domain.getResourceSet(), copy);
			resource = map.eResource();
			resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(mapFile.toAbsolutePath().toString()));
			recovered = true;
		} else {
			if (copy != null) {
				Autosave.discard(mapFile);
			}
			map = MapStore.load(domain.getResourceSet(), mapFile);
			resource = map.eResource();
		}
	}

	private void preferencesChanged() {
		if (sourcePane != null && !sourcePane.control().isDisposed()) {
			sourcePane.applyColours();
		}
	}

	private void textsLoaded(DocumentTextsJob.Result result) {
		if (sourcePane == null || sourcePane.control().isDisposed()) {
			return;
		}
		sourcePane.setTexts(map, result.texts(), result.problems());
		textsLoaded = true;
		Command reanchor = DocumentReanchoring.applyCommand(domain, result.reports());
		if (reanchor.canExecute()) {
			// One undoable step; the Anchors view lists what moved and what was orphaned.
			domain.getCommandStack().execute(reanchor);
		}
		fireChanged();
	}

	/** Whether the documents' texts are there to select passages in. */
	public boolean textsLoaded() {
		return textsLoaded;
	}

	private void commandStackChanged(EventObject event) {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (tree == null || tree.getControl().isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			tree.refresh();
			graph.refresh();
			sourcePane.refreshDocuments();
			if (outline != null) {
				outline.refresh();
			}
			Command last = domain.getCommandStack().getMostRecentCommand();
			if (last != null && !last.getAffectedObjects().isEmpty()) {
				tree.setSelection(new StructuredSelection(last.getAffectedObjects().toArray()), true);
			}
			fireChanged();
		});
	}

	/** Runs {@code listener} (on the UI thread) whenever the map or its texts change: for views. */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	private void fireChanged() {
		changeListeners.forEach(Runnable::run);
	}

	private void revealFirstNode(IStructuredSelection selection) {
		for (Object element : selection) {
			TextAnchor anchor = element instanceof TextAnchor given ? given
					: element instanceof Node node && !node.getAnchors().isEmpty() ? node.getAnchors().get(0) : null;
			if (anchor != null && anchor.getDocument() != null) {
				sourcePane.reveal(anchor);
				return;
			}
		}
	}

	/** Selects {@code elements} in the map tree, which the Outline, Properties and source pane follow. */
	public void select(Object... elements) {
		tree.setSelection(new StructuredSelection(elements), true);
	}

	/** The node selected in the map, if exactly one node or one of its parts is. */
	public Node selectedNode() {
		IStructuredSelection selection = tree.getStructuredSelection();
		if (selection.size() == 1 && selection.getFirstElement() instanceof Node node) {
			return node;
		}
		return selection.size() == 1 && selection.getFirstElement() instanceof TextAnchor anchor
				? (Node) anchor.eContainer()
				: null;
	}

	public IStructuredSelection selection() {
		return tree.getStructuredSelection();
	}

	private void acceptDroppedFiles(org.eclipse.swt.widgets.Control control) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] files) {
					addDocuments(java.util.Arrays.stream(files).map(Path::of).toList());
				}
			}
		});
	}

	/** Reads the files in the background and adds them to the map as documents, in one undoable step. */
	public void addDocuments(List<Path> files) {
		new AddDocumentsJob(this, files).schedule();
	}

	void documentsRead(List<AddDocumentsJob.Read> read) {
		if (read.isEmpty() || tree.getControl().isDisposed()) {
			return;
		}
		read.forEach(document -> sourcePane.putText(document.document(), document.text()));
		domain.getCommandStack().execute(MapCommands.addDocuments(domain, map, read.stream().map(AddDocumentsJob.Read::document).toList()));
		sourcePane.show(read.get(0).document());
	}

	public SourcePane sourcePane() {
		return sourcePane;
	}

	public ArgumentMap map() {
		return map;
	}

	public Path mapFile() {
		return mapFile;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	@Override
	public boolean isDirty() {
		return recovered || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		saveTo(mapFile);
	}

	private boolean saveTo(Path file) {
		try {
			MapStore.save(resource, file);
		} catch (MapFileException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, e.getMessage());
			return false;
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		recovered = false;
		Autosave.discard(mapFile);
		firePropertyChange(PROP_DIRTY);
		return true;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.argmap" }); //$NON-NLS-1$
		dialog.setFileName(mapFile.getFileName().toString());
		dialog.setFilterPath(mapFile.toAbsolutePath().getParent().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveAs(Path.of(chosen.endsWith(".argmap") ? chosen : chosen + ".argmap")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Saves the map under a new name. Document locations are relative to the map file, so they are rebased
	 * onto the new folder first: bookkeeping of the file, like the modification date, not an edit to undo.
	 */
	public void saveAs(Path newFile) {
		Path oldFile = mapFile;
		for (SourceDocument document : map.getDocuments()) {
			Path source = DocumentLocations.resolve(oldFile, document);
			if (source != null) {
				document.setLocation(DocumentLocations.locationFor(newFile, source));
			}
		}
		Autosave.discard(oldFile);
		if (saveTo(newFile)) {
			mapFile = newFile;
			resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(newFile.toAbsolutePath().toString()));
			setInputWithNotify(new MapEditorInput(newFile));
			setPartName(newFile.getFileName().toString());
			setTitleToolTip(newFile.toString());
		}
	}

	private void scheduleAutosave() {
		autosaveJob = new Job(Messages.Job_autosave) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				autosaveNow();
				schedule(ArgmapPreferences.autosaveSeconds() * 1000L);
				return Status.OK_STATUS;
			}
		};
		autosaveJob.setSystem(true);
		autosaveJob.schedule(ArgmapPreferences.autosaveSeconds() * 1000L);
	}

	/** Writes the autosave copy now if the map has unsaved changes; callable from any thread. */
	public void autosaveNow() {
		byte[][] content = new byte[1][];
		getSite().getShell().getDisplay().syncExec(() -> {
			if (resource != null && isDirty() && tree != null && !tree.getControl().isDisposed()) {
				try {
					content[0] = Autosave.serialize(resource);
				} catch (IOException e) {
					ArgmapUi.log(mapFile.toString(), e);
				}
			}
		});
		if (content[0] != null) {
			try {
				Autosave.write(mapFile, content[0]);
			} catch (IOException e) {
				ArgmapUi.log(Autosave.copyOf(mapFile).toString(), e);
			}
		}
	}

	@Override
	public void setFocus() {
		if (sourcePane != null) {
			sourcePane.viewer().getControl().setFocus();
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class && map != null) {
			if (outline == null) {
				outline = new MapOutlinePage(this);
			}
			return (T) outline;
		}
		if (adapter == IPropertySheetPage.class && map != null) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(new ItemPropertySources(domain));
			return (T) page;
		}
		if (adapter == EditingDomain.class) {
			return (T) domain;
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (autosaveJob != null) {
			autosaveJob.cancel();
		}
		// Closing discards unsaved changes only after the user said so; a crash never gets here.
		Autosave.discard(mapFile);
		ArgmapPreferences.store().removePropertyChangeListener(preferenceListener);
		domain.getCommandStack().removeCommandStackListener(commandStackListener);
		MapEditingDomains.dispose(domain);
		super.dispose();
	}

	/** The graph pane. */
	public GraphCanvas graph() {
		return graph;
	}

	/** For tests: the map tree. */
	public TreeViewer tree() {
		return tree;
	}
}

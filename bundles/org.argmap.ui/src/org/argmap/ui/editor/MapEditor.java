package org.argmap.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.EventObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.argmap.core.anchoring.DocumentReanchoring;
import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.OutsideMapFolderException;
import org.argmap.core.text.SourcePolicy;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.persistence.DocumentLocations;
import org.argmap.model.persistence.FileVersion;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.OncePerEdit;
import org.argmap.ui.graph.GraphCanvas;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.argmap.ui.wizards.ExportFormat;
import org.argmap.ui.wizards.ExportWizard;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
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
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The map editor: the source documents on the left, the map on the right, one editing domain and one
 * command stack per map. Every change, from any pane or view, is a command on that stack, so undo and the
 * dirty marker cover all of them. The panes and views follow the model through the item providers'
 * notifications. The editor is the selection provider of its site, passing on the selection of the pane the
 * user works in (the graph, the tree, or the source pane's text selection), as EMF's generated editors do.
 */
public final class MapEditor extends EditorPart implements IEditingDomainProvider, ISelectionProvider {

	public static final String ID = "org.argmap.ui.mapEditor"; //$NON-NLS-1$
	public static final String CONTEXT_ID = "org.argmap.ui.mapEditorContext"; //$NON-NLS-1$
	public static final String SOURCE_MENU_ID = "org.argmap.ui.sourcePane"; //$NON-NLS-1$
	public static final String GRAPH_MENU_ID = "org.argmap.ui.graph"; //$NON-NLS-1$
	/** The Evaluate toggle: whether the graph rings its nodes by label; new editors start as it stands. */
	public static final String EVALUATE_COMMAND = "org.argmap.ui.evaluate"; //$NON-NLS-1$

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
	/** Why the map could not be opened, shown instead of the panes. */
	private Text problem;
	/**
	 * Set when the map came from an autosaved copy or an import: it differs from the file, or there is no file
	 * yet, although the command stack is clean.
	 */
	private boolean recovered;
	private boolean textsLoaded;
	/** The version of the map file this editor last read or wrote; null while there is no file. */
	private FileVersion onDisk;
	/** A version of the file written by something else that the user chose not to take in, or null. */
	private FileVersion declinedOnDisk;
	private boolean askingAboutDisk;
	/** Set when a save did not happen: closing then keeps the autosaved copy of the unsaved work. */
	private boolean keepUnsavedWork;
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == MapEditor.this) {
				checkDiskLater();
			}
		}
	};
	/** Coming back to the window from a terminal where the user ran git pull is coming back to this editor. */
	private final Listener windowActivation = event -> {
		if (getSite().getPage().getActivePart() == this) {
			checkDiskLater();
		}
	};
	/** Counts the readings of the texts started, so that only the latest one is applied. */
	private int textsReading;
	private Job autosaveJob;
	private MapEvaluator evaluator;
	private final List<PropertySheetPage> propertySheetPages = new ArrayList<>();
	private final INotifyChangedListener modelListener = this::modelChanged;
	/** Properties and the source pane catch up once per edit, after the graph has shown it. */
	private final OncePerEdit viewsUpdate = new OncePerEdit(task -> graph.afterNextPaint(task), this::catchUpViews);
	private boolean passagesChanged;
	private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
	private final ISelectionChangedListener selectionForwarder = this::currentViewerSelectionChanged;
	private ISelectionProvider currentViewer;
	private IContextActivation graphContext;
	/** The last command whose objects are to be selected once the graph has shown it, or null. */
	private Command selectionAfterCommand;
	private IStructuredSelection selectionBeforeCommand;
	/** The map elements last selected in the graph or the tree, kept while the user selects text. */
	private IStructuredSelection mapSelection = StructuredSelection.EMPTY;

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
			// read-only text rather than a label: it takes the focus, so the window's keys (Ctrl+O) keep
			// working while this editor is active, and the message can be copied
			problem = new Text(parent, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
			problem.setText(NLS.bind(Messages.Editor_unreadable, e.getMessage()));
			return;
		}
		ItemProviderCoverage.adaptAll(domain.getAdapterFactory(), map);
		SashForm panes = new SashForm(parent, SWT.HORIZONTAL);
		sourcePane = new SourcePane(panes);
		CTabFolder mapPane = new CTabFolder(panes, SWT.BOTTOM | SWT.FLAT);
		graph = new GraphCanvas(mapPane, domain, map);
		evaluator = new MapEvaluator(map, graph, changeNotifier());
		evaluator.setOnCanvas(Boolean.TRUE.equals(getSite().getService(ICommandService.class)
				.getCommand(EVALUATE_COMMAND).getState(RegistryToggleState.STATE_ID).getValue()));
		changeNotifier().addListener(modelListener);
		CTabItem graphTab = new CTabItem(mapPane, SWT.NONE);
		graphTab.setText(Messages.Editor_graphTab);
		graphTab.setControl(graph.control());
		Composite treePane = new Composite(mapPane, SWT.NONE);
		treePane.setLayout(new FillLayout());
		CTabItem treeTab = new CTabItem(mapPane, SWT.NONE);
		treeTab.setText(Messages.Editor_treeTab);
		treeTab.setControl(treePane);
		mapPane.setSelection(graphTab);
		mapPane.addListener(SWT.Selection, event -> {
			if (mapPane.getSelection() == treeTab) {
				tree.setSelection(mapSelection, true);
			}
		});
		tree = new TreeViewer(treePane, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.setContentProvider(new MapContent());
		tree.setLabelProvider(new ItemLabels(domain.getAdapterFactory()));
		tree.setUseHashlookup(true);
		// The tab is hidden, and the first screen should not wait for it: filled after the graph's first paint
		// (or at once, asynchronously, while a large map is still being laid out).
		graph.afterFirstPaint(() -> {
			MapContent.show(tree, map);
			if (!tree.getControl().isDisposed() && mapPane.getSelection() == treeTab) {
				tree.setSelection(mapSelection, true);
			}
		});
		new ViewerRefresher(tree, map, changeNotifier(), graph::afterNextPaint);
		panes.setWeights(45, 55);

		// The graph and the tree show one selection; the source pane shows the passage of the first node.
		graph.addSelectionChangedListener(event -> mapSelected(graph, event.getStructuredSelection()));
		tree.addSelectionChangedListener(event -> {
			if (tree.getControl().isFocusControl()) {
				mapSelected(tree, event.getStructuredSelection());
			}
		});
		sourcePane.onPassageClicked(node -> select(node));
		sourcePane.onAllowReading(this::allowReading);
		followFocus(graph.control(), graph);
		graph.control().addListener(SWT.FocusIn, event -> updateGraphContext());
		graph.control().addListener(SWT.FocusOut, event -> updateGraphContext());
		followFocus(tree.getControl(), tree);
		followFocus(sourcePane.viewer().getTextWidget(), sourcePane.viewer());
		setCurrentViewer(graph);
		getSite().setSelectionProvider(this);

		MenuManager sourceMenu = new MenuManager();
		sourcePane.viewer().getTextWidget().setMenu(sourceMenu.createContextMenu(sourcePane.viewer().getTextWidget()));
		MenuManager graphMenu = new MenuManager();
		graphMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		graph.control().setMenu(graphMenu.createContextMenu(graph.control()));
		// Registering reads the menu contributions, 40-100 ms of a first start's UI thread: done after the graph's
		// first paint, or at the first right-click before it.
		Runnable registerMenus = new Runnable() {
			private boolean registered;

			@Override
			public void run() {
				if (!registered && !graph.control().isDisposed()) {
					registered = true;
					getSite().registerContextMenu(SOURCE_MENU_ID, sourceMenu, sourcePane.viewer());
					getSite().registerContextMenu(GRAPH_MENU_ID, graphMenu, MapEditor.this);
				}
			}
		};
		graph.afterFirstPaint(registerMenus);
		graph.control().addListener(SWT.MenuDetect, event -> registerMenus.run());
		sourcePane.viewer().getTextWidget().addListener(SWT.MenuDetect, event -> registerMenus.run());
		acceptDroppedFiles(sourcePane.control());
		acceptDroppedFiles(tree.getControl());

		domain.getCommandStack().addCommandStackListener(commandStackListener);
		ArgmapPreferences.store().addPropertyChangeListener(preferenceListener);
		getSite().getPage().addPartListener(activation);
		getSite().getShell().addListener(SWT.Activate, windowActivation);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		loadTexts();
		scheduleAutosave();
	}

	/**
	 * Reads the documents' texts in the background, as far as the source policy lets this map read them. Only
	 * the latest reading is applied: an earlier one still running was made from an older copy of the map.
	 */
	private void loadTexts() {
		Display display = getSite().getShell().getDisplay();
		int reading = ++textsReading;
		new DocumentTextsJob(map, mapFile, ArgmapPreferences.sourcePolicy(mapFile), result -> display.asyncExec(() -> {
			if (reading == textsReading) {
				textsLoaded(result);
			}
		})).schedule();
	}

	/** The user let this map read {@code file}, outside its folder: from now on, and at once. */
	private void allowReading(Path file) {
		ArgmapPreferences.allowSource(file, mapFile);
		loadTexts();
	}

	/** Lets this map read {@code document}'s file if it lies outside the map's folder: the user put it there. */
	private void allowWhereItIs(SourceDocument document) {
		try {
			SourcePolicy.mapFolderOnly().locate(mapFile, document);
		} catch (OutsideMapFolderException e) {
			ArgmapPreferences.allowSource(SourcePolicy.resolved(e.getFile()), mapFile);
		} catch (DocumentLoadException e) {
			// it names no file: there is nothing to allow
		}
	}

	private IChangeNotifier changeNotifier() {
		return (IChangeNotifier) domain.getAdapterFactory();
	}

	private void load() throws MapFileException {
		if (getEditorInput() instanceof MapEditorInput input && input.unsavedMap() != null) {
			resource = MapStore.createResource(domain.getResourceSet(), mapFile);
			resource.getContents().add(input.unsavedMap());
			map = input.unsavedMap();
			recovered = true;
			return;
		}
		// read before the map, as reload does: a change made meanwhile is then noticed, not taken as read
		FileVersion version = FileVersion.of(mapFile);
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
		onDisk = version;
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
		sourcePane.setTexts(map, result.texts(), result.problems(), result.outside());
		textsLoaded = true;
		Command reanchor = DocumentReanchoring.applyCommand(domain, result.reports());
		if (reanchor.canExecute()) {
			// One undoable step; the Anchors view lists what moved and what was orphaned.
			domain.getCommandStack().execute(reanchor);
		}
	}

	/** Whether the documents' texts are there to select passages in. */
	public boolean textsLoaded() {
		return textsLoaded;
	}

	/**
	 * After each command, undo and redo: the dirty marker, and the command's affected objects selected, so the
	 * user sees what they just made or changed.
	 */
	private void commandStackChanged(EventObject event) {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (tree != null && !tree.getControl().isDisposed()) {
				firePropertyChange(PROP_DIRTY);
			}
		});
		Command last = domain.getCommandStack().getMostRecentCommand();
		if (last == null || last.getAffectedObjects().isEmpty()) {
			return;
		}
		// Selecting rebuilds Properties, so the graph shows the edit first. Of several commands before that, the
		// last one's objects are selected, unless the user selected something after it.
		if (selectionAfterCommand == null) {
			graph.afterNextPaint(this::selectWhatTheCommandAffected);
		}
		selectionAfterCommand = last;
		selectionBeforeCommand = mapSelection;
	}

	private void selectWhatTheCommandAffected() {
		Command command = selectionAfterCommand;
		selectionAfterCommand = null;
		if (mapSelection != selectionBeforeCommand || tree.getControl().isDisposed()) {
			return;
		}
		List<Object> shown = command.getAffectedObjects().stream().filter(this::inMap).map(Object.class::cast).toList();
		if (!shown.isEmpty()) {
			select(shown.toArray());
		}
	}

	/**
	 * Runs a view's catching up with an edit once the graph has shown it ({@link GraphCanvas#afterNextPaint}),
	 * or soon when this editor has no graph (a map that could not be read).
	 */
	public void afterGraphPaint(Runnable task) {
		if (graph != null) {
			graph.afterNextPaint(task);
		} else {
			getSite().getShell().getDisplay().asyncExec(task);
		}
	}

	/**
	 * Runs a view's filling in once the graph has first painted ({@link GraphCanvas#afterFirstPaint}), so the
	 * first screen shows the map first; at once when it has, soon when this editor has no graph.
	 */
	public void afterFirstGraphPaint(Runnable task) {
		if (graph != null) {
			graph.afterFirstPaint(task);
		} else {
			getSite().getShell().getDisplay().asyncExec(task);
		}
	}

	private boolean inMap(Object element) {
		return element instanceof EObject object && EcoreUtil.isAncestor(map, object);
	}

	/**
	 * The views without a viewer of their own that follows the model (Properties, the source pane's
	 * highlights) are brought up to date once a command's notifications are all in.
	 */
	private void modelChanged(Notification notification) {
		passagesChanged |= affectsPassages(notification);
		if (sourcePane != null && !sourcePane.control().isDisposed()) {
			viewsUpdate.request();
		}
	}

	private void catchUpViews() {
		if (sourcePane.control().isDisposed()) {
			return;
		}
		if (passagesChanged) {
			passagesChanged = false;
			sourcePane.refreshDocuments();
		}
		propertySheetPages.removeIf(page -> page.getControl() == null || page.getControl().isDisposed());
		propertySheetPages.forEach(PropertySheetPage::refresh);
	}

	/**
	 * Whether the source pane's documents or highlights may have to change: documents, nodes or anchors came or
	 * went, an anchor moved, or a node (whose name a highlight carries) was renamed. Rewording a node's text or
	 * editing an analogy's details does not touch them.
	 */
	private static boolean affectsPassages(Notification notification) {
		Object notifier = notification.getNotifier();
		Object feature = notification.getFeature();
		return notifier instanceof ArgumentMap || notifier instanceof TextAnchor || notifier instanceof SourceDocument
				|| notifier instanceof Node && (feature == ArgmapPackage.Literals.NODE__ANCHORS
						|| feature == ArgmapPackage.Literals.NODE__LABEL);
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

	// --- one selection ---

	private void followFocus(Control control, ISelectionProvider viewer) {
		control.addListener(SWT.FocusIn, event -> setCurrentViewer(viewer));
	}

	/** The pane the user works in becomes the one whose selection the workbench sees. */
	private void setCurrentViewer(ISelectionProvider viewer) {
		if (currentViewer == viewer) {
			return;
		}
		if (currentViewer != null) {
			currentViewer.removeSelectionChangedListener(selectionForwarder);
		}
		currentViewer = viewer;
		viewer.addSelectionChangedListener(selectionForwarder);
		updateGraphContext();
		fireSelection(getSelection());
	}

	/**
	 * The graph's key bindings (F2, Home, +, -, arrows) apply only while the user works in the graph: it is the
	 * current pane, it has the keyboard, and no text is being edited in place, where those keys type.
	 */
	private void updateGraphContext() {
		boolean wanted = currentViewer == graph && graph.control().isFocusControl() && graph.inPlaceEditor() == null;
		IContextService contexts = getSite().getService(IContextService.class);
		if (wanted && graphContext == null) {
			graphContext = contexts.activateContext(GraphCanvas.CONTEXT_ID);
		} else if (!wanted && graphContext != null) {
			contexts.deactivateContext(graphContext);
			graphContext = null;
		}
	}

	private void currentViewerSelectionChanged(SelectionChangedEvent event) {
		fireSelection(event.getSelection());
	}

	private void fireSelection(ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		selectionListeners.forEach(listener -> listener.selectionChanged(event));
	}

	/** A selection made in the graph or the tree: the other shows it too, and the source pane its passage. */
	private void mapSelected(ISelectionProvider from, IStructuredSelection selection) {
		show(selection, from);
		setCurrentViewer(from);
	}

	/** Makes {@code selection} the map's, shown in the graph and the tree (except where it was made). */
	private void show(IStructuredSelection selection, ISelectionProvider madeIn) {
		mapSelection = selection;
		if (madeIn != tree) {
			showInTree(selection);
		}
		if (madeIn != graph) {
			graph.setSelection(selection);
			if (selection.getFirstElement() instanceof Node node) {
				graph.reveal(node);
			}
		}
		revealFirstNode(selection);
	}

	/**
	 * Revealing an element under a heading of thousands creates thousands of tree items: while the Tree tab
	 * is hidden that waits until it is shown.
	 */
	private void showInTree(IStructuredSelection selection) {
		tree.setSelection(selection, tree.getControl().isVisible());
	}

	/** Selects {@code elements} in the graph and the tree; the workbench sees the graph's selection. */
	public void select(Object... elements) {
		show(new StructuredSelection(elements), null);
		if (currentViewer == graph) {
			fireSelection(getSelection());
		} else {
			setCurrentViewer(graph); // which tells the workbench
		}
	}

	/** The node selected in the map, if exactly one node or one of its parts is. */
	public Node selectedNode() {
		IStructuredSelection selection = mapSelection;
		if (selection.size() == 1 && selection.getFirstElement() instanceof Node node) {
			return node;
		}
		return selection.size() == 1 && selection.getFirstElement() instanceof TextAnchor anchor
				? (Node) anchor.eContainer()
				: null;
	}

	/** The map elements selected in the graph or the tree, also while text is selected in the source pane. */
	public IStructuredSelection selection() {
		return mapSelection;
	}

	@Override
	public ISelection getSelection() {
		if (currentViewer == graph) {
			// the graph shows nodes and relations only; the tree may have selected anchors or questions
			return mapSelection;
		}
		return currentViewer == null ? StructuredSelection.EMPTY : currentViewer.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			select(structured.toArray());
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
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
		read.forEach(document -> allowWhereItIs(document.document()));
		domain.getCommandStack().execute(MapEdits.addDocuments(domain, map, read.stream().map(AddDocumentsJob.Read::document).toList()));
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

	/**
	 * Saves the map. When it is not saved (the user would not overwrite another program's version, or writing
	 * failed), the unsaved work is kept in the autosaved copy, which the editor keeps even when it is closed
	 * now, as closing or quitting goes on: the map offers it when it is opened again.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!save()) {
			autosaveNow();
			keepUnsavedWork = true;
		}
	}

	private boolean save() {
		if (getEditorInput() instanceof MapEditorInput input && input.unsavedMap() != null
				&& (Files.exists(mapFile) || OpenMaps.editorOf(mapFile, this) != null)) {
			// an import's file came into being since it was opened: replacing it would lose that map
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
					NLS.bind(Messages.Editor_importTargetTaken, mapFile));
			return false;
		}
		return mayOverwrite() && saveTo(mapFile);
	}

	/** Whether the map file holds what this editor last read or wrote, or the user lets the save replace it. */
	private boolean mayOverwrite() {
		if (!changedOnDisk()) {
			return true;
		}
		askingAboutDisk = true;
		try {
			return MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_changedOnDiskTitle,
					NLS.bind(Messages.Editor_changedOnDiskOverwrite, mapFile.getFileName()));
		} finally {
			askingAboutDisk = false;
		}
	}

	private boolean saveTo(Path file) {
		try {
			onDisk = MapStore.saveWatched(resource, file).version();
		} catch (MapFileException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, e.getMessage());
			return false;
		}
		declinedOnDisk = null;
		keepUnsavedWork = false;
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		if (recovered && getEditorInput() instanceof MapEditorInput input && input.unsavedMap() != null) {
			setInputWithNotify(new MapEditorInput(file)); // on disk now: reopened in the next session
		}
		recovered = false;
		Autosave.discard(mapFile);
		firePropertyChange(PROP_DIRTY);
		CorpusIndexUpdate.afterSave(file, map(), onDisk);
		return true;
	}

	/**
	 * Takes in the map file as something other than this editor left it (a pull merged or fast-forwarded it),
	 * without closing: one command makes the open map equal to the file, so the selection, the canvas and the
	 * undo history stay, and undoing it gives back the map as it was before. The editor then holds what the file
	 * holds, so it is not dirty. False when the editor shows no map, only why it could not read one.
	 *
	 * @throws MapFileException when the file cannot be read; the open map is left as it was
	 */
	public boolean reload() throws MapFileException {
		return reload(FileVersion.of(mapFile));
	}

	/** As {@link #reload()}, with the version of the file read before it is loaded. */
	private boolean reload(FileVersion version) throws MapFileException {
		if (map == null) {
			return false;
		}
		ArgumentMap newer = MapStore.load(new ResourceSetImpl(), mapFile);
		onDisk = version;
		declinedOnDisk = null;
		Command reload = MapEdits.reload(domain, map, newer);
		if (reload.canExecute()) {
			domain.getCommandStack().execute(reload);
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		recovered = false;
		Autosave.discard(mapFile);
		firePropertyChange(PROP_DIRTY);
		loadTexts(); // the documents may have changed with the map
		return true;
	}

	/** Whether something else changed the map file since this editor last read or wrote it. */
	private boolean changedOnDisk() {
		return onDisk != null && onDisk.changedIn(mapFile);
	}

	/**
	 * When the editor becomes active again, takes in the map file as something else left it meanwhile (a pull,
	 * git on the command line, {@code ./argmap} on the same map), in place, as Pull does: one command that Undo
	 * reverts. Unsaved changes made here are replaced only if the user says so, and stay on the undo stack. A
	 * version the user declined, or that cannot be read, is not asked about again; saving over it still asks.
	 */
	void takeInChangesOnDisk() {
		if (map == null || askingAboutDisk || !changedOnDisk()
				|| declinedOnDisk != null && !declinedOnDisk.changedIn(mapFile)) {
			return;
		}
		askingAboutDisk = true;
		// the version the user is asked about, even if the file changes again while the question is open
		FileVersion asked = FileVersion.of(mapFile);
		try {
			if (isDirty() && !MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_changedOnDiskTitle,
					NLS.bind(Messages.Editor_changedOnDiskReplace, mapFile.getFileName()))) {
				declinedOnDisk = asked;
				return;
			}
			Command before = domain.getCommandStack().getUndoCommand();
			reload(asked);
			if (domain.getCommandStack().getUndoCommand() != before) {
				getEditorSite().getActionBars().getStatusLineManager()
						.setMessage(NLS.bind(Messages.Editor_reloadedFromDisk, mapFile.getFileName()));
			}
		} catch (MapFileException e) {
			declinedOnDisk = asked;
			MessageDialog.openError(getSite().getShell(), Messages.Editor_changedOnDiskTitle,
					NLS.bind(Messages.Editor_changedOnDiskUnreadable, e.getMessage()));
		} finally {
			askingAboutDisk = false;
		}
	}

	/**
	 * After the activation has run its course, as Eclipse's text editors do: a question opened inside it would
	 * come while another dialog (Save changes?) is still closing, and activate the window again when it closes.
	 */
	private void checkDiskLater() {
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			Shell active = display.getActiveShell();
			if (map != null && !getSite().getShell().isDisposed()
					&& (active == null || active == getSite().getShell())
					&& getSite().getPage().getActivePart() == this) {
				takeInChangesOnDisk();
			}
		});
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Editor_saveAsTitle);
		dialog.setFilterExtensions(new String[] { "*.argmap" }); //$NON-NLS-1$
		dialog.setFileName(mapFile.getFileName().toString());
		dialog.setFilterPath(mapFile.toAbsolutePath().getParent().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveAsOrExport(chosen);
		}
	}

	/**
	 * Saves the map as {@code chosen}, adding {@code .argmap} when it has no extension; a name with another
	 * format's extension offers to export the map there instead.
	 */
	public void saveAsOrExport(String chosen) {
		ExportFormat export = chosen.endsWith(".argmap") ? null : ExportFormat.forFileName(chosen); //$NON-NLS-1$
		if (export == null) {
			saveAs(Path.of(chosen.endsWith(".argmap") ? chosen : chosen + ".argmap")); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_exportInsteadTitle,
				NLS.bind(Messages.Editor_exportInstead, new Object[] { Path.of(chosen).getFileName(),
						LegacyActionTools.removeMnemonics(export.description()), mapFile.getFileName() }))) {
			// a map saved under another format's name would be a file no other tool can read
			try {
				ExportWizard.export(this, export, Path.of(chosen));
			} catch (IOException e) {
				MessageDialog.openError(getSite().getShell(), Messages.Editor_exportInsteadTitle, e.getMessage());
			}
		}
	}

	/**
	 * Saves the map under a new name. Document locations are relative to the map file, so they are rebased
	 * onto the new folder first: bookkeeping of the file, like the modification date, not an edit to undo.
	 * Documents the map could read where it was stay readable where it goes, even outside its new folder.
	 */
	public void saveAs(Path newFile) {
		if (newFile.toAbsolutePath().normalize().equals(mapFile.toAbsolutePath().normalize())) {
			// the same file: a save, which asks before replacing another program's version and keeps the
			// unsaved work when it does not happen
			doSave(null);
			return;
		}
		IEditorReference holder = OpenMaps.editorOf(newFile, this);
		if (holder != null) {
			// two editors on one file would overwrite each other's work, each save undoing the other's
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
					NLS.bind(Messages.Editor_openElsewhere, newFile, holder.getTitle()));
			return;
		}
		Path oldFile = mapFile;
		SourcePolicy policy = ArgmapPreferences.sourcePolicy(oldFile);
		List<SourceDocument> readable = map.getDocuments().stream().filter(document -> policy.permits(oldFile, document))
				.toList();
		Map<SourceDocument, String> locations = new HashMap<>();
		for (SourceDocument document : map.getDocuments()) {
			Path source = DocumentLocations.resolve(oldFile, document);
			if (source != null) {
				locations.put(document, document.getLocation());
				// a document refused where the map was must not become readable by moving the map next to it
				document.setLocation(readable.contains(document) ? DocumentLocations.locationFor(newFile, source)
						: org.eclipse.emf.common.util.URI.createFileURI(source.toAbsolutePath().normalize().toString())
								.toString());
			}
		}
		if (!saveTo(newFile)) {
			// the map stays exactly as it was, still saved where it was
			locations.forEach(SourceDocument::setLocation);
			return;
		}
		Autosave.discard(oldFile);
		mapFile = newFile;
		readable.forEach(this::allowWhereItIs);
		resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(newFile.toAbsolutePath().toString()));
		setInputWithNotify(new MapEditorInput(newFile));
		setPartName(newFile.getFileName().toString());
		setTitleToolTip(newFile.toString());
	}

	private void scheduleAutosave() {
		autosaveJob = new Job(Messages.Job_autosave) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				autosaveNow();
				if (!monitor.isCanceled()) {
					schedule(ArgmapPreferences.autosaveSeconds() * 1000L);
				}
				return Status.OK_STATUS;
			}
		};
		autosaveJob.setSystem(true);
		autosaveJob.schedule(ArgmapPreferences.autosaveSeconds() * 1000L);
	}

	/** Writes the autosave copy now if the map has unsaved changes; callable from any thread. */
	public void autosaveNow() {
		byte[][] content = new byte[1][];
		// from the autosave Job, which may outlive the editor's shell by a moment
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
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
		} else if (problem != null) {
			problem.setFocus();
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
			propertySheetPages.add(page);
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
		// Closing discards unsaved changes only after the user said so, and not after a save that did not
		// happen; a crash never gets here.
		if (!keepUnsavedWork) {
			Autosave.discard(mapFile);
		}
		ArgmapPreferences.store().removePropertyChangeListener(preferenceListener);
		getSite().getPage().removePartListener(activation);
		if (!getSite().getShell().isDisposed()) {
			getSite().getShell().removeListener(SWT.Activate, windowActivation);
		}
		domain.getCommandStack().removeCommandStackListener(commandStackListener);
		changeNotifier().removeListener(modelListener);
		if (evaluator != null) {
			evaluator.dispose();
		}
		MapEditingDomains.dispose(domain);
		super.dispose();
	}

	/** Which claims of the map stand, for the graph and the Evaluation view. */
	public MapEvaluator evaluator() {
		return evaluator;
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

package org.argmap.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.argmap.core.agreement.Curation;
import org.argmap.core.agreement.MatchedPassages;
import org.argmap.core.agreement.NodeKind;
import org.argmap.core.agreement.Passage;
import org.argmap.core.agreement.SharedDocument;
import org.argmap.core.text.ReadableText.Range;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.DocumentLocations;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapLabels;
import org.argmap.ui.editor.ItemLabels;
import org.argmap.ui.editor.ItemProviderCoverage;
import org.argmap.ui.editor.MapContent;
import org.argmap.ui.editor.OpenMaps;
import org.argmap.ui.editor.SourcePane;
import org.argmap.ui.editor.SourceText;
import org.argmap.ui.editor.ViewerRefresher;
import org.argmap.ui.handlers.OpenMapHandler;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.argmap.ui.views.TableColumns;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * Compare Maps: one document's text with every annotator's passages in their own colour and mark, the
 * passages they disagree on, and the curated map being built by accepting one side per disagreement. Each
 * accept is one command on this editor's own editing domain, so the workbench's Undo and Redo take it back.
 */
public final class ComparisonEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.argmap.ui.comparisonEditor"; //$NON-NLS-1$

	/** Each annotator's colour, in study order; more annotators than colours reuse them with another mark. */
	private static final RGB[] COLOURS = { new RGB(255, 205, 90), new RGB(31, 119, 180), new RGB(214, 39, 40),
			new RGB(44, 160, 44), new RGB(148, 103, 189) };

	private Comparison comparison;
	private AdapterFactoryEditingDomain domain;
	private Curation curation;
	private Resource resource;
	/** The file the curated map's document locations are relative to: the first map's, then where it was saved. */
	private Path base;
	private final CommandStackListener stackListener = event -> afterCommand();

	private LocalResourceManager resources;
	private Combo documents;
	private SourceViewer text;
	private final AnnotationModel annotations = new AnnotationModel();
	private TableViewer disagreements;
	private final List<Button> accepts = new ArrayList<>();
	private TreeViewer curated;
	private SharedDocument shown;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ComparisonInput comparisonInput)) {
			throw new PartInitException(NLS.bind(Messages.Compare_wrongInput, input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		comparison = comparisonInput.comparison();
		domain = MapEditingDomains.create();
		ArgumentMap first = comparison.annotators().get(0).map();
		curation = Curation.start(comparison.annotators(), NLS.bind(Messages.Compare_curatedTitle, first.getTitle()));
		base = comparison.files().get(0);
		resource = MapStore.createResource(domain.getResourceSet(), base.resolveSibling("curated.argmap")); //$NON-NLS-1$
		resource.getContents().add(curation.map());
		domain.getCommandStack().addCommandStackListener(stackListener);
	}

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		ItemProviderCoverage.adaptAll(domain.getAdapterFactory(), curation.map());
		SashForm panes = new SashForm(parent, SWT.HORIZONTAL);
		createTextPane(panes);
		SashForm right = new SashForm(panes, SWT.VERTICAL);
		createDisagreements(right);
		createCuratedMap(right);
		panes.setWeights(55, 45);
		right.setWeights(55, 45);
		showDocument(comparison.report().documents().get(0).document());
		updateAccepts();
	}

	private void createTextPane(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		pane.setLayout(new GridLayout(1, false));
		Label summary = new Label(pane, SWT.WRAP);
		summary.setText(NLS.bind(Messages.Compare_summary, new Object[] { comparison.report().documents().size(),
				score(comparison.report().alphaU()), comparison.disagreements().size() }));
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite legend = new Composite(pane, SWT.NONE);
		legend.setLayout(new RowLayout());
		List<String> names = comparison.report().annotators();
		for (int i = 0; i < names.size(); i++) {
			Label swatch = new Label(legend, SWT.NONE);
			swatch.setText(NLS.bind(Messages.Compare_legend, names.get(i), markWord(i)));
			swatch.setForeground(colour(i));
		}
		documents = new Combo(pane, SWT.READ_ONLY | SWT.DROP_DOWN);
		documents.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		comparison.report().documents().forEach(document -> documents.add(document.document().title()));
		documents.addListener(SWT.Selection,
				event -> showDocument(comparison.report().documents().get(documents.getSelectionIndex()).document()));

		IAnnotationAccess access = new SourcePane.PassageAccess();
		text = new SourceViewer(pane, null, SWT.MULTI | SWT.V_SCROLL | SWT.BORDER | SWT.WRAP);
		text.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.configure(new PlainText());
		text.setEditable(false);
		text.getTextWidget().setFont(JFaceResources.getFont(ArgmapPreferences.SOURCE_FONT));
		AnnotationPainter painter = new AnnotationPainter(text, access);
		painter.addTextStyleStrategy(Marks.UNDERLINE, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_SINGLE));
		painter.addTextStyleStrategy(Marks.DOUBLE, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_DOUBLE));
		painter.addTextStyleStrategy(Marks.SQUIGGLE, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_SQUIGGLE));
		painter.addTextStyleStrategy(Marks.BOX, new AnnotationPainter.BoxStrategy(SWT.BORDER_SOLID));
		for (int i = 0; i < names.size(); i++) {
			String type = AnnotatorPassage.typeOf(i);
			if (i == 0) {
				painter.addHighlightAnnotationType(type);
			} else {
				painter.addAnnotationType(type, Marks.OTHERS[(i - 1) % Marks.OTHERS.length]);
			}
			painter.setAnnotationTypeColor(type, colour(i));
		}
		text.addPainter(painter);
		text.addTextPresentationListener(painter);
	}

	private void createDisagreements(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		pane.setLayout(new GridLayout(1, false));
		new Label(pane, SWT.NONE).setText(Messages.Compare_disagreements);
		disagreements = new TableViewer(pane, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		disagreements.getTable().setHeaderVisible(true);
		disagreements.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		disagreements.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Compare_passageColumn, 260, group -> NLS.bind(Messages.Compare_passage, new Object[] {
				group.document().title(), group.start(), group.end(), MapLabels.excerpt(passageText(group)) }));
		List<String> names = comparison.report().annotators();
		for (int i = 0; i < names.size(); i++) {
			int annotator = i;
			column(names.get(i), 90, group -> {
				NodeKind kind = group.kinds()[annotator];
				return kind == null ? Messages.Compare_none : kind.word();
			});
		}
		disagreements.setInput(comparison.disagreements());
		disagreements.addSelectionChangedListener(event -> {
			MatchedPassages group = selectedDisagreement();
			if (group != null) {
				showDisagreement(group);
			}
			updateAccepts();
		});
		Composite buttons = new Composite(pane, SWT.NONE);
		buttons.setLayout(new RowLayout());
		for (int i = 0; i < names.size(); i++) {
			int annotator = i;
			Button accept = new Button(buttons, SWT.PUSH);
			accept.setText(NLS.bind(Messages.Compare_accept, names.get(i)));
			accept.addListener(SWT.Selection, event -> accept(annotator));
			accepts.add(accept);
		}
	}

	private void column(String title, int width, Function<MatchedPassages, String> label) {
		TableColumns.add(disagreements, title, width, label);
	}

	private void createCuratedMap(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		pane.setLayout(new GridLayout(1, false));
		new Label(pane, SWT.NONE).setText(Messages.Compare_curated);
		curated = new TreeViewer(pane, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		curated.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		curated.setContentProvider(new MapContent());
		curated.setLabelProvider(new AnnotatedLabels(domain.getAdapterFactory()));
		curated.setUseHashlookup(true);
		curated.setInput(curation.map());
		curated.expandToLevel(2);
		// a group that an accept gives its first element opens, so the curator sees what came in
		new ViewerRefresher(curated, curation.map(), (IChangeNotifier) domain.getAdapterFactory(),
				refresh -> curated.getControl().getDisplay().asyncExec(() -> {
					refresh.run();
					if (!curated.getControl().isDisposed()) {
						curated.expandToLevel(2);
					}
				}));
	}

	/** Settles the selected disagreement as {@code annotator} saw it, as one undoable command. */
	public void accept(int annotator) {
		MatchedPassages group = selectedDisagreement();
		if (group != null) {
			Command command = curation.accept(domain, group, annotator);
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		}
	}

	private MatchedPassages selectedDisagreement() {
		return disagreements.getStructuredSelection().getFirstElement() instanceof MatchedPassages group ? group
				: null;
	}

	private void afterCommand() {
		firePropertyChange(PROP_DIRTY);
		if (disagreements != null && !disagreements.getControl().isDisposed()) {
			updateAccepts();
		}
	}

	/**
	 * An accept is offered where the curation can settle it: not a "none" where the curated map has nothing. Its
	 * tooltip says which relations it would remove besides nodes.
	 */
	private void updateAccepts() {
		MatchedPassages group = selectedDisagreement();
		List<String> names = comparison.report().annotators();
		for (int i = 0; i < accepts.size(); i++) {
			accepts.get(i).setEnabled(group != null && curation.accept(domain, group, i).canExecute());
			int lost = group == null ? 0 : curation.relationsLost(group, i).size();
			accepts.get(i).setToolTipText(
					lost == 0 ? null : NLS.bind(Messages.Compare_acceptDropsAnalogies, names.get(i), lost));
		}
	}

	/** Shows the disagreement's document and selects its passage in the text. */
	private void showDisagreement(MatchedPassages group) {
		if (group.document() != shown) {
			showDocument(group.document());
		}
		Range passage = comparison.texts().get(group.document()).toShown(group.start(), group.end());
		text.setSelectedRange(passage.start(), passage.end() - passage.start());
		text.revealRange(passage.start(), passage.end() - passage.start());
	}

	/** Shows the document as the map editor does, its readable text if it holds markup, with every passage. */
	private void showDocument(SharedDocument document) {
		shown = document;
		documents.select(comparison.report().documents().stream().map(agreement -> agreement.document()).toList()
				.indexOf(document));
		SourceText source = comparison.texts().get(document);
		text.setDocument(new Document(source.shown()), annotations);
		Map<Annotation, Position> added = new HashMap<>();
		List<String> names = comparison.report().annotators();
		for (MatchedPassages group : comparison.report().passages()) {
			if (group.document() == document) {
				for (Passage passage : group.byAnnotator()) {
					Range range = passage == null ? null : source.toShown(passage.start(), passage.end());
					if (range != null && range.end() > range.start()) {
						added.put(new AnnotatorPassage(passage, names.get(passage.annotator())),
								new Position(range.start(), range.end() - range.start()));
					}
				}
			}
		}
		List<Annotation> removed = new ArrayList<>();
		annotations.getAnnotationIterator().forEachRemaining(removed::add);
		annotations.replaceAnnotations(removed.toArray(new Annotation[0]), added);
	}

	private String passageText(MatchedPassages group) {
		SourceText source = comparison.texts().get(group.document());
		Range passage = source.toShown(group.start(), group.end());
		return source.shown().substring(passage.start(), passage.end());
	}

	private Color colour(int annotator) {
		return resources.create(ColorDescriptor.createFrom(COLOURS[annotator % COLOURS.length]));
	}

	private static String markWord(int annotator) {
		return annotator == 0 ? Messages.Compare_markHighlight
				: Marks.WORDS[(annotator - 1) % Marks.OTHERS.length];
	}

	private static String score(double value) {
		return Double.isNaN(value) ? "n/a" : String.format("%.3f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The curated map, for tests and the Save As that follows. */
	public ArgumentMap curatedMap() {
		return curation.map();
	}

	/** The passages this editor lists as disagreements, in the order of its table. */
	public List<MatchedPassages> disagreements() {
		return comparison.disagreements();
	}

	/** Selects {@code group} in the list of disagreements, as a click on its row does. */
	public void select(MatchedPassages group) {
		disagreements.setSelection(new StructuredSelection(group), true);
	}

	/** The passage the text now shows selected. */
	public Point selectedRange() {
		return text.getSelectedRange();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	/** The curated map has no file of its own until Save As gives it one. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		doSaveAs();
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Compare_saveAsTitle);
		dialog.setFilterExtensions(new String[] { "*.argmap" }); //$NON-NLS-1$
		dialog.setFilterPath(base.toAbsolutePath().getParent().toString());
		dialog.setFileName("curated.argmap"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveAs(Path.of(chosen.endsWith(".argmap") ? chosen : chosen + ".argmap")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Saves the curated map as {@code file} and opens it as a map. Document locations are relative to the map
	 * file, so they are rebased onto the new folder first: bookkeeping of the file, not an edit to undo.
	 *
	 * @return whether the map was saved
	 */
	public boolean saveAs(Path file) {
		if (OpenMaps.editorOf(file, null) != null) {
			// saving under an open map would replace it behind that editor's back
			MessageDialog.openError(getSite().getShell(), Messages.Compare_saveFailedTitle,
					NLS.bind(Messages.Compare_openElsewhere, file));
			return false;
		}
		Map<SourceDocument, String> locations = new HashMap<>();
		for (SourceDocument document : curation.map().getDocuments()) {
			Path source = DocumentLocations.resolve(base, document);
			if (source != null) {
				locations.put(document, document.getLocation());
				document.setLocation(DocumentLocations.locationFor(file, source));
			}
		}
		try {
			MapStore.save(resource, file);
		} catch (MapFileException e) {
			locations.forEach(SourceDocument::setLocation);
			MessageDialog.openError(getSite().getShell(), Messages.Compare_saveFailedTitle, e.getMessage());
			return false;
		}
		base = file;
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
		try {
			OpenMapHandler.open(getSite().getPage(), file);
		} catch (ExecutionException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Compare_saveFailedTitle, e.getMessage());
		}
		return true;
	}

	@Override
	public void setFocus() {
		disagreements.getControl().setFocus();
	}

	@Override
	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(stackListener);
		MapEditingDomains.dispose(domain);
		super.dispose();
	}

	/** The curated map's tree labels, each element followed by the annotator it came from. */
	private static final class AnnotatedLabels extends ItemLabels {

		AnnotatedLabels(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public String getText(Object element) {
			String label = super.getText(element);
			return element instanceof ArgumentElement argument && argument.getAnnotator() != null
					? NLS.bind(Messages.Compare_fromAnnotator, label, argument.getAnnotator())
					: label;
		}
	}

	/** The marks of the annotators after the first, whose passages are highlighted. */
	private static final class Marks {
		static final String BOX = "box"; //$NON-NLS-1$
		static final String UNDERLINE = "underline"; //$NON-NLS-1$
		static final String DOUBLE = "double"; //$NON-NLS-1$
		static final String SQUIGGLE = "squiggle"; //$NON-NLS-1$
		static final String[] OTHERS = { BOX, UNDERLINE, SQUIGGLE, DOUBLE };
		static final String[] WORDS = { Messages.Compare_markBox, Messages.Compare_markUnderline,
				Messages.Compare_markSquiggle, Messages.Compare_markDouble };
	}

	/** Plain text with a presentation reconciler: the painter's highlight lives in the text presentation. */
	private static final class PlainText extends SourceViewerConfiguration {
		@Override
		public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
			return SourcePane.plainPresentation();
		}
	}
}

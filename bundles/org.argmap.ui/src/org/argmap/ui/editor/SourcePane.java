package org.argmap.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.argmap.core.anchoring.TextAnchors;
import org.argmap.core.text.ReadableText;
import org.argmap.core.text.ReadableText.Range;
import org.argmap.interchange.NodeKinds;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapLabels;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPainter;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.text.source.VerticalRuler;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * The source pane: a selector of the map's documents over a read-only JFace source viewer. Every anchor on
 * the shown document is an annotation, painted as a highlight in its node's colour and marked in the
 * overview ruler; a hover names the node and its relations. Texts arrive from a background job, so the pane
 * says "loading" until then. A document holding markup is shown as its readable text unless the user asks for
 * the stored source; anchors always count on the stored text, so highlights and new passages go through the
 * readable text's map back to it.
 */
public final class SourcePane {

	private static final int RULER_WIDTH = 14;
	private static final int FLASH_MILLIS = 700;
	/** Words a search found: yellow like a marker pen, and bold so they stand out on a passage's colour too. */
	public static final RGB FOUND_COLOUR = new RGB(255, 230, 80);

	private final Composite control;
	private final Combo selector;
	private final Label notice;
	private final Label view;
	private final Link allowReading;
	private final SourceViewer viewer;
	private final AnnotationModel annotations = new AnnotationModel();
	private final AnnotationPainter painter;
	private final OverviewRuler overviewRuler;
	private final LocalResourceManager resources;
	private final SharedColors colors;
	private final List<SourceDocument> documents = new ArrayList<>();
	private final Map<SourceDocument, Shown> texts = new IdentityHashMap<>();
	private final Map<SourceDocument, String> notices = new IdentityHashMap<>();
	private final Map<SourceDocument, Path> refused = new IdentityHashMap<>();
	private final Map<SourceDocument, List<Range>> found = new IdentityHashMap<>();
	private boolean revealFound;
	private ArgumentMap map;
	private SourceDocument shown;
	private boolean storedSource;
	private Consumer<Node> onPassageClicked = node -> {
	};
	private Consumer<Path> onAllowReading = file -> {
	};

	public SourcePane(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		control.setLayout(layout);
		resources = new LocalResourceManager(JFaceResources.getResources(), control);
		colors = new SharedColors(resources);
		selector = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		selector.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		selector.addListener(SWT.Selection, event -> show(documentAt(selector.getSelectionIndex())));
		notice = new Label(control, SWT.WRAP);
		notice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		view = new Label(control, SWT.WRAP);
		view.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		allowReading = new Link(control, SWT.NONE);
		allowReading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		allowReading.addListener(SWT.Selection, event -> {
			Path file = refused.get(shown);
			if (file != null) {
				onAllowReading.accept(file);
			}
		});

		IAnnotationAccess access = new PassageAccess();
		overviewRuler = new OverviewRuler(access, RULER_WIDTH, colors);
		viewer = new SourceViewer(control, new VerticalRuler(0, access), overviewRuler, true,
				SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER | SWT.WRAP);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.configure(new PlainTextConfiguration());
		viewer.setEditable(false);
		viewer.getTextWidget().setFont(JFaceResources.getFont(ArgmapPreferences.SOURCE_FONT));
		painter = new AnnotationPainter(viewer, access);
		for (String kind : new String[] { NodeKinds.CLAIM, NodeKinds.REBUTTAL, NodeKinds.ANALOGY }) {
			String type = PassageAnnotation.typeOf(kind);
			painter.addHighlightAnnotationType(type);
			overviewRuler.addAnnotationType(type);
			overviewRuler.addHeaderAnnotationType(type);
			overviewRuler.setAnnotationTypeLayer(type, 1);
		}
		painter.addTextStyleStrategy(PassageAnnotation.FLASH_TYPE, new AnnotationPainter.BoxStrategy(SWT.BORDER_SOLID));
		painter.addAnnotationType(PassageAnnotation.FLASH_TYPE, PassageAnnotation.FLASH_TYPE);
		painter.setAnnotationTypeColor(PassageAnnotation.FLASH_TYPE, control.getDisplay().getSystemColor(SWT.COLOR_RED));
		painter.addTextStyleStrategy(PassageAnnotation.FOUND_TYPE, (style, colour) -> {
			style.background = colour;
			style.fontStyle |= SWT.BOLD;
		});
		painter.addAnnotationType(PassageAnnotation.FOUND_TYPE, PassageAnnotation.FOUND_TYPE);
		painter.setAnnotationTypeColor(PassageAnnotation.FOUND_TYPE, colors.getColor(FOUND_COLOUR));
		overviewRuler.addAnnotationType(PassageAnnotation.FOUND_TYPE);
		overviewRuler.setAnnotationTypeColor(PassageAnnotation.FOUND_TYPE, colors.getColor(darker(FOUND_COLOUR)));
		overviewRuler.setAnnotationTypeLayer(PassageAnnotation.FOUND_TYPE, 2);
		applyColours();
		viewer.addPainter(painter);
		viewer.addTextPresentationListener(painter);
		viewer.getTextWidget().addListener(SWT.MouseUp, event -> {
			Point selection = viewer.getSelectedRange();
			if (selection.y == 0) {
				Node node = nodeAt(selection.x);
				if (node != null) {
					onPassageClicked.accept(node);
				}
			}
		});
		showLoading();
	}

	public Composite control() {
		return control;
	}

	public SourceViewer viewer() {
		return viewer;
	}

	/** Called with the node whose passage the user clicked. */
	public void onPassageClicked(Consumer<Node> listener) {
		onPassageClicked = listener;
	}

	/**
	 * Called with a file outside the map's folder that the user chose to let the map read, from the link shown
	 * under the notice of a document the source policy refused.
	 */
	public void onAllowReading(Consumer<Path> listener) {
		onAllowReading = listener;
	}

	private void showLoading() {
		viewer.setDocument(new Document(Messages.Source_loading), annotations);
	}

	/**
	 * Shows {@code map}'s documents with their texts; a document without text shows its notice.
	 *
	 * @param loaded   the texts of the documents that could be had
	 * @param problems why others could not be had, by document
	 * @param outside  the file of each document that was not read because it lies outside the map's folder
	 */
	public void setTexts(ArgumentMap map, Map<SourceDocument, SourceText> loaded, Map<SourceDocument, String> problems,
			Map<SourceDocument, Path> outside) {
		this.map = map;
		texts.clear();
		notices.clear();
		refused.clear();
		loaded.forEach((document, text) -> texts.put(document, new Shown(text)));
		notices.putAll(problems);
		refused.putAll(outside);
		documents.clear();
		refreshDocuments();
	}

	/** Adds or replaces the text of one document (after Add Documents). */
	public void putText(SourceDocument document, SourceText text) {
		texts.put(document, new Shown(text));
		notices.remove(document);
		refused.remove(document);
	}

	/**
	 * Brings the selector in line with the map's documents and shows the chosen one. When the documents are
	 * the same, only the highlights are recomputed: the text and where it is scrolled to stay as they are.
	 */
	public void refreshDocuments() {
		if (map == null) {
			return;
		}
		if (!documents.isEmpty() && documents.equals(map.getDocuments())) {
			refreshHighlights();
			return;
		}
		documents.clear();
		documents.addAll(map.getDocuments());
		String[] titles = new String[documents.size()];
		for (int i = 0; i < titles.length; i++) {
			titles[i] = MapLabels.text(documents.get(i));
		}
		selector.setItems(titles);
		SourceDocument next = documents.contains(shown) ? shown : documentAt(0);
		selector.select(documents.indexOf(next));
		show(next);
	}

	private SourceDocument documentAt(int index) {
		return index >= 0 && index < documents.size() ? documents.get(index) : null;
	}

	/** Shows {@code document}'s text and its highlights. */
	public void show(SourceDocument document) {
		shown = document;
		selector.select(documents.indexOf(document));
		showLine(notice, document == null ? Messages.Source_noDocuments : notices.get(document));
		Path outside = document == null ? null : refused.get(document);
		// a file name is no markup: & would be a mnemonic and < could end the link
		showLine(allowReading, outside == null ? null
				: NLS.bind(Messages.Source_allowReading, outside.toString().replace("&", "&&").replace("<", "\u2039"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Shown text = document == null ? null : texts.get(document);
		boolean readable = text != null && text.readable != null;
		showLine(view, !readable ? null : storedSource ? Messages.Source_storedShown : Messages.Source_readableShown);
		control.layout(true, true);
		viewer.setDocument(text == null ? new Document("") : readable && !storedSource ? text.readable : text.stored, //$NON-NLS-1$
				annotations);
		refreshHighlights();
		if (revealFound && text != null && found.containsKey(document)) {
			revealFound = false;
			Range first = toShown(found.get(document).get(0).start(), found.get(document).get(0).end());
			viewer.revealRange(first.start(), first.end() - first.start());
		}
	}

	/**
	 * Shows {@code document} with the words a search found in it highlighted, scrolled to the first of them.
	 * The highlights are no part of the map: the next search's replace them.
	 *
	 * @param places where the words are, on the document's stored text; not empty
	 */
	public void showFound(SourceDocument document, List<Range> places) {
		found.clear();
		found.put(document, List.copyOf(places));
		revealFound = true;
		show(document);
	}

	/** Shows {@code line} under the selector, or hides the line when it is null. */
	private static void showLine(Control line, String text) {
		if (line instanceof Label label) {
			label.setText(text == null ? "" : text); //$NON-NLS-1$
		} else if (line instanceof Link link) {
			link.setText(text == null ? "" : text); //$NON-NLS-1$
		}
		((GridData) line.getLayoutData()).exclude = text == null;
		line.setVisible(text != null);
	}

	/**
	 * Shows the stored source of documents holding markup, with its tags, or their readable text; the
	 * selection stays on the same stored characters and in view.
	 */
	public void showStoredSource(boolean stored) {
		if (stored == storedSource) {
			return;
		}
		Point selection = viewer.getSelectedRange();
		Range kept = toStored(selection.x, selection.x + selection.y);
		storedSource = stored;
		show(shown);
		Range again = toShown(kept.start(), kept.end());
		viewer.setSelectedRange(again.start(), again.end() - again.start());
		viewer.revealRange(again.start(), again.end() - again.start());
	}

	/** Whether documents holding markup are shown as stored rather than as their readable text. */
	public boolean showsStoredSource() {
		return storedSource;
	}

	/** Whether the shown document has a readable text besides its stored source. */
	public boolean offersReadableText() {
		Shown text = shown == null ? null : texts.get(shown);
		return text != null && text.readable != null;
	}

	/** The readable text in the pane now, or null when the pane shows a stored text. */
	private ReadableText readableShown() {
		Shown text = shown == null ? null : texts.get(shown);
		return text == null || storedSource ? null : text.mapping;
	}

	/** The stored range behind {@code [start, end)} of the text in the pane. */
	private Range toStored(int start, int end) {
		ReadableText readable = readableShown();
		return readable == null ? new Range(start, end) : readable.toStored(start, end);
	}

	/** Where the stored {@code [start, end)} is in the text in the pane. */
	private Range toShown(int start, int end) {
		ReadableText readable = readableShown();
		return readable == null ? new Range(start, end) : readable.toReadable(start, end);
	}

	public SourceDocument shownDocument() {
		return shown;
	}

	/** The shown document's stored text, on which anchors count, or null while it is not loaded. */
	public String shownText() {
		Shown text = shown == null ? null : texts.get(shown);
		return text == null ? null : text.stored.get();
	}

	/**
	 * The passage selected in the shown document, as a new anchor on the stored characters it was read from,
	 * snapped to whole words with its closing quotation marks ({@link TextAnchors#fromSelection}); null when no
	 * text is selected or the document's text is not loaded.
	 */
	public TextAnchor selectedPassage() {
		String text = shownText();
		if (text == null || shown == null) {
			return null;
		}
		Point selection = selectedRange();
		Range range = toStored(selection.x, selection.x + selection.y);
		return TextAnchors.fromSelection(shown, text, range.start(), range.end());
	}

	/** The selected character range in the text in the pane: x the offset, y the length. */
	public Point selectedRange() {
		return viewer.getSelectedRange();
	}

	/** Recomputes the annotations of the shown document from the map: one per anchor that is not orphaned. */
	public void refreshHighlights() {
		Map<Annotation, Position> added = new HashMap<>();
		String text = shownText();
		if (map != null && shown != null && text != null) {
			for (Node node : map.getNodes()) {
				for (TextAnchor anchor : node.getAnchors()) {
					Range range = anchor.getDocument() == shown && anchor.getStatus() != AnchorStatus.ORPHANED
							&& anchor.getStart() >= 0 && anchor.getEnd() <= text.length()
							? toShown(anchor.getStart(), anchor.getEnd()) : null;
					if (range != null && range.start() < range.end()) {
						added.put(new PassageAnnotation(node, anchor), new Position(range.start(), range.end() - range.start()));
					}
				}
			}
		}
		for (Range place : text == null ? List.<Range>of() : found.getOrDefault(shown, List.of())) {
			if (place.start() >= 0 && place.start() < place.end() && place.end() <= text.length()) {
				Range range = toShown(place.start(), place.end());
				added.put(new Annotation(PassageAnnotation.FOUND_TYPE, false, null),
						new Position(range.start(), range.end() - range.start()));
			}
		}
		List<Annotation> removed = new ArrayList<>();
		for (Iterator<Annotation> all = annotations.getAnnotationIterator(); all.hasNext();) {
			removed.add(all.next());
		}
		annotations.replaceAnnotations(removed.toArray(new Annotation[0]), added);
	}

	/** The annotations now on the shown document, for views and tests. */
	public List<PassageAnnotation> highlights() {
		List<PassageAnnotation> highlights = new ArrayList<>();
		for (Iterator<Annotation> all = annotations.getAnnotationIterator(); all.hasNext();) {
			if (all.next() instanceof PassageAnnotation passage) {
				highlights.add(passage);
			}
		}
		return highlights;
	}

	/** Shows the document of {@code anchor}, scrolls its passage into view and outlines it briefly. */
	public void reveal(TextAnchor anchor) {
		if (anchor.getDocument() != shown) {
			show(anchor.getDocument());
		}
		String text = shownText();
		if (text == null || anchor.getEnd() > text.length() || anchor.getStart() >= anchor.getEnd()) {
			return;
		}
		Range range = toShown(anchor.getStart(), anchor.getEnd());
		viewer.revealRange(range.start(), range.end() - range.start());
		Annotation flash = new Annotation(PassageAnnotation.FLASH_TYPE, false, null);
		annotations.addAnnotation(flash, new Position(range.start(), range.end() - range.start()));
		control.getDisplay().timerExec(FLASH_MILLIS, () -> {
			if (!control.isDisposed()) {
				annotations.removeAnnotation(flash);
			}
		});
	}

	/** Takes the highlight colours and the font from the preferences again. */
	public void applyColours() {
		for (String kind : new String[] { NodeKinds.CLAIM, NodeKinds.REBUTTAL, NodeKinds.ANALOGY }) {
			String type = PassageAnnotation.typeOf(kind);
			RGB rgb = ArgmapPreferences.colour(kind);
			Color colour = colors.getColor(rgb);
			painter.setAnnotationTypeColor(type, colour);
			overviewRuler.setAnnotationTypeColor(type, colors.getColor(darker(rgb)));
		}
		painter.paint(IPainter.CONFIGURATION);
		overviewRuler.update();
		viewer.getTextWidget().setFont(JFaceResources.getFont(ArgmapPreferences.SOURCE_FONT));
	}

	private static RGB darker(RGB rgb) {
		return new RGB(rgb.red * 3 / 5, rgb.green * 3 / 5, rgb.blue * 3 / 5);
	}

	/** The node whose passage covers {@code offset}; the shortest passage wins where they nest. */
	Node nodeAt(int offset) {
		PassageAnnotation best = null;
		for (PassageAnnotation passage : highlights()) {
			Position position = annotations.getPosition(passage);
			if (position != null && position.includes(offset)
					&& (best == null || position.length < annotations.getPosition(best).length)) {
				best = passage;
			}
		}
		return best == null ? null : best.node();
	}

	/** A document's stored text and, when it holds markup, its readable text with the map between them. */
	private static final class Shown {

		final IDocument stored;
		final IDocument readable;
		final ReadableText mapping;

		Shown(SourceText text) {
			stored = new Document(text.stored());
			mapping = text.readable();
			readable = mapping == null ? null : new Document(mapping.text());
		}
	}

	/**
	 * Plain text, but with a presentation reconciler: the annotation painter draws highlights into the text
	 * presentation, which only a reconciler produces. Hovers show the passage's node.
	 */
	private final class PlainTextConfiguration extends SourceViewerConfiguration {

		@Override
		public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
			return plainPresentation();
		}

		@Override
		public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
			return new PassageHover();
		}
	}

	/** The node, its kind and its relations, for the passage under the mouse. */
	private final class PassageHover implements ITextHover {

		@Override
		public String getHoverInfo(ITextViewer textViewer, IRegion region) {
			Node node = nodeAt(region.getOffset());
			if (node == null) {
				return null;
			}
			StringBuilder info = new StringBuilder(NLS.bind(Messages.Hover_node, NodeKinds.of(node), MapLabels.text(node)));
			if (node.getText() != null && !node.getText().equals(MapLabels.text(node))) {
				info.append('\n').append(node.getText());
			}
			for (Relation relation : map.getRelations()) {
				if (relation.getSources().contains(node) || relation.getTarget() == node) {
					info.append("\n\u2022 ").append(MapLabels.text(relation)); //$NON-NLS-1$
				}
			}
			return info.toString();
		}

		@Override
		public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
			return nodeAt(offset) == null ? null : new Region(offset, 0);
		}
	}

	/**
	 * A presentation of plain text: the annotation painter draws highlights into the text presentation, which
	 * only a reconciler produces. Also for other viewers that highlight passages (Compare Maps).
	 */
	public static IPresentationReconciler plainPresentation() {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer plain = new DefaultDamagerRepairer(new RuleBasedScanner());
		reconciler.setDamager(plain, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(plain, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	/**
	 * Annotation types are the annotations' own and have no supertypes; passages are temporary and span several
	 * lines. Found words lie on a layer above passages, so their style wins where they overlap one.
	 */
	public static final class PassageAccess implements IAnnotationAccess, IAnnotationAccessExtension {

		@Override
		public String getTypeLabel(Annotation annotation) {
			return null;
		}

		@Override
		public int getLayer(Annotation annotation) {
			return PassageAnnotation.FOUND_TYPE.equals(annotation.getType()) ? 1 : 0;
		}

		@Override
		public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
			// the vertical ruler is zero pixels wide: the overview ruler marks passages instead
		}

		@Override
		public boolean isPaintable(Annotation annotation) {
			return false;
		}

		@Override
		public boolean isSubtype(Object annotationType, Object potentialSupertype) {
			return annotationType.equals(potentialSupertype);
		}

		@Override
		public Object[] getSupertypes(Object annotationType) {
			return new Object[0];
		}

		@Override
		public Object getType(Annotation annotation) {
			return annotation.getType();
		}

		@Override
		public boolean isMultiLine(Annotation annotation) {
			return true;
		}

		@Override
		public boolean isTemporary(Annotation annotation) {
			return true;
		}
	}

	/** Colours for the rulers, owned by the pane's resource manager and disposed with it. */
	private static final class SharedColors implements ISharedTextColors {

		private final LocalResourceManager resources;

		SharedColors(LocalResourceManager resources) {
			this.resources = resources;
		}

		@Override
		public Color getColor(RGB rgb) {
			return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(rgb));
		}

		@Override
		public void dispose() {
			// the resource manager frees the colours when the pane is disposed
		}
	}
}

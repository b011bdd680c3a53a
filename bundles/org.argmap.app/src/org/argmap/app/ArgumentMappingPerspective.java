package org.argmap.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Argument Mapping" perspective: the map editor fills the centre, the Outline lists the map's nodes on
 * the left, and below it the Properties view edits the selection, the Anchors view lists moved passages and
 * the Evaluation view lists which claims stand; the Corpus, Conflicts and History views join them when a
 * corpus is opened, a map holds merge conflicts or its history is asked for.
 */
public final class ArgumentMappingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.argmap.app.perspective"; //$NON-NLS-1$
	private static final String ANCHORS_VIEW = "org.argmap.ui.anchorsView"; //$NON-NLS-1$
	private static final String EVALUATION_VIEW = "org.argmap.ui.evaluationView"; //$NON-NLS-1$
	private static final String CORPUS_VIEW = "org.argmap.ui.corpusView"; //$NON-NLS-1$
	private static final String CONFLICTS_VIEW = "org.argmap.ui.conflictsView"; //$NON-NLS-1$
	private static final String HISTORY_VIEW = "org.argmap.ui.historyView"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea); //$NON-NLS-1$
		left.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editorArea); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(ANCHORS_VIEW);
		bottom.addView(EVALUATION_VIEW);
		// shown on demand (Window > Show View, Import Corpus), then beside the other views
		bottom.addPlaceholder(CORPUS_VIEW);
		// shown when a map holds merge conflicts, and by Team > History
		bottom.addPlaceholder(CONFLICTS_VIEW);
		bottom.addPlaceholder(HISTORY_VIEW);

		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(ANCHORS_VIEW);
		layout.addShowViewShortcut(EVALUATION_VIEW);
		layout.addShowViewShortcut(CORPUS_VIEW);
		layout.addShowViewShortcut(CONFLICTS_VIEW);
		layout.addShowViewShortcut(HISTORY_VIEW);
	}
}

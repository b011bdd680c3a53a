package org.argmap.ui.preferences;

import org.argmap.interchange.InterchangeFormat;
import org.argmap.interchange.NodeKinds;
import org.argmap.model.Node;
import org.argmap.ui.ArgmapUi;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;

/** The keys of Argmap's preferences and typed access to them. */
public final class ArgmapPreferences {

	/** Highlight colour of a node kind: {@code colour.claim}, {@code colour.rebuttal}, {@code colour.analogy}. */
	public static final String COLOUR_PREFIX = "colour."; //$NON-NLS-1$
	/** Font of the source pane, kept in the JFace font registry under this key as well. */
	public static final String SOURCE_FONT = "org.argmap.ui.sourceFont"; //$NON-NLS-1$
	/** Format that Map > Export proposes. */
	public static final String EXPORT_FORMAT = "export.format"; //$NON-NLS-1$
	/** Seconds between autosaves of unsaved maps. */
	public static final String AUTOSAVE_SECONDS = "autosave.seconds"; //$NON-NLS-1$

	static final String[] KINDS = { NodeKinds.CLAIM, NodeKinds.REBUTTAL, NodeKinds.ANALOGY };

	private ArgmapPreferences() {
	}

	public static IPreferenceStore store() {
		return ArgmapUi.getDefault().getPreferenceStore();
	}

	public static RGB colour(String kind) {
		return PreferenceConverter.getColor(store(), COLOUR_PREFIX + kind);
	}

	public static RGB colour(Node node) {
		return colour(NodeKinds.of(node));
	}

	public static InterchangeFormat exportFormat() {
		InterchangeFormat format = InterchangeFormat.named(store().getString(EXPORT_FORMAT));
		return format == null ? InterchangeFormat.GRAPHML : format;
	}

	public static int autosaveSeconds() {
		return Math.max(5, store().getInt(AUTOSAVE_SECONDS));
	}
}

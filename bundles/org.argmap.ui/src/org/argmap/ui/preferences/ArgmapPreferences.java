package org.argmap.ui.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.argmap.core.drawing.DrawingStyle;
import org.argmap.core.drawing.Rgb;
import org.argmap.core.text.SourcePolicy;
import org.argmap.interchange.NodeKinds;
import org.argmap.ui.ArgmapUi;
import org.argmap.ui.wizards.ExportFormat;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;

/** The keys of Argmap's preferences and typed access to them. */
public final class ArgmapPreferences {

	/** Highlight colour of a node kind: {@code colour.claim}, {@code colour.rebuttal}, {@code colour.analogy}. */
	public static final String COLOUR_PREFIX = "colour."; //$NON-NLS-1$
	/** Font of the source pane, kept in the JFace font registry under this key as well. */
	public static final String SOURCE_FONT = "org.argmap.ui.sourceFont"; //$NON-NLS-1$
	/** Format that File > Export proposes: the one used last. */
	public static final String EXPORT_FORMAT = "export.format"; //$NON-NLS-1$
	/** Seconds between autosaves of unsaved maps. */
	public static final String AUTOSAVE_SECONDS = "autosave.seconds"; //$NON-NLS-1$

	/** Files and folders outside a map's folder that the user let maps read documents from, one path a line. */
	public static final String ALLOWED_SOURCES = "sources.allowed"; //$NON-NLS-1$

	static final String[] KINDS = { NodeKinds.CLAIM, NodeKinds.REBUTTAL, NodeKinds.ANALOGY };

	private ArgmapPreferences() {
	}

	public static IPreferenceStore store() {
		return ArgmapUi.getDefault().getPreferenceStore();
	}

	public static RGB colour(String kind) {
		return PreferenceConverter.getColor(store(), COLOUR_PREFIX + kind);
	}

	/**
	 * The graph's colours, with node fills in the highlight colours as they are now: read on the UI thread, the
	 * style can draw in the background.
	 */
	public static DrawingStyle drawingStyle() {
		Map<String, Rgb> fills = new HashMap<>();
		for (String kind : KINDS) {
			RGB colour = colour(kind);
			fills.put(kind, new Rgb(colour.red, colour.green, colour.blue));
		}
		return new DrawingStyle(node -> fills.get(NodeKinds.of(node)));
	}

	public static ExportFormat exportFormat() {
		ExportFormat format = ExportFormat.named(store().getString(EXPORT_FORMAT));
		return format == null ? ExportFormat.GRAPHML : format;
	}

	public static int autosaveSeconds() {
		return Math.max(5, store().getInt(AUTOSAVE_SECONDS));
	}

	/** Which documents maps may be read from: their own folders, and what the user allowed by name. */
	public static SourcePolicy sourcePolicy() {
		return SourcePolicy.allowing(allowedSources());
	}

	public static List<Path> allowedSources() {
		return store().getString(ALLOWED_SOURCES).lines().filter(line -> !line.isBlank()).map(Path::of).toList();
	}

	/** Lets maps read {@code file}, which lies outside their folder, from now on; kept across sessions. */
	public static void allowSource(Path file) {
		Path allowed = file.toAbsolutePath().normalize();
		if (allowedSources().contains(allowed)) {
			return;
		}
		String before = store().getString(ALLOWED_SOURCES);
		store().setValue(ALLOWED_SOURCES, before.isEmpty() ? allowed.toString() : before + '\n' + allowed);
		try {
			((IPersistentPreferenceStore) store()).save();
		} catch (IOException e) {
			ArgmapUi.log("cannot save the sources allowed outside map folders", e); //$NON-NLS-1$
		}
	}
}

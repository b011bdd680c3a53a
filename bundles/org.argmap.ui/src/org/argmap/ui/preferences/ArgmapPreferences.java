package org.argmap.ui.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
	/** How many relation steps around the selection Show Neighbourhood shows: the number chosen last. */
	public static final String NEIGHBOURHOOD_STEPS = "neighbourhood.steps"; //$NON-NLS-1$
	/** Seconds between autosaves of unsaved maps. */
	public static final String AUTOSAVE_SECONDS = "autosave.seconds"; //$NON-NLS-1$

	/**
	 * Files and folders outside a map's folder that the user let maps read documents from, one a line: a path
	 * for every map, or {@code PATH  (for MAP)} for one map.
	 */
	public static final String ALLOWED_SOURCES = "sources.allowed"; //$NON-NLS-1$
	private static final String FOR_MAP = "  (for "; //$NON-NLS-1$

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

	public static int neighbourhoodSteps() {
		return Math.max(1, store().getInt(NEIGHBOURHOOD_STEPS));
	}

	public static int autosaveSeconds() {
		return Math.max(5, store().getInt(AUTOSAVE_SECONDS));
	}

	/**
	 * Which documents the map saved as {@code mapFile} may be read from: its own folder, what the user allowed
	 * for that map, and what the user allowed for every map in the preferences.
	 */
	public static SourcePolicy sourcePolicy(Path mapFile) {
		return SourcePolicy.allowing(allowedSources(mapFile));
	}

	/** The files and folders the map saved as {@code mapFile} may read besides its own folder. */
	public static List<Path> allowedSources(Path mapFile) {
		Path map = mapFile.toAbsolutePath().normalize();
		List<Path> allowed = new ArrayList<>();
		for (String line : store().getString(ALLOWED_SOURCES).lines().filter(line -> !line.isBlank()).toList()) {
			int forMap = line.lastIndexOf(FOR_MAP);
			if (forMap < 0) {
				allowed.add(Path.of(line.strip()));
			} else if (line.endsWith(")") //$NON-NLS-1$
					&& Path.of(line.substring(forMap + FOR_MAP.length(), line.length() - 1)).equals(map)) {
				allowed.add(Path.of(line.substring(0, forMap)));
			}
		}
		return allowed;
	}

	/**
	 * Lets the map saved as {@code mapFile} read {@code file}, which lies outside its folder, from now on; kept
	 * across sessions. Another map naming the same file is still refused: an allowance is for one map.
	 */
	public static void allowSource(Path file, Path mapFile) {
		Path allowed = file.toAbsolutePath().normalize();
		if (allowedSources(mapFile).contains(allowed)) {
			return;
		}
		String entry = allowed + FOR_MAP + mapFile.toAbsolutePath().normalize() + ')';
		String before = store().getString(ALLOWED_SOURCES);
		store().setValue(ALLOWED_SOURCES, before.isEmpty() ? entry : before + '\n' + entry);
		try {
			((IPersistentPreferenceStore) store()).save();
		} catch (IOException e) {
			ArgmapUi.log("cannot save the sources allowed outside map folders", e); //$NON-NLS-1$
		}
	}
}

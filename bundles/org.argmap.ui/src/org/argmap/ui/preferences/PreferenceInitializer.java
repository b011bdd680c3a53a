package org.argmap.ui.preferences;

import org.argmap.interchange.InterchangeFormat;
import org.argmap.interchange.NodeKinds;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.RGB;

/** Defaults: the kind colours of the exports (lighter, for text behind them), the text font, GraphML. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = ArgmapPreferences.store();
		PreferenceConverter.setDefault(store, ArgmapPreferences.COLOUR_PREFIX + NodeKinds.CLAIM, new RGB(196, 221, 255));
		PreferenceConverter.setDefault(store, ArgmapPreferences.COLOUR_PREFIX + NodeKinds.REBUTTAL, new RGB(255, 205, 198));
		PreferenceConverter.setDefault(store, ArgmapPreferences.COLOUR_PREFIX + NodeKinds.ANALOGY, new RGB(255, 232, 160));
		PreferenceConverter.setDefault(store, ArgmapPreferences.SOURCE_FONT,
				JFaceResources.getTextFont().getFontData());
		store.setDefault(ArgmapPreferences.EXPORT_FORMAT, InterchangeFormat.GRAPHML.formatName());
		store.setDefault(ArgmapPreferences.AUTOSAVE_SECONDS, 30);
		store.setDefault(ArgmapPreferences.NEIGHBOURHOOD_STEPS, 2);
	}
}

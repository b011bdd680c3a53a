package org.argmap.ui.preferences;

import org.argmap.ui.wizards.ExportFormat;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FontFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Argmap: highlight colours per node kind, source font, export, autosave, and
 * the documents outside their folders that maps may read. */
public final class ArgmapPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ArgmapPreferencePage() {
		super(GRID);
		setPreferenceStore(ArgmapPreferences.store());
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// everything comes from the preference store
	}

	@Override
	protected void createFieldEditors() {
		String[] labels = { Messages.Preferences_claimColour, Messages.Preferences_rebuttalColour,
				Messages.Preferences_analogyColour };
		for (int i = 0; i < ArgmapPreferences.KINDS.length; i++) {
			addField(new ColorFieldEditor(ArgmapPreferences.COLOUR_PREFIX + ArgmapPreferences.KINDS[i], labels[i],
					getFieldEditorParent()));
		}
		addField(new FontFieldEditor(ArgmapPreferences.SOURCE_FONT, Messages.Preferences_sourceFont,
				getFieldEditorParent()));
		ExportFormat[] formats = ExportFormat.values();
		String[][] choices = new String[formats.length][];
		for (int i = 0; i < formats.length; i++) {
			String label = LegacyActionTools.removeMnemonics(formats[i].description());
			choices[i] = new String[] { label, formats[i].formatName() };
		}
		addField(new ComboFieldEditor(ArgmapPreferences.EXPORT_FORMAT, Messages.Preferences_exportFormat, choices,
				getFieldEditorParent()));
		IntegerFieldEditor autosave = new IntegerFieldEditor(ArgmapPreferences.AUTOSAVE_SECONDS,
				Messages.Preferences_autosave, getFieldEditorParent());
		autosave.setValidRange(5, 3600);
		addField(autosave);
		addField(new AllowedSourcesEditor(getFieldEditorParent()));
	}
}

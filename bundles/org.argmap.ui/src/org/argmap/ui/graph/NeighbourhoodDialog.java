package org.argmap.ui.graph;

import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/** Asks how many relation steps around the selection to show; proposes, and remembers, the number chosen last. */
public final class NeighbourhoodDialog extends Dialog {

	private static final int MAX_STEPS = 20;

	private Spinner steps;
	private int chosen;

	public NeighbourhoodDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Neighbourhood_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		((GridLayout) area.getLayout()).numColumns = 2;
		Label label = new Label(area, SWT.NONE);
		label.setText(Messages.Neighbourhood_steps);
		steps = new Spinner(area, SWT.BORDER);
		steps.setValues(Math.min(MAX_STEPS, ArgmapPreferences.neighbourhoodSteps()), 1, MAX_STEPS, 0, 1, 5);
		GridDataFactory.swtDefaults().applyTo(steps);
		return area;
	}

	@Override
	protected void okPressed() {
		chosen = steps.getSelection();
		ArgmapPreferences.store().setValue(ArgmapPreferences.NEIGHBOURHOOD_STEPS, chosen);
		super.okPressed();
	}

	/** The number of steps chosen, once OK was pressed. */
	public int steps() {
		return chosen;
	}
}

package org.argmap.app;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** Help > Getting Started: the annotation workflow in five steps, shown beside the sample map on first start. */
public final class GettingStartedView extends ViewPart {

	public static final String ID = "org.argmap.app.gettingStarted"; //$NON-NLS-1$

	private StyledText text;

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(12, 10, 12, 10);
		text.setText(Messages.GettingStarted_text);
		// Each step's first line is its title: shown in bold.
		String content = text.getText();
		int lineStart = 0;
		for (String line : content.split("\n", -1)) { //$NON-NLS-1$
			if (!line.isEmpty() && Character.isDigit(line.charAt(0)) || lineStart == 0) {
				StyleRange bold = new StyleRange(lineStart, line.length(), null, null, SWT.BOLD);
				text.setStyleRange(bold);
			}
			lineStart += line.length() + 1;
		}
		text.setFont(JFaceResources.getDialogFont());
	}

	/** For tests: what the page says. */
	public String text() {
		return text.getText();
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}

package org.argmap.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * What JGit needs from the person at the workbench while a Team operation runs: a key's passphrase, a user
 * name and password for an https remote, whether to trust a server's host key not yet in known_hosts. Each
 * question is a dialog on the UI thread, while the Job waits; the answers go to JGit and are not kept. With no
 * workbench to ask (closing, or a headless run) the question is refused, so nothing waits for an answer.
 */
public final class AskingCredentialsProvider extends CredentialsProvider {

	@Override
	public boolean isInteractive() {
		return true;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		for (CredentialItem item : items) {
			if (!(item instanceof CredentialItem.StringType || item instanceof CredentialItem.CharArrayType
					|| item instanceof CredentialItem.YesNoType
					|| item instanceof CredentialItem.InformationalMessage)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) {
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
			return false;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		AtomicBoolean answered = new AtomicBoolean();
		display.syncExec(() -> {
			Shell shell = display.getActiveShell();
			answered.set(onlyQuestions(items) ? confirmed(shell, uri, items)
					: new CredentialsDialog(shell, uri, items).open() == IDialogConstants.OK_ID);
		});
		return answered.get();
	}

	/** A host key check asks yes or no (and informs); anything else wants text typed. */
	private static boolean onlyQuestions(CredentialItem... items) {
		for (CredentialItem item : items) {
			if (!(item instanceof CredentialItem.YesNoType || item instanceof CredentialItem.InformationalMessage)) {
				return false;
			}
		}
		return true;
	}

	/** Each yes/no question in turn, with the messages before it; a "no" ends the questions. */
	private static boolean confirmed(Shell shell, URIish uri, CredentialItem... items) {
		StringBuilder said = new StringBuilder();
		for (CredentialItem item : items) {
			said.append(item.getPromptText()).append('\n');
			if (item instanceof CredentialItem.YesNoType question) {
				question.setValue(MessageDialog.openQuestion(shell, title(uri), said.toString().strip()));
				if (!question.getValue()) {
					return true;
				}
				said.setLength(0);
			}
		}
		return true;
	}

	/** The host asked about; JGit asks some questions (create known_hosts?) about no remote in particular. */
	private static String title(URIish uri) {
		return uri == null || uri.getHost() == null ? Messages.Handlers_credentialsTitleAnyHost
				: NLS.bind(Messages.Handlers_credentialsTitle, uri.getHost());
	}

	/** One field per item JGit asks for: plain for names, hidden for passwords and passphrases. */
	private static final class CredentialsDialog extends Dialog {

		private final URIish uri;
		private final CredentialItem[] items;
		private final List<Text> fields = new ArrayList<>();

		CredentialsDialog(Shell parent, URIish uri, CredentialItem... items) {
			super(parent);
			this.uri = uri;
			this.items = items;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(title(uri));
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
			Label where = new Label(area, SWT.WRAP);
			where.setText(uri == null ? Messages.Handlers_credentialsForGit
					: NLS.bind(Messages.Handlers_credentialsFor, uri.setPass(null)));
			GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(where);
			for (CredentialItem item : items) {
				Label prompt = new Label(area, SWT.WRAP);
				prompt.setText(item.getPromptText());
				if (item instanceof CredentialItem.InformationalMessage) {
					GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(prompt);
					continue;
				}
				Text field = new Text(area, SWT.BORDER | (item.isValueSecure() ? SWT.PASSWORD : SWT.NONE));
				if (item instanceof CredentialItem.StringType text && text.getValue() != null) {
					field.setText(text.getValue());
				}
				GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(field);
				fields.add(field);
			}
			return area;
		}

		@Override
		protected void okPressed() {
			int field = 0;
			for (CredentialItem item : items) {
				if (item instanceof CredentialItem.StringType text) {
					text.setValue(fields.get(field++).getText());
				} else if (item instanceof CredentialItem.CharArrayType secret) {
					secret.setValueNoCopy(fields.get(field++).getTextChars());
				}
			}
			super.okPressed();
		}
	}
}

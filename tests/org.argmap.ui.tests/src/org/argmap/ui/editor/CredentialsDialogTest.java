package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.argmap.ui.handlers.AskingCredentialsProvider;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * The questions JGit asks during a Team operation (a key's passphrase, whether to trust a new host key) reach
 * the person at the workbench as dialogs, and only what they typed goes back.
 */
class CredentialsDialogTest {

	private static final String TITLE = "Git at git.example.org";

	@Test
	void theWorkbenchAsksForGitsCredentials() {
		assertTrue(CredentialsProvider.getDefault() instanceof AskingCredentialsProvider);
	}

	@Test
	void aPassphraseIsTypedIntoAHiddenFieldAndHandedToGit() throws Exception {
		CredentialItem.Password passphrase = new CredentialItem.Password("Passphrase");
		CredentialItem.InformationalMessage key = new CredentialItem.InformationalMessage(
				"Encrypted key /home/ann/.ssh/id_ed25519");
		AtomicBoolean given = new AtomicBoolean();

		Dialogs.whileOpen(() -> given.set(ask(key, passphrase)), TITLE, dialog -> {
			assertTrue(Dialogs.all(dialog, Label.class).stream()
					.anyMatch(label -> label.getText().equals("Encrypted key /home/ann/.ssh/id_ed25519")));
			List<Text> fields = Dialogs.all(dialog, Text.class);
			assertEquals(1, fields.size());
			assertTrue((fields.get(0).getStyle() & SWT.PASSWORD) != 0, "the passphrase is not shown");
			fields.get(0).setText("correct horse");
			Dialogs.press(dialog, "OK");
		});

		assertTrue(given.get());
		assertArrayEquals("correct horse".toCharArray(), passphrase.getValue());
	}

	@Test
	void cancellingTheDialogGivesGitNothing() throws Exception {
		CredentialItem.Username user = new CredentialItem.Username();
		CredentialItem.Password password = new CredentialItem.Password();
		AtomicBoolean given = new AtomicBoolean(true);

		Dialogs.whileOpen(() -> given.set(ask(user, password)), TITLE, dialog -> {
			Dialogs.all(dialog, Text.class).forEach(field -> field.setText("typed"));
			Dialogs.press(dialog, "Cancel");
		});

		assertFalse(given.get());
		assertNull(user.getValue());
		assertNull(password.getValue());
	}

	@Test
	void anUnknownHostKeyIsTrustedOnlyWhenThePersonSaysYes() throws Exception {
		CredentialItem.InformationalMessage fingerprint = new CredentialItem.InformationalMessage(
				"The authenticity of host 'git.example.org' cannot be established. ED25519 key fingerprint SHA256:abc");
		CredentialItem.YesNoType trust = new CredentialItem.YesNoType("Accept and store this key?");

		Dialogs.whileOpen(() -> ask(fingerprint, trust), TITLE, dialog -> {
			assertTrue(Dialogs.all(dialog, Label.class).stream()
					.anyMatch(label -> label.getText().contains("SHA256:abc")), "the fingerprint is shown");
			Dialogs.press(dialog, "No");
		});
		assertFalse(trust.getValue());

		Dialogs.whileOpen(() -> ask(fingerprint, trust), TITLE, dialog -> Dialogs.press(dialog, "Yes"));
		assertTrue(trust.getValue());
	}

	@Test
	void aQuestionAboutNoRemoteInParticularIsAskedToo() throws Exception {
		CredentialItem.YesNoType create = new CredentialItem.YesNoType(
				"File /home/ann/.ssh/known_hosts does not exist. Create file /home/ann/.ssh/known_hosts ?");

		Dialogs.whileOpen(() -> CredentialsProvider.getDefault().get(null, create), "Git",
				dialog -> Dialogs.press(dialog, "Yes"));

		assertTrue(create.getValue());
	}

	private static boolean ask(CredentialItem... items) throws Exception {
		return CredentialsProvider.getDefault().get(new URIish("ssh://git@git.example.org/team.git"), items);
	}
}

package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Driving a modal dialog that a command opens, with its real widgets, as a person would. */
final class Dialogs {

	private Dialogs() {
	}

	/**
	 * Runs {@code commandId}; once the dialog titled {@code title} is open, {@code user} acts on it from inside
	 * the dialog's event loop, and the dialog is cancelled unless {@code user} closed it.
	 */
	static void whileOpen(String commandId, String title, Consumer<Shell> user) throws Exception {
		whileOpen(() -> Workbench.run(commandId), title, user);
	}

	/** What a user action does in the UI thread: a command run, a handler's work with a file already chosen. */
	@FunctionalInterface
	interface Action {
		void run() throws Exception;
	}

	/** As {@link #whileOpen(String, String, Consumer)}, for a dialog that {@code action} opens. */
	static void whileOpen(Action action, String title, Consumer<Shell> user) throws Exception {
		Display display = Display.getCurrent();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell dialog = Arrays.stream(display.getShells()).filter(shell -> title.equals(shell.getText())).findFirst()
					.orElse(null);
			if (dialog == null) {
				display.timerExec(50, poll[0]);
				return;
			}
			try {
				user.accept(dialog);
			} catch (Throwable e) {
				failure.set(e);
			} finally {
				if (!dialog.isDisposed()) {
					dialog.close();
				}
			}
		};
		display.timerExec(50, poll[0]);
		action.run();
		if (failure.get() instanceof AssertionError e) {
			throw e;
		}
		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
	}

	/** Presses an enabled button, by its label without mnemonics. */
	static void press(Shell dialog, String label) {
		Button button = button(dialog, label);
		assertTrue(button.isEnabled(), label + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	static Button button(Shell dialog, String label) {
		Button found = all(dialog, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(label))
				.findFirst().orElse(null);
		assertNotNull(found, label);
		return found;
	}

	/** Every widget of {@code type} under {@code parent}, in the order of the widget tree. */
	static <T extends Control> List<T> all(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}
}

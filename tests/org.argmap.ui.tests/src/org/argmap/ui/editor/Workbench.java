package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.argmap.sample.SampleMap;
import org.argmap.ui.handlers.OpenMapHandler;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** Driving the running workbench from tests: open maps, run commands, wait while the UI works. */
final class Workbench {

	private static final long TIMEOUT_MILLIS = 15_000;

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Opens {@code file} as a user would and waits until its documents' texts are shown. */
	static MapEditor open(Path file) throws ExecutionException {
		MapEditor editor = OpenMapHandler.open(page(), file);
		waitUntil(editor::textsLoaded, "the texts of " + file + " to load");
		settle();
		return editor;
	}

	/**
	 * Writes the sample map into {@code folder}, opens it in a 1600x1000 window and waits until its graph is
	 * laid out.
	 */
	static MapEditor openSample(Path folder) throws ExecutionException, IOException {
		page().getWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		settle();
		MapEditor editor = open(SampleMap.write(folder));
		waitUntil(() -> editor.graph().layout() != null, "the graph to be laid out");
		return editor;
	}

	/** Runs a command by id through the handler service, as menus and key bindings do. */
	static void run(String commandId) throws Exception {
		// Menus and keys reach a command through the active window. Under Xvfb no window manager gives the
		// window its activation back when a dialog closes, and without an active shell the editor's Undo has no
		// handler.
		activateWindow();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		settle();
	}

	private static void activateWindow() {
		if (Display.getCurrent().getActiveShell() == null) {
			page().getWorkbenchWindow().getShell().forceActive();
			settle();
		}
	}

	/** Processes pending UI events until {@code condition} holds; fails naming what it waited for. */
	static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what);
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Lets asynchronous UI work (command stack notifications, painting) run. */
	static void settle() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 50 && display.readAndDispatch(); i++) {
			// keep dispatching
		}
		while (display.readAndDispatch()) {
			// until the queue is empty
		}
	}

	/** The text widget of {@code editor}'s source pane. */
	static StyledText sourceText(MapEditor editor) {
		return editor.sourcePane().viewer().getTextWidget();
	}

	/** The highlight painted behind the source pane's character at {@code offset}, or null. */
	static RGB sourceBackgroundAt(MapEditor editor, int offset) {
		StyleRange style = sourceText(editor).getStyleRangeAtOffset(offset);
		return style == null || style.background == null ? null : style.background.getRGB();
	}

	/** Closes every editor and gives the window its activation back, so the next test starts as a user would. */
	static void closeAll() {
		page().closeAllEditors(false);
		settle();
		activateWindow();
	}
}

package org.argmap.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.argmap.app.ArgumentMappingPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;

/** The Argmap window as a new user sees it, checked on the real SWT widgets of the running workbench. */
class WorkbenchWindowTest {

	private static final long TIMEOUT_MILLIS = 10_000;

	private static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no active workbench window");
		return window;
	}

	private static String plain(String menuText) {
		int tab = menuText.indexOf('\t');
		return (tab < 0 ? menuText : menuText.substring(0, tab)).replace("&", "");
	}

	private static List<String> itemTexts(Menu menu) {
		// Workbench menus fill themselves when shown, exactly as when the user opens them.
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).map(MenuItem::getText).map(WorkbenchWindowTest::plain).toList();
	}

	private static Menu submenu(String label) {
		Menu menuBar = window().getShell().getMenuBar();
		return Arrays.stream(menuBar.getItems()).filter(item -> plain(item.getText()).equals(label)).findFirst()
				.map(MenuItem::getMenu).orElseThrow(() -> new AssertionError("no menu '" + label + "'"));
	}

	private static <T> T waitFor(Supplier<Optional<T>> condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			Optional<T> result = condition.get();
			if (result.isPresent()) {
				return result.get();
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		throw new AssertionError("timed out waiting for " + what);
	}

	@Test
	void windowIsBrandedArgmap() {
		Shell shell = window().getShell();
		assertEquals("Argmap", shell.getText());
		assertTrue(shell.getImages().length >= 2, "window icons missing");
		assertTrue(shell.getSize().x >= 800 && shell.getSize().y >= 600, "window too small: " + shell.getSize());
		assertTrue(shell.getMaximized(), "a first start opens maximized");
	}

	@Test
	void menuBarHasFileEditMapTeamWindowHelp() {
		List<String> labels = Arrays.stream(window().getShell().getMenuBar().getItems())
				.map(item -> plain(item.getText())).toList();
		assertEquals(List.of("File", "Edit", "Map", "Team", "Window", "Help"), labels);
	}

	@Test
	void menusCarryTheStandardWorkbenchActions() {
		assertMenuHas("File", "New Map...", "Open Map...", "Compare Maps...", "Clone Repository...", "Recent Maps",
				"Close Editor", "Close All Editors", "Save", "Save As...", "Save All", "Import...", "Import Corpus...",
				"Export...", "Exit");
		assertMenuHas("Edit", "Undo", "Redo", "Copy", "Select All");
		assertMenuHas("Window", "Show View", "Reset Perspective...", "Preferences...");
		assertMenuHas("Help", "Getting Started", "About Argmap");
		assertMenuHas("Map", "Create Claim", "Create Rebuttal", "Create Analogy", "Add Passage to Selected Node",
				"Add Correspondence", "Add Documents...");
		assertMenuHas("Team", "Commit...", "Pull", "Push", "History");
	}

	@Test
	void noTwoItemsOfAMenuShareAMnemonic() {
		List<String> clashes = new ArrayList<>();
		for (String label : List.of("File", "Edit", "Map", "Team", "Window", "Help")) {
			Menu menu = submenu(label);
			menu.notifyListeners(SWT.Show, new Event());
			Map<Character, String> taken = new HashMap<>();
			for (MenuItem item : menu.getItems()) {
				String text = item.getText();
				int amp = text.indexOf('&');
				if (amp >= 0 && amp + 1 < text.length()) {
					String before = taken.put(Character.toLowerCase(text.charAt(amp + 1)), plain(text));
					if (before != null) {
						clashes.add(label + ": " + before + " / " + plain(text));
					}
				}
			}
		}
		assertEquals(List.of(), clashes, "items of one menu sharing a mnemonic");
	}

	private static void assertMenuHas(String menu, String... expected) {
		List<String> items = itemTexts(submenu(menu));
		assertTrue(items.containsAll(List.of(expected)), menu + " menu holds " + items);
	}

	@Test
	void argumentMappingPerspectiveShowsOutlineAndPropertiesBesideTheEditorArea() {
		IWorkbenchPage page = window().getActivePage();
		assertEquals(ArgumentMappingPerspective.ID, page.getPerspective().getId());
		assertEquals("Argument Mapping", page.getPerspective().getLabel());
		assertTrue(page.isEditorAreaVisible());

		List<String> tabs = visibleTabLabels(window().getShell());
		assertTrue(tabs.contains("Outline"), "visible tabs: " + tabs);
		assertTrue(tabs.contains("Properties"), "visible tabs: " + tabs);
		assertTrue(tabs.contains("Anchors"), "visible tabs: " + tabs);
		assertNotNull(page.findView(IPageLayout.ID_OUTLINE));
		assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET));
	}

	private static List<String> visibleTabLabels(Composite root) {
		ArrayList<String> labels = new ArrayList<>();
		collectTabs(root, labels);
		return labels;
	}

	private static void collectTabs(Control control, List<String> labels) {
		if (control instanceof CTabFolder folder && folder.isVisible()) {
			for (CTabItem item : folder.getItems()) {
				labels.add(item.getText());
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTabs(child, labels);
			}
		}
	}

	@Test
	void aboutDialogShowsProductVersion() {
		Display display = Display.getCurrent();
		String version = Platform.getBundle("org.argmap.app").getVersion().toString();
		AtomicReference<String> aboutText = new AtomicReference<>();
		// The About dialog is modal and runs its own event loop, so the probe runs as a timer inside that
		// loop: it reads the dialog's text and closes it, which lets the action below return.
		Runnable probe = new Runnable() {
			@Override
			public void run() {
				Optional<Shell> about = Arrays.stream(display.getShells())
						.filter(shell -> !shell.isDisposed() && shell.isVisible()
								&& shell.getText().equals("About Argmap"))
						.findFirst();
				if (about.isPresent()) {
					aboutText.set(allText(about.get()));
					about.get().close();
				} else {
					display.timerExec(50, this);
				}
			}
		};
		display.timerExec(50, probe);
		display.asyncExec(() -> ActionFactory.ABOUT.create(window()).run());
		String text = waitFor(() -> Optional.ofNullable(aboutText.get()), "the About dialog");
		assertTrue(text.contains("Version: " + version), text);
		assertFalse(text.contains("{0}"), text);
	}

	private static String allText(Control control) {
		StringBuilder text = new StringBuilder();
		if (control instanceof StyledText styled) {
			text.append(styled.getText());
		} else if (control instanceof Text plainText) {
			text.append(plainText.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				text.append(allText(child));
			}
		}
		return text.toString();
	}
}

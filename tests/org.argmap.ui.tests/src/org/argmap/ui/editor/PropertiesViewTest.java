package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.model.Analogy;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEdits;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Properties view as a user sees and uses it: the rows of its tree, cells edited by clicking them, typing
 * and pressing Enter, and the cells following undo, redo and edits made elsewhere. Nothing here calls the
 * property sources directly; what the tree shows is what is checked.
 */
class PropertiesViewTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		// editors first: hiding the Properties view of a dirty map would ask whether to save it
		Workbench.closeAll();
		org.eclipse.ui.IViewPart sheet = Workbench.page().findView(IPageLayout.ID_PROP_SHEET);
		if (sheet != null) {
			Workbench.page().hideView(sheet);
		}
		Workbench.settle();
	}

	@Test
	void propertiesFollowUndoAndRedo() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);
		Node claim = editor.map().getNodes().get(0);
		Tree properties = showProperties(editor, claim);
		waitForCell(properties, "Text", MapOnDisk.WALL);
		assertEquals("", cell(properties, "Label"), "a claim starts without a label");

		Text editorText = activateTextCell(properties, "Label");
		type(editorText, "wall");
		pressEnter(editorText);
		Workbench.waitUntil(() -> "wall".equals(claim.getLabel()), "Enter to set the label");
		waitForCell(properties, "Label", "wall");
		assertTrue(editor.isDirty(), "an edit in the Properties view is an edit of the map");
		assertEquals("Change Label", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel(),
				"Edit > Undo names what it takes back, not EMF's \"Set\"");

		// Ctrl+Z is the map editor's: the user goes back to the map to undo
		Workbench.page().activate(editor);
		Workbench.run("org.eclipse.ui.edit.undo");
		assertNull(claim.getLabel());
		waitForCell(properties, "Label", "");
		assertFalse(editor.isDirty());

		Workbench.run("org.eclipse.ui.edit.redo");
		assertEquals("wall", claim.getLabel());
		waitForCell(properties, "Label", "wall");

		// an edit made elsewhere (the graph, a handler) shows without selecting the node again
		editor.domain().getCommandStack().execute(MapEdits.setText(editor.domain(), claim, "Scaling has stalled."));
		waitForCell(properties, "Text", "Scaling has stalled.");
		Workbench.run("org.eclipse.ui.edit.undo");
		waitForCell(properties, "Text", MapOnDisk.WALL);
		assertEquals("wall", cell(properties, "Label"), "undoing the text leaves the label");
	}

	@Test
	void anAnchorShowsItsConfidenceOnlyWhileRelocated() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, true);
		MapEditor editor = Workbench.open(disk.mapFile);
		TextAnchor anchor = editor.map().getNodes().get(0).getAnchors().get(0);
		Tree properties = showProperties(editor, anchor);
		waitForCell(properties, "Status", "anchored");
		assertEquals("", cell(properties, "Confidence"), "an anchor the user made has no confidence, not 0");

		editor.domain().getCommandStack().execute(MapEdits.relocate(editor.domain(), anchor, anchor.getStart(),
				anchor.getEnd(), anchor.getExact(), anchor.getPrefix(), anchor.getSuffix(), 0.42));
		waitForCell(properties, "Confidence", "0.42");
		Workbench.page().activate(editor);
		Workbench.run("org.eclipse.ui.edit.undo");
		waitForCell(properties, "Confidence", "");
	}

	@Test
	void relationShowsTheLabelsOfItsEnds() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, MapOnDisk.WALL, MapOnDisk.REASONING);
		MapEditor editor = Workbench.open(disk.mapFile);
		Node wall = editor.map().getNodes().get(0);
		Node reasoning = editor.map().getNodes().get(1);
		Command relate = MapEdits.relate(editor.domain(), editor.map(), RelationKind.SUPPORT, wall, List.of(reasoning));
		assertTrue(relate.canExecute());
		editor.domain().getCommandStack().execute(relate);
		Relation relation = editor.map().getRelations().get(0);
		// the editor selects what a command made, once the graph has shown it
		Workbench.waitUntil(() -> editor.selection().toList().equals(List.of(relation)), "the new relation to be selected");

		Tree properties = showProperties(editor, relation);
		// the claims have no labels, so they are named by (the start of) their text
		Workbench.waitUntil(() -> cell(properties, "Target") != null, "a Target row");
		String target = cell(properties, "Target");
		String sources = cell(properties, "Sources");
		assertNotNull(sources, "a Sources row");
		assertFalse(target.contains("Impl@") || sources.contains("Impl@"),
				"no object dumps: target " + target + ", sources " + sources);
		assertTrue(target.startsWith("Pre-training returns"), target);
		assertTrue(sources.startsWith("Meanwhile, reasoning"), sources);
		assertFalse(sources.contains("Pre-training"), "the target is not among the sources: " + sources);
	}

	@Test
	void criticalQuestionShowsItsQuestionAndEnterCommitsTheAnswer() throws Exception {
		MapOnDisk disk = new MapOnDisk(folder, false);
		MapEditor editor = Workbench.open(disk.mapFile);
		Analogy analogy = MapElements.newAnalogy("Progress is like a child learning to walk.", "a child", "AI");
		editor.domain().getCommandStack().execute(MapEdits.createNode(editor.domain(), editor.map(), analogy));
		Workbench.waitUntil(() -> editor.selection().toList().equals(List.of(analogy)), "the new analogy to be selected");
		CriticalQuestion question = analogy.getCriticalQuestions().get(0);

		Tree properties = showProperties(editor, question);
		Workbench.waitUntil(() -> cell(properties, "Kind") != null, "a Kind row");
		String kind = cell(properties, "Kind");
		// a user reads the question itself, not the enumeration literal behind it
		assertTrue(kind.endsWith("?") && kind.contains(" "), "the Kind cell shows the question: " + kind);
		assertFalse(kind.equals(question.getKind().getName()) || kind.equals(question.getKind().getLiteral()), kind);
		assertEquals("", cell(properties, "Answer"));

		Text answerText = activateTextCell(properties, "Answer");
		type(answerText, "yes");
		pressEnter(answerText);
		Workbench.waitUntil(() -> question.getAnswer() != null, "Enter to commit the answer");
		assertEquals("yes", question.getAnswer(), "Enter commits; it adds no line break");
		waitForCell(properties, "Answer", "yes");

		Workbench.page().activate(editor);
		Workbench.run("org.eclipse.ui.edit.undo");
		assertNull(question.getAnswer());
		waitForCell(properties, "Answer", "");
	}

	// --- the Properties view, driven through its widgets ---

	/** Shows the Properties view, selects {@code element} in the map editor, and returns the view's tree. */
	private static Tree showProperties(MapEditor editor, Object element) throws Exception {
		PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
		// the workbench passes on the selection of the active part only: the user works in the map
		Workbench.page().activate(editor);
		editor.select(element);
		Workbench.settle();
		Workbench.waitUntil(() -> findTree(sheet) != null && findTree(sheet).getItemCount() > 0,
				"the Properties view to show " + element);
		return findTree(sheet);
	}

	/** The tree of the page the Properties view currently shows. */
	private static Tree findTree(PropertySheet sheet) {
		IPage page = sheet.getCurrentPage();
		return page == null || page.getControl() == null || page.getControl().isDisposed() ? null
				: findTree(page.getControl());
	}

	private static Tree findTree(Control control) {
		if (control instanceof Tree tree) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree found = findTree(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The row named {@code property}, among the top rows or inside their categories, expanded as a user does. */
	private static TreeItem row(Tree tree, String property) {
		List<TreeItem> categories = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			if (property.equals(item.getText(0))) {
				return item;
			}
			if (item.getText(1).isEmpty() && item.getItemCount() > 0) {
				categories.add(item);
			}
		}
		for (TreeItem category : categories) {
			expand(tree, category);
			for (TreeItem item : category.getItems()) {
				if (property.equals(item.getText(0))) {
					return item;
				}
			}
		}
		return null;
	}

	private static void expand(Tree tree, TreeItem item) {
		if (!item.getExpanded()) {
			// PropertySheetViewer creates the child rows when it hears the Expand event
			Event event = new Event();
			event.item = item;
			tree.notifyListeners(SWT.Expand, event);
			item.setExpanded(true);
		}
	}

	/** The value cell of the row named {@code property}, or null when there is no such row. */
	private static String cell(Tree tree, String property) {
		TreeItem item = row(tree, property);
		return item == null ? null : item.getText(1);
	}

	private static void waitForCell(Tree tree, String property, String expected) {
		Workbench.waitUntil(() -> expected.equals(cell(tree, property)),
				"the " + property + " cell to read '" + expected + "', not '" + cell(tree, property) + "'");
	}

	/** Clicks the value cell of {@code property} and returns the text field the Properties view opens there. */
	private static Text activateTextCell(Tree tree, String property) {
		TreeItem item = row(tree, property);
		assertNotNull(item, "a " + property + " row");
		tree.setFocus();
		tree.setSelection(item);
		Rectangle bounds = item.getBounds(1);
		Event down = new Event();
		down.button = 1;
		down.x = bounds.x + bounds.width / 2;
		down.y = bounds.y + bounds.height / 2;
		tree.notifyListeners(SWT.MouseDown, down);
		Event up = new Event();
		up.button = 1;
		up.x = down.x;
		up.y = down.y;
		tree.notifyListeners(SWT.MouseUp, up);
		Workbench.settle();
		Text[] field = new Text[1];
		Workbench.waitUntil(() -> (field[0] = visibleText(tree)) != null && field[0].isFocusControl(),
				"a text field with focus in the " + property + " cell");
		return field[0];
	}

	private static Text visibleText(Tree tree) {
		for (Control child : tree.getChildren()) {
			if (child instanceof Text text && !text.isDisposed() && text.isVisible()) {
				return text;
			}
		}
		return null;
	}

	/** Types {@code word} (lower case letters) with real key events into the focused {@code field}. */
	private static void type(Text field, String word) {
		field.selectAll();
		for (char c : word.toCharArray()) {
			post(SWT.KeyDown, 0, c);
			post(SWT.KeyUp, 0, c);
		}
		Workbench.waitUntil(() -> field.isDisposed() || word.equals(field.getText()),
				"'" + word + "' to be typed, not '" + (field.isDisposed() ? "" : field.getText()) + "'");
	}

	private static void pressEnter(Text field) {
		assertTrue(field.isFocusControl(), "the cell's text field has the keyboard");
		post(SWT.KeyDown, SWT.CR, '\r');
		post(SWT.KeyUp, SWT.CR, '\r');
	}

	private static void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		assertTrue(Display.getCurrent().post(event), "the key event was posted");
		Workbench.settle();
	}
}

package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.argmap.core.team.MapVersion;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;
import org.argmap.model.Node;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.Git;
import org.argmap.ui.views.ConflictsView;
import org.argmap.ui.views.HistoryView;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Team menu on a map in a clone of a bare repository ({@code file://}): Ann pushes with command-line git,
 * Ben edits the same claim in the workbench, commits with Team > Commit..., pulls with Team > Pull, resolves
 * the conflict in the Conflicts view, commits the merge and pushes.
 */
class TeamMenuTest {

	private static final String COMMIT = "Commit";

	@TempDir
	Path folder;

	private Path bare;
	private Path ann;
	private Path ben;

	@BeforeEach
	void twoClones() throws Exception {
		Path seed = Files.createDirectories(folder.resolve("seed"));
		new MapOnDisk(seed, MapOnDisk.WALL);
		Git.run(seed, "init", "-q", "-b", "main");
		Git.run(seed, "add", "debate.argmap", "obsolete.txt");
		Git.run(seed, "-c", "user.name=Seed", "-c", "user.email=seed@argmap.org", "commit", "-q", "-m", "A claim");
		Git.run(folder, "clone", "-q", "--bare", seed.toString(), "team.git");
		bare = folder.resolve("team.git");
		ann = clone("ann", "Ann");
		ben = clone("ben", "Ben");
	}

	@AfterEach
	void closeEverything() {
		Workbench.closeAll();
	}

	@Test
	void commitAndPullOnRealWidgetsThenTheConflictIsResolvedByOneUndoableCommand() throws Exception {
		ArgumentMap annMap = MapStore.load(ann.resolve("debate.argmap"));
		annMap.getNodes().get(0).setText("Ann: returns are plateauing.");
		MapStore.save(annMap.eResource(), ann.resolve("debate.argmap"));
		pushedByAnn("Ann's wording");

		MapEditor editor = rewordedByBen();
		Node wall = editor.map().getNodes().get(0);
		assertEquals("Ben's wording", Git.run(ben, "log", "-1", "--format=%s"));
		assertEquals("Ben: returns keep coming.",
				MapStore.load(ben.resolve("debate.argmap")).getNodes().get(0).getText(), "saved before the commit");
		editor.select(wall);
		Workbench.settle();

		finish(run("org.argmap.ui.team.pull"));
		Workbench.waitUntil(() -> Workbench.page().findView(ConflictsView.ID) != null, "the Conflicts view to open");
		ConflictsView view = (ConflictsView) Workbench.page().findView(ConflictsView.ID);
		MapEditor merged = (MapEditor) Workbench.page().getActiveEditor();
		Workbench.waitUntil(() -> view.table().getTable().getItemCount() == 1, "the conflict to be listed");
		assertSame(editor, merged, "the editor stays open and takes in the merged map");
		assertSame(wall, merged.map().getNodes().get(0), "the claim both changed is the same object");
		assertEquals(List.of(wall), merged.selection().toList(), "the selection is kept");
		assertFalse(merged.isDirty(), "the editor holds what the merged file holds");
		assertEquals("Reload Map", merged.domain().getCommandStack().getUndoCommand().getLabel());
		assertEquals("Ben: returns keep coming.", merged.map().getNodes().get(0).getText(), "the merged map is shown");
		assertEquals("Ann: returns are plateauing.", view.table().getTable().getItem(0).getText(2));

		Conflict conflict = merged.map().getConflicts().get(0);
		view.table().setSelection(new StructuredSelection(conflict));
		assertTrue(view.actions().get(1).isEnabled(), "their version is offered for a changed text");
		assertEquals(List.of("Keep Our Version", "Take Their Version"),
				view.actions().stream().map(Action::getText).toList(), "the actions say what they do to a text");
		view.actions().get(1).run();
		Workbench.settle();
		assertEquals("Ann: returns are plateauing.", merged.map().getNodes().get(0).getText());
		assertTrue(merged.map().getConflicts().isEmpty());
		Workbench.waitUntil(() -> view.table().getTable().getItemCount() == 0, "the conflict to leave the list");
		Workbench.page().activate(merged);
		Workbench.run("org.eclipse.ui.edit.undo");
		assertEquals(1, merged.map().getConflicts().size(), "one undo brings the conflict back");
		assertEquals("Ben: returns keep coming.", merged.map().getNodes().get(0).getText());
		Workbench.run("org.eclipse.ui.edit.redo");
		assertTrue(merged.map().getConflicts().isEmpty());

		commit("Take Ann's wording");
		assertEquals(2, Git.run(ben, "log", "-1", "--format=%p").split(" ").length, "the merge is concluded");
		finish(run("org.argmap.ui.team.push"));
		assertEquals(Git.run(ben, "rev-parse", "HEAD"), Git.run(bare, "rev-parse", "main"));

		finish(run("org.argmap.ui.team.history"));
		HistoryView history = (HistoryView) Workbench.page().findView(HistoryView.ID);
		Workbench.waitUntil(() -> history.table().getTable().getItemCount() > 0, "the history to be listed");
		assertEquals("Take Ann's wording", ((MapVersion) history.table().getElementAt(0)).summary());
		assertEquals(4, history.table().getTable().getItemCount());
	}

	@Test
	void aPulledMapWithARepeatedIdIsNamedAndTheOpenEditorIsLeftAsItWas() throws Exception {
		Path annFile = ann.resolve("debate.argmap");
		ArgumentMap annMap = MapStore.load(annFile);
		String documentId = annMap.getDocuments().get(0).getId();
		// damaged outside Argmap: the claim got the document's id
		Files.writeString(annFile, Files.readString(annFile).replace(annMap.getNodes().get(0).getId(), documentId));
		pushedByAnn("Damaged by hand");
		MapEditor editor = rewordedByBen();
		Node wall = editor.map().getNodes().get(0);
		String head = Git.run(ben, "rev-parse", "HEAD");
		String status = Git.run(ben, "status", "--porcelain");

		Job pull = run("org.argmap.ui.team.pull");
		Workbench.waitUntil(() -> pull.getResult() != null, pull.getName());
		Workbench.settle();
		closeDialogs();

		assertEquals(IStatus.ERROR, pull.getResult().getSeverity());
		String message = pull.getResult().getMessage();
		assertTrue(message.contains("debate.argmap") && message.contains(documentId), message);
		assertSame(editor, Workbench.page().getActiveEditor(), "the editor stays");
		assertSame(wall, editor.map().getNodes().get(0));
		assertEquals("Ben: returns keep coming.", wall.getText());
		assertFalse(editor.isDirty());
		assertEquals(status, Git.run(ben, "status", "--porcelain"), "no merge is left half done");
		assertEquals(head, Git.run(ben, "rev-parse", "HEAD"));
	}

	/** Ann commits her map as it is on disk and pushes it with command-line git. */
	private void pushedByAnn(String message) throws Exception {
		Git.run(ann, "commit", "-q", "-am", message);
		Git.run(ann, "push", "-q");
	}

	/** Ben rewords the claim in the workbench and commits it with Team > Commit...; answers his editor. */
	private MapEditor rewordedByBen() throws Exception {
		MapEditor editor = Workbench.open(ben.resolve("debate.argmap"));
		Node wall = editor.map().getNodes().get(0);
		editor.domain().getCommandStack().execute(MapEdits.setText(editor.domain(), wall, "Ben: returns keep coming."));
		commit("Ben's wording");
		return editor;
	}

	/** The workbench's report of a failed Job, if it opened one. */
	private static void closeDialogs() {
		Shell window = Workbench.page().getWorkbenchWindow().getShell();
		for (Shell shell : window.getDisplay().getShells()) {
			if (shell != window && !shell.isDisposed()) {
				shell.close();
			}
		}
		Workbench.settle();
	}

	/** Team > Commit...: types the message into the dialog and presses OK, then waits for the commit. */
	private static void commit(String message) throws Exception {
		AtomicReference<Job> job = new AtomicReference<>();
		Dialogs.whileOpen(() -> job.set(run("org.argmap.ui.team.commit")), COMMIT, dialog -> {
			Dialogs.all(dialog, Text.class).get(0).setText(message);
			Dialogs.press(dialog, "OK");
		});
		finish(job.get());
	}

	/** Runs a Team command on the active map editor, as its menu item does, and answers the Job it started. */
	private static Job run(String commandId) throws Exception {
		Workbench.page().activate(Workbench.page().getActiveEditor());
		Workbench.settle();
		return (Job) PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
	}

	/** Waits for the Job to end and for what it hands to the UI thread; it must have succeeded. */
	private static void finish(Job job) {
		Workbench.waitUntil(() -> job.getResult() != null, job.getName());
		Workbench.settle();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
	}

	private Path clone(String name, String user) throws Exception {
		Git.run(folder, "clone", "-q", bare.toString(), name);
		Path clone = folder.resolve(name);
		Git.run(clone, "config", "user.name", user);
		Git.run(clone, "config", "user.email", name + "@argmap.org");
		return clone;
	}
}

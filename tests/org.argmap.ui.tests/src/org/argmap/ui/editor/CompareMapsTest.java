package org.argmap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.argmap.core.validation.SourceFileTexts;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.RelationKind;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.argmap.tests.support.AnnotatedMaps;
import org.argmap.ui.compare.CompareMapsJob;
import org.argmap.ui.compare.ComparisonEditor;
import org.argmap.ui.preferences.ArgmapPreferences;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare Maps on real widgets: two annotators' maps, sides accepted and undone, the curated map saved. */
class CompareMapsTest {

	private static final String TEXT = "Premise one here. Premise two there. Conclusion at last!!!!.";

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	void acceptingSidesBuildsACuratedMapThatSavesValidAndOpensAsAMap() throws Exception {
		AnnotatedMaps ann = AnnotatedMaps.on("ann", TEXT);
		Claim conclusion = ann.claim(37, 52);
		ann.relate(RelationKind.SUPPORT, conclusion, ann.claim(0, 17));
		ann.relate(RelationKind.SUPPORT, conclusion, ann.claim(18, 36));
		Path annFile = ann.saveAs(folder.resolve("ann/debate.argmap"));
		AnnotatedMaps bob = AnnotatedMaps.on("bob", TEXT);
		bob.relate(RelationKind.ATTACK, bob.claim(37, 52), bob.rebuttal(0, 17));
		bob.claim(52, 60);
		Path bobFile = bob.saveAs(folder.resolve("bob/debate.argmap"));

		// ann's map is open, as when a curator starts from their own map: File > Compare Maps... offers it
		Workbench.open(annFile);
		Dialogs.whileOpen("org.argmap.ui.compareMaps", "Compare Maps", dialog -> {
			org.eclipse.swt.widgets.List chosen = Dialogs.all(dialog, org.eclipse.swt.widgets.List.class).get(0);
			assertEquals(List.of(annFile.toString()), List.of(chosen.getItems()));
			assertFalse(Dialogs.button(dialog, "Compare").isEnabled(), "one map is nothing to compare");
		});
		ComparisonEditor comparison = compare(annFile, bobFile);
		Shell shell = Workbench.page().getWorkbenchWindow().getShell();
		Table disagreements = disagreementsOf(shell);
		assertEquals(List.of("Passage", "ann", "bob"),
				Arrays.stream(disagreements.getColumns()).map(TableColumn::getText).toList(),
				"annotators are named by their folders, since both maps are debate.argmap");
		assertEquals(3, disagreements.getItemCount());
		assertEquals(List.of("claim", "rebuttal"), List.of(disagreements.getItem(0).getText(1),
				disagreements.getItem(0).getText(2)));
		assertEquals("none", disagreements.getItem(1).getText(2), "bob marked nothing on “Premise two there.”");

		click(disagreements, 0);
		assertEquals(new org.eclipse.swt.graphics.Point(0, 17), comparison.selectedRange(),
				"the disagreement is selected in the text");
		Dialogs.press(shell, "Accept bob");
		ArgumentMap curated = comparison.curatedMap();
		assertInstanceOf(Rebuttal.class, nodeAt(curated, 0));
		assertEquals("bob", nodeAt(curated, 0).getAnnotator());
		List<String> labels = treeLabels(shell);
		assertTrue(labels.stream().anyMatch(label -> label.contains("Premise one here.") && label.endsWith("[bob]")),
				() -> "the curated map's tree shows where the rebuttal came from: " + labels);

		click(disagreements, 2);
		assertFalse(Dialogs.button(shell, "Accept ann").isEnabled(), "ann marked nothing that is in the map to remove");
		Dialogs.press(shell, "Accept bob");
		assertEquals("bob", nodeAt(curated, 52).getAnnotator());
		click(disagreements, 1);
		Dialogs.press(shell, "Accept bob");
		assertNull(nodeAt(curated, 18));

		// the workbench's Undo takes back the last accept, whole
		Workbench.run("org.eclipse.ui.edit.undo");
		assertEquals("ann", nodeAt(curated, 18).getAnnotator());
		assertEquals(2, curated.getRelations().size());
		assertTrue(Dialogs.button(shell, "Accept bob").isEnabled(), "bob's side can be accepted again");
		assertTrue(comparison.isDirty());

		Path gold = folder.resolve("gold.argmap");
		assertTrue(comparison.saveAs(gold));
		Workbench.settle();
		assertFalse(comparison.isDirty());
		MapEditor opened = (MapEditor) Workbench.page().getActiveEditor();
		assertEquals(gold, opened.mapFile(), "the curated map opens as a map");

		ArgumentMap saved = MapStore.load(gold);
		Diagnostic diagnostic = MapValidator.validate(saved,
				new SourceFileTexts(gold, ArgmapPreferences.sourcePolicy(gold)));
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic::toString);
		assertEquals(List.of("ann", "ann", "bob", "bob"), saved.getNodes().stream().map(Node::getAnnotator)
				.sorted().toList());
		assertInstanceOf(Rebuttal.class, nodeAt(saved, 0));
	}

	@Test
	void aMapThatCannotBeReadIsNamedAndNothingOpens() throws Exception {
		Path annFile = AnnotatedMaps.on("ann", TEXT).saveAs(folder.resolve("ann.argmap"));
		Path broken = folder.resolve("bob.argmap");
		Files.writeString(broken, "<argmap:ArgumentMap xmlns:argmap=");
		// the refusal is modal: read and close it from inside its own event loop, as a person would
		Display display = Display.getCurrent();
		AtomicReference<String> message = new AtomicReference<>();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell refusal = Arrays.stream(display.getShells())
					.filter(shell -> "Maps Not Compared".equals(shell.getText())).findFirst().orElse(null);
			if (refusal == null) {
				display.timerExec(50, poll[0]);
				return;
			}
			message.set(Dialogs.all(refusal, Label.class).stream().map(Label::getText)
					.collect(Collectors.joining("\n")));
			refusal.close();
		};
		display.timerExec(50, poll[0]);
		CompareMapsJob.start(Workbench.page(), List.of(annFile, broken));
		Workbench.waitUntil(() -> message.get() != null, "the refusal");
		assertTrue(message.get().contains(broken.toString()), message.get());
		Workbench.settle();
		assertFalse(Workbench.page().getActiveEditor() instanceof ComparisonEditor);
	}

	@Test
	void aDocumentHoldingMarkupShowsAsTheMapEditorShowsIt() throws Exception {
		String pasted = "<p>We say: Premise <b>one</b> here.</p>\n<p>Conclusion at last.</p>";
		int premise = pasted.indexOf("Premise");
		int premiseEnd = pasted.indexOf("here.") + "here.".length();
		int conclusion = pasted.indexOf("Conclusion");
		int conclusionEnd = pasted.indexOf("last.") + "last.".length();
		AnnotatedMaps ann = AnnotatedMaps.on("ann", pasted);
		ann.relate(RelationKind.SUPPORT, ann.claim(conclusion, conclusionEnd), ann.claim(premise, premiseEnd));
		Path annFile = ann.saveAs(folder.resolve("ann.argmap"));
		AnnotatedMaps bob = AnnotatedMaps.on("bob", pasted);
		bob.relate(RelationKind.ATTACK, bob.claim(conclusion, conclusionEnd), bob.rebuttal(premise, premiseEnd));
		Path bobFile = bob.saveAs(folder.resolve("bob.argmap"));

		ComparisonEditor comparison = compare(annFile, bobFile);
		Shell shell = Workbench.page().getWorkbenchWindow().getShell();
		StyledText text = Dialogs.all(shell, StyledText.class).stream().filter(StyledText::isVisible).findFirst()
				.orElseThrow();
		String shown = text.getText();
		assertFalse(shown.contains("<b>") || shown.contains("<p>"), "the tags are not shown: " + shown);
		int readablePremise = shown.indexOf("Premise one here.");
		assertTrue(readablePremise >= 0, shown);
		RGB highlight = background(text, readablePremise + 1);
		assertEquals(background(text, shown.indexOf("Conclusion at last.") + 1), highlight,
				"ann's passages are highlighted where the reader sees them");
		assertTrue(highlight != null && !highlight.equals(background(text, readablePremise - 1)),
				"the highlight begins with the passage");

		Table disagreements = disagreementsOf(shell);
		assertEquals(1, disagreements.getItemCount());
		assertTrue(disagreements.getItem(0).getText(0).contains("“Premise one here.”"),
				disagreements.getItem(0).getText(0));
		click(disagreements, 0);
		assertEquals("Premise one here.", text.getSelectionText(), "the disagreement is selected in the readable text");
		assertEquals(readablePremise, comparison.selectedRange().x);
	}

	private static RGB background(StyledText text, int offset) {
		StyleRange style = text.getStyleRangeAtOffset(offset);
		return style == null || style.background == null ? null : style.background.getRGB();
	}

	@Test
	void acceptingAClaimForAnAnalogySaysWhatGoesAndKeepsTheCuratedMapValid() throws Exception {
		AnnotatedMaps ann = AnnotatedMaps.on("ann", TEXT);
		ann.relate(RelationKind.ANALOGY, ann.claim(37, 52), ann.analogy(0, 17, "nephew", "models"));
		Path annFile = ann.saveAs(folder.resolve("ann/analogy.argmap"));
		AnnotatedMaps bob = AnnotatedMaps.on("bob", TEXT);
		bob.relate(RelationKind.SUPPORT, bob.claim(37, 52), bob.claim(0, 17));
		Path bobFile = bob.saveAs(folder.resolve("bob/analogy.argmap"));

		ComparisonEditor comparison = compare(annFile, bobFile);
		Shell shell = Workbench.page().getWorkbenchWindow().getShell();
		Table disagreements = disagreementsOf(shell);
		click(disagreements, 0);
		String tip = Dialogs.button(shell, "Accept bob").getToolTipText();
		assertTrue(tip != null && tip.contains("removes 1 “argues by analogy” relation"), tip);
		Dialogs.press(shell, "Accept bob");

		ArgumentMap curated = comparison.curatedMap();
		assertInstanceOf(Claim.class, nodeAt(curated, 0));
		assertTrue(curated.getRelations().isEmpty(), "the analogy relation went with the analogy");
		Diagnostic diagnostic = MapValidator.validate(curated, DocumentTexts.SNAPSHOTS);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic::toString);
	}

	/** Compares the maps as the dialog's Compare does, and waits for the comparison to open. */
	private static ComparisonEditor compare(Path... maps) {
		CompareMapsJob.start(Workbench.page(), List.of(maps));
		Workbench.waitUntil(() -> Workbench.page().getActiveEditor() instanceof ComparisonEditor,
				"the comparison to open");
		Workbench.settle();
		return (ComparisonEditor) Workbench.page().getActiveEditor();
	}

	/** The list of disagreements of a comparison of two maps: a passage column and one per annotator. */
	private static Table disagreementsOf(Shell shell) {
		return Dialogs.all(shell, Table.class).stream().filter(Table::isVisible)
				.filter(table -> table.getColumnCount() == 3).findFirst().orElseThrow();
	}

	/** Selects a row as a click does: the widget's selection, then its Selection event. */
	private static void click(Table table, int row) {
		table.setSelection(row);
		Event event = new Event();
		event.item = table.getItem(row);
		table.notifyListeners(SWT.Selection, event);
		Workbench.settle();
	}

	private static List<String> treeLabels(Shell shell) {
		Workbench.settle();
		return Dialogs.all(shell, Tree.class).stream().filter(Tree::isVisible)
				.flatMap(tree -> Arrays.stream(tree.getItems())).flatMap(item -> labels(item).stream()).toList();
	}

	private static List<String> labels(TreeItem item) {
		List<String> labels = new java.util.ArrayList<>(List.of(item.getText()));
		Arrays.stream(item.getItems()).forEach(child -> labels.addAll(labels(child)));
		return labels;
	}

	private static Node nodeAt(ArgumentMap map, int start) {
		return map.getNodes().stream().filter(node -> node.getAnchors().get(0).getStart() == start).findFirst()
				.orElse(null);
	}
}

package org.argmap.core.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.argmap.core.agreement.AgreementReport;
import org.argmap.core.agreement.Annotator;
import org.argmap.core.agreement.Curation;
import org.argmap.core.agreement.MapAgreement;
import org.argmap.core.agreement.MatchedPassages;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.tests.support.AnnotatedMaps;
import org.argmap.tests.support.MapText;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settling two annotators' disagreements into one curated map, one undoable command per accepted side. */
class CurationTest {

	private static final String TEXT = "Premise one here. Premise two there. Conclusion at last!!!!."; //$NON-NLS-1$

	@TempDir
	Path folder;

	@Test
	void acceptingSidesBuildsAValidMapThatRemembersItsAnnotators() throws IOException {
		AnnotatedMaps ann = AnnotatedMaps.on("ann", TEXT); //$NON-NLS-1$
		Claim conclusion = ann.claim(37, 52);
		ann.relate(RelationKind.SUPPORT, conclusion, ann.claim(0, 17));
		ann.relate(RelationKind.SUPPORT, conclusion, ann.claim(18, 36));
		AnnotatedMaps bob = AnnotatedMaps.on("bob", TEXT); //$NON-NLS-1$
		Claim bobsConclusion = bob.claim(37, 52);
		bob.relate(RelationKind.ATTACK, bobsConclusion, bob.rebuttal(0, 17)); // a rebuttal where ann saw a premise
		bob.claim(52, 60); // a passage ann did not mark; and none on "Premise two there."
		List<Annotator> annotators = List.of(new Annotator("ann", ann.map()), new Annotator("bob", bob.map())); //$NON-NLS-1$ //$NON-NLS-2$
		AgreementReport report = MapAgreement.of(annotators, DocumentTexts.SNAPSHOTS);
		List<MatchedPassages> disagreements = report.passages().stream().filter(group -> group.disagreeingPairs() > 0)
				.toList();
		assertEquals(3, disagreements.size());

		Curation curation = Curation.start(annotators, "gold"); //$NON-NLS-1$
		ArgumentMap gold = curation.map();
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		MapStore.createResource(domain.getResourceSet(), folder.resolve("gold.argmap")).getContents().add(gold); //$NON-NLS-1$
		assertTrue(gold.getNodes().stream().allMatch(node -> "ann".equals(node.getAnnotator()))); //$NON-NLS-1$
		String before = MapText.of(gold);

		// "Premise one here.": bob's rebuttal takes the place of ann's premise, and ann's support follows it
		domain.getCommandStack().execute(curation.accept(domain, disagreements.get(0), 1));
		Node first = nodeAt(gold, 0);
		assertInstanceOf(Rebuttal.class, first);
		assertEquals("bob", first.getAnnotator()); //$NON-NLS-1$
		assertEquals(gold.getDocuments().get(0), first.getAnchors().get(0).getDocument());
		assertTrue(gold.getRelations().stream().anyMatch(relation -> relation.getSources().contains(first)));
		domain.getCommandStack().undo();
		assertEquals(before, MapText.of(gold), "one undo takes back the whole accept"); //$NON-NLS-1$
		domain.getCommandStack().redo();

		// "Premise two there.": bob marked nothing, so the premise goes with its relation
		Command drop = curation.accept(domain, disagreements.get(1), 1);
		domain.getCommandStack().execute(drop);
		assertEquals(null, nodeAt(gold, 18));
		assertEquals(1, gold.getRelations().size());

		// "!!!!.": only bob marked it; ann's side would change nothing
		assertFalse(curation.accept(domain, disagreements.get(2), 0).canExecute());
		domain.getCommandStack().execute(curation.accept(domain, disagreements.get(2), 1));
		assertEquals("bob", nodeAt(gold, 52).getAnnotator()); //$NON-NLS-1$
		assertTrue(gold.getRelations().stream().allMatch(relation -> "ann".equals(relation.getAnnotator()))); //$NON-NLS-1$

		Diagnostic diagnostic = MapValidator.validate(gold, DocumentTexts.SNAPSHOTS);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic::toString);
		MapStore.save(gold.eResource(), folder.resolve("gold.argmap")); //$NON-NLS-1$
		ArgumentMap saved = MapStore.load(folder.resolve("gold.argmap")); //$NON-NLS-1$
		assertEquals("bob", nodeAt(saved, 52).getAnnotator()); //$NON-NLS-1$
		assertEquals(List.of("ann", "bob", "bob"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				saved.getNodes().stream().map(Node::getAnnotator).sorted().toList());
		Relation support = saved.getRelations().get(0);
		assertInstanceOf(Rebuttal.class, support.getSources().get(0));
	}

	@Test
	void acceptingAClaimForAnAnalogyTakesItsAnalogyRelationsAlongAndTheMapStaysValid() throws IOException {
		AnnotatedMaps ann = AnnotatedMaps.on("ann", TEXT); //$NON-NLS-1$
		Claim conclusion = ann.claim(37, 52);
		Relation byAnalogy = ann.relate(RelationKind.ANALOGY, conclusion, ann.analogy(0, 17, "nephew", "models")); //$NON-NLS-1$ //$NON-NLS-2$
		ann.relate(RelationKind.UNDERCUT, byAnalogy, ann.rebuttal(52, 60));
		ann.relate(RelationKind.SUPPORT, conclusion, ann.claim(18, 36));
		AnnotatedMaps bob = AnnotatedMaps.on("bob", TEXT); //$NON-NLS-1$
		Claim bobsConclusion = bob.claim(37, 52);
		bob.relate(RelationKind.SUPPORT, bobsConclusion, bob.claim(0, 17)); // a plain premise where ann saw an analogy
		bob.relate(RelationKind.SUPPORT, bobsConclusion, bob.claim(18, 36));
		bob.rebuttal(52, 60);
		List<Annotator> annotators = List.of(new Annotator("ann", ann.map()), new Annotator("bob", bob.map())); //$NON-NLS-1$ //$NON-NLS-2$
		MatchedPassages analogy = MapAgreement.of(annotators, DocumentTexts.SNAPSHOTS).passages().stream()
				.filter(group -> group.disagreeingPairs() > 0).findFirst().orElseThrow();
		Curation curation = Curation.start(annotators, "gold"); //$NON-NLS-1$
		ArgumentMap gold = curation.map();
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		MapStore.createResource(domain.getResourceSet(), folder.resolve("gold.argmap")).getContents().add(gold); //$NON-NLS-1$
		String before = MapText.of(gold);
		assertEquals(List.of(RelationKind.ANALOGY),
				curation.relationsLost(analogy, 1).stream().map(Relation::getKind).toList());
		assertTrue(curation.relationsLost(analogy, 0).isEmpty(), "ann's side is the analogy itself"); //$NON-NLS-1$

		domain.getCommandStack().execute(curation.accept(domain, analogy, 1));

		assertInstanceOf(Claim.class, nodeAt(gold, 0));
		assertEquals(List.of(RelationKind.SUPPORT), gold.getRelations().stream().map(Relation::getKind).toList(),
				"the analogy relation went, and the undercut on it"); //$NON-NLS-1$
		Diagnostic diagnostic = MapValidator.validate(gold, DocumentTexts.SNAPSHOTS);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic::toString);
		domain.getCommandStack().undo();
		assertEquals(before, MapText.of(gold), "one undo brings back the analogy with its relations"); //$NON-NLS-1$
	}

	private static Node nodeAt(ArgumentMap map, int start) {
		return map.getNodes().stream().filter(node -> node.getAnchors().get(0).getStart() == start).findFirst()
				.orElse(null);
	}
}

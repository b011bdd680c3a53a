package org.argmap.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.argmap.model.Analogy;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.CriticalQuestionKind;
import org.argmap.model.MapElements;
import org.argmap.model.RelationKind;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapLabels;
import org.argmap.tests.support.ExampleMaps;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Names, icons and Properties rows as the workbench gets them from the editing domain's item providers, and
 * as headless code gets them from {@link MapLabels}.
 */
class ItemLabelsTest {

	private static final String DIFFERENCES = "Are there differences between the two cases that would tend to "
			+ "undermine the similarity cited?";

	private final AdapterFactoryEditingDomain domain = MapEditingDomains.create();
	private final ArgumentMap map = ExampleMaps.everyKind();

	@AfterEach
	void dispose() {
		MapEditingDomains.dispose(domain);
	}

	private String text(Object element) {
		return labels(element).getText(element);
	}

	private IItemLabelProvider labels(Object element) {
		return (IItemLabelProvider) domain.getAdapterFactory().adapt(element, IItemLabelProvider.class);
	}

	private IItemPropertyDescriptor property(Object element, EStructuralFeature feature) {
		IItemPropertySource source = (IItemPropertySource) domain.getAdapterFactory().adapt(element,
				IItemPropertySource.class);
		return source.getPropertyDescriptors(element).stream().filter(d -> d.getFeature(element) == feature)
				.findFirst().orElseThrow();
	}

	@Test
	void nodesAreCalledByTheirLabelElseByTheStartOfTheirText() {
		assertEquals("Wall", text(map.getNodes().get(0)));
		assertEquals("Pre-training returns are plateauing.", text(map.getNodes().get(1)));
		Claim rambling = MapElements.newClaim("  Scaling   laws\nstill hold " + "and hold ".repeat(20));
		String name = text(rambling);
		assertEquals(80, name.length());
		assertTrue(name.startsWith("Scaling laws still hold and hold"), name);
		assertTrue(name.endsWith("\u2026"), name);
		assertEquals("Rebuttal", text(MapElements.newRebuttal("")), "a node with nothing to show shows its kind");
	}

	@Test
	void eachRelationKindHasAnIconOfItsOwn() throws IOException {
		Node premise = map.getNodes().get(1);
		Node conclusion = map.getNodes().get(0);
		java.util.Set<String> icons = new java.util.HashSet<>();
		for (RelationKind kind : RelationKind.VALUES) {
			Relation relation = MapElements.newRelation(kind, conclusion, premise);
			String icon = icon(relation);
			assertTrue(icon.endsWith("/full/obj16/Relation_" + kind.getLiteral() + ".gif"), icon);
			icons.add(icon);
		}
		assertEquals(RelationKind.VALUES.size(), icons.size());
	}

	@Test
	void relationsSayWhatTheyClaimInWordsNamingTheirEnds() {
		assertEquals("Pre-training returns are plateauing. + Gains per model size are what progress means. supports Wall",
				text(map.getRelations().get(0)));
		assertEquals("Reasoning models scale at inference time. attacks Wall", text(map.getRelations().get(2)));
		assertEquals("Reasoning models scale at inference time. undercuts "
				+ "(Bigger models give smaller gains. supports Pre-training returns are plateauing.)",
				text(map.getRelations().get(3)));
		assertEquals("Models are like a toddler nephew: growth changes form. argues by analogy for "
				+ "Reasoning models scale at inference time.", text(map.getRelations().get(4)));
		assertEquals("Scaling has hit diminishing returns. rephrases Pre-training returns are plateauing.",
				text(map.getRelations().get(5)));
	}

	@Test
	void questionsReadAsWaltonsQuestionsWithTheirStatus() {
		Analogy nephew = (Analogy) map.getNodes().get(5);
		assertEquals(DIFFERENCES + " \u2014 answered", text(nephew.getCriticalQuestions().get(0)));
		assertEquals("Is the premise true of the source case? \u2014 open", text(nephew.getCriticalQuestions().get(1)));
	}

	@Test
	void otherElementsHaveShortNames() {
		Node wall = map.getNodes().get(0);
		assertEquals("\u201cIs AI progress hitting a wall?\u201d (anchored)", text(wall.getAnchors().get(0)));
		assertEquals("The Obsolete post", text(map.getDocuments().get(0)));
		assertEquals("sources/x.txt", text(MapElements.newDocument(null, "sources/x.txt")));
		Analogy nephew = (Analogy) map.getNodes().get(5);
		assertEquals("growing taller \u2194 pre-training scale", text(nephew.getCorrespondences().get(0)));
	}

	@Test
	void theSourcesRowOfARelationNamesTheClaims() {
		Relation linked = map.getRelations().get(0);
		IItemPropertyDescriptor sources = property(linked, ArgmapPackage.Literals.RELATION__SOURCES);
		String shown = sources.getLabelProvider(linked).getText(sources.getPropertyValue(linked));
		assertEquals("Pre-training returns are plateauing., Gains per model size are what progress means.", shown);
		IItemPropertyDescriptor target = property(linked, ArgmapPackage.Literals.RELATION__TARGET);
		assertEquals("Wall", target.getLabelProvider(linked).getText(target.getPropertyValue(linked)));
	}

	@Test
	void theKindOfAQuestionShowsAsTheQuestionAndOnlyItsAnswerIsEdited() {
		CriticalQuestion question = ((Analogy) map.getNodes().get(5)).getCriticalQuestions().get(0);
		IItemPropertyDescriptor kind = property(question, ArgmapPackage.Literals.CRITICAL_QUESTION__KIND);
		assertEquals(DIFFERENCES, kind.getLabelProvider(question).getText(CriticalQuestionKind.RELEVANT_DIFFERENCES));
		assertFalse(kind.canSetProperty(question));
		IItemPropertyDescriptor answer = property(question, ArgmapPackage.Literals.CRITICAL_QUESTION__ANSWER);
		assertTrue(answer.canSetProperty(question));
		assertFalse(answer.isMultiLine(question), "Enter commits an answer");
	}

	@Test
	void eachKindHasItsOwnIcon() throws IOException {
		Claim implicit = (Claim) map.getNodes().get(3);
		assertTrue(implicit.isImplicit());
		assertTrue(icon(implicit).endsWith("/ImplicitClaim.gif"), icon(implicit));
		assertTrue(icon(map.getNodes().get(0)).endsWith("/Claim.gif"));
		assertTrue(icon(map.getNodes().get(4)).endsWith("/Rebuttal.gif"));
		assertTrue(icon(map.getNodes().get(5)).endsWith("/Analogy.gif"));
		assertTrue(icon(map.getRelations().get(0)).endsWith("/Relation_support.gif"));
		assertTrue(icon(map.getDocuments().get(0)).endsWith("/SourceDocument.gif"));
	}

	/** The icon's address, after checking that the image is there and is a GIF. */
	private String icon(Object element) throws IOException {
		URL url = assertInstanceOf(URL.class, labels(element).getImage(element));
		try (InputStream in = url.openStream()) {
			assertEquals("GIF8", new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII));
		}
		return url.toString();
	}

	@Test
	void headlessCodeNamesElementsTheSameWay() {
		Node wall = map.getNodes().get(0);
		assertEquals(text(map.getRelations().get(3)), MapLabels.text(map.getRelations().get(3)));
		assertEquals("claim", MapLabels.kindWord(wall));
		assertEquals("implicit claim", MapLabels.kindWord(map.getNodes().get(3)));
		assertEquals("rebuttal", MapLabels.kindWord(map.getNodes().get(4)));
		assertEquals("analogy", MapLabels.kindWord(map.getNodes().get(5)));
		assertEquals("claim \u201cWall\u201d (" + wall.getId() + ")", MapLabels.describe(wall));
		assertEquals(DIFFERENCES, MapLabels.text(CriticalQuestionKind.RELEVANT_DIFFERENCES));
	}
}

package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.TextAnchor;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;

/**
 * GraphML's columns come from the model itself: every attribute of the map, its documents, nodes, anchors,
 * correspondences and critical questions has a key, and an attribute no one wrote GraphML code for (an
 * anchor's re-anchoring confidence) survives the round trip.
 */
class GraphmlModelColumnsTest {

	@Test
	void everyModelAttributeHasAKey() throws Exception {
		String graphml = Exports.exportText(ExampleMaps.everyKind(), InterchangeFormat.GRAPHML);
		ArgmapPackage model = ArgmapPackage.eINSTANCE;
		for (EClass eClass : new EClass[] { model.getArgumentMap(), model.getSourceDocument(), model.getClaim(),
				model.getRebuttal(), model.getAnalogy(), model.getTextAnchor(), model.getCorrespondence(),
				model.getCriticalQuestion() }) {
			for (EAttribute attribute : eClass.getEAllAttributes()) {
				String name = switch (attribute.getName()) {
				case "exact" -> "quote";
				case "sourceAspect" -> "source";
				case "targetAspect" -> "target";
				default -> attribute.getName();
				};
				assertTrue(graphml.matches("(?s).*attr\\.name=\"([a-z]+1\\.)?" + name + "\".*"),
						eClass.getName() + "." + attribute.getName());
			}
		}
	}

	@Test
	void aClaimsLinksToEquivalentClaimsOfOtherMapsSurvive() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		map.getNodes().get(0).getEquivalents().addAll(List.of("../2019/essay, revised.argmap#c-1", "b.argmap#c-2"));

		ArgumentMap imported = Exports.readGraphml(Exports.export(map, InterchangeFormat.GRAPHML), ImportOptions.DEFAULTS)
				.map();

		assertEquals(List.of("../2019/essay, revised.argmap#c-1", "b.argmap#c-2"), imported.getNodes().get(0).getEquivalents());
		assertEquals(MapText.of(map), MapText.of(imported));
	}

	@Test
	void aRelocatedAnchorsConfidenceSurvivesWhileUnsetOnesStayUnset() throws Exception {
		ArgumentMap map = ExampleMaps.everyKind();
		TextAnchor relocated = map.getNodes().get(1).getAnchors().get(0);
		relocated.setStatus(AnchorStatus.RELOCATED);
		relocated.setConfidence(0.75);

		ArgumentMap imported = Exports.readGraphml(Exports.export(map, InterchangeFormat.GRAPHML), ImportOptions.DEFAULTS)
				.map();

		assertEquals(0.75, imported.getNodes().get(1).getAnchors().get(0).getConfidence());
		assertEquals(false, imported.getNodes().get(0).getAnchors().get(0).isSetConfidence());
		assertEquals(MapText.of(map), MapText.of(imported));
	}
}

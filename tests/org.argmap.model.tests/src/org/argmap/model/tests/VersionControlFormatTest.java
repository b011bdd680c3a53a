package org.argmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Ids;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.MapText;
import org.argmap.tests.support.SyntheticMaps;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .argmap format as version control sees it: the same map is the same bytes, an edit a small diff. */
class VersionControlFormatTest {

	@TempDir
	Path folder;

	private Path save(ArgumentMap map, String name) throws IOException {
		Path file = folder.resolve(name);
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		MapStore.save(resource, file);
		return file;
	}

	@Test
	void theOrderInWhichElementsWereAddedOrMergedDoesNotShowInTheFile() throws IOException {
		ArgumentMap map = SyntheticMaps.small(21);
		String inOrder = MapText.of(map);

		Random random = new Random(1);
		for (EList<?> list : List.of(map.getNodes(), map.getRelations(), map.getDocuments())) {
			for (int i = 0; i < list.size(); i++) {
				list.move(random.nextInt(list.size()), i);
			}
		}

		assertEquals(inOrder, MapText.of(map));
	}

	@Test
	void elementsAreWrittenInTheOrderOfTheirIds() throws IOException {
		ArgumentMap map = SyntheticMaps.small(22);
		String xml = MapText.of(map);

		List<String> ids = new ArrayList<>(map.getNodes().stream().map(Node::getId).toList());
		ids.sort(Ids.ORDER);
		int previous = -1;
		for (String id : ids) {
			int at = xml.indexOf("id=\"" + id + "\"");
			assertTrue(at > previous, id + " is out of order");
			previous = at;
		}
	}

	@Test
	void aReopenedMapHasItsElementsInTheOrderTheyWereMadeAndANewNodeComesAfterThem() throws IOException {
		ArgumentMap map = SyntheticMaps.small(25);
		List<String> made = new ArrayList<>(map.getNodes().stream().map(Node::getId).toList());
		Path file = save(map, "reopened.argmap");

		ArgumentMap loaded = MapStore.load(file);
		assertEquals(made, loaded.getNodes().stream().map(Node::getId).toList());

		Claim added = MapElements.newClaim("A claim made after the others");
		loaded.getNodes().add(0, added);
		assertTrue(MapStore.save(loaded.eResource(), file));
		made.add(added.getId());
		assertEquals(made, MapStore.load(file).getNodes().stream().map(Node::getId).toList());
	}

	@Test
	void aNodeWithoutAnIdKeepsItsRelationsWhenTheOthersHaveIds() throws IOException {
		ArgumentMap map = MapElements.newMap("Edited by hand");
		Claim withoutId = MapElements.newClaim("A claim whose id was deleted by hand");
		withoutId.setId(null);
		Claim withId = MapElements.newClaim("A claim with an id");
		withId.setId("c-a");
		map.getNodes().add(withoutId);
		map.getNodes().add(withId);
		map.getRelations().add(MapElements.newRelation(RelationKind.SUPPORT, withId, withoutId));

		ArgumentMap loaded = MapStore.load(save(map, "by-hand.argmap"));

		Relation support = loaded.getRelations().get(0);
		assertEquals("A claim whose id was deleted by hand", support.getSources().get(0).getText());
		assertEquals("A claim with an id", ((Node) support.getTarget()).getText());
	}

	@Test
	void aMapLoadedAndSavedAgainIsTheSameBytesAndTheFileIsNotTouched() throws IOException {
		Path file = save(SyntheticMaps.small(23), "same.argmap");
		byte[] before = Files.readAllBytes(file);
		ArgumentMap loaded = MapStore.load(file);

		assertFalse(MapStore.save(loaded.eResource(), file));

		assertArrayEquals(before, Files.readAllBytes(file));
		assertArrayEquals(before, MapText.of(loaded).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void changingOneNodesTextChangesTheTextLineAndTheModificationDateOnly() throws IOException {
		Path file = save(SyntheticMaps.small(24), "edited.argmap");
		List<String> before = Files.readAllLines(file);
		ArgumentMap loaded = MapStore.load(file);
		Node node = loaded.getNodes().get(5);

		node.setText("A new wording of this claim");
		assertTrue(MapStore.save(loaded.eResource(), file));

		List<String> after = Files.readAllLines(file);
		assertEquals(before.size(), after.size(), "no line added or removed");
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changed.add(after.get(i).trim());
			}
		}
		assertEquals(2, changed.size(), changed.toString());
		assertTrue(changed.get(0).startsWith("modified=\""), changed.toString());
		assertEquals("text=\"A new wording of this claim\"", changed.get(1));
	}

	@Test
	void everyAttributeHasALineOfItsOwn() throws IOException {
		String xml = MapText.of(SyntheticMaps.small(25));

		for (String line : xml.split("\n")) {
			String trimmed = line.trim();
			int attributes = trimmed.split("=\"", -1).length - 1;
			if (!trimmed.startsWith("<?xml") && !trimmed.startsWith("<argmap:ArgumentMap")) {
				assertTrue(attributes <= 1, "several attributes on one line: " + line);
			}
		}
	}
}

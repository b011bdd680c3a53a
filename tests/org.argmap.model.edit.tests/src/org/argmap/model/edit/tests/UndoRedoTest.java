package org.argmap.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.argmap.model.Analogy;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.SyntheticMaps;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of edits, as the editor issues them, undone to the last one give back the map exactly as
 * it was serialized before, and redone give back exactly the edited map: undo is never partial.
 */
class UndoRedoTest {

	private static final ArgmapPackage MODEL = ArgmapPackage.eINSTANCE;
	private static final int EDITS = 300;

	private AdapterFactoryEditingDomain domain;
	private ArgumentMap map;
	private Random random;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void undoingEverythingRestoresTheExactOriginalAndRedoingRestoresTheEdits(long seed) throws IOException {
		domain = MapEditingDomains.create();
		Resource resource = MapStore.createResource(domain.getResourceSet(), Path.of("random-" + seed + ".argmap"));
		map = SyntheticMaps.small(seed);
		resource.getContents().add(map);
		random = new Random(seed);
		CommandStack stack = domain.getCommandStack();
		String original = serialize(resource);

		int executed = 0;
		while (executed < EDITS) {
			Command command = randomEdit();
			if (command.canExecute()) {
				stack.execute(command);
				executed++;
			}
		}
		String edited = serialize(resource);
		assertNotEquals(original, edited, "the edits changed nothing");

		int undone = 0;
		while (stack.canUndo()) {
			stack.undo();
			undone++;
		}
		assertEquals(EDITS, undone);
		assertEquals(original, serialize(resource));

		while (stack.canRedo()) {
			stack.redo();
		}
		assertEquals(edited, serialize(resource));
		MapEditingDomains.dispose(domain);
	}

	private static String serialize(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}

	private Command randomEdit() {
		List<Node> nodes = map.getNodes();
		List<Relation> relations = map.getRelations();
		Node node = nodes.get(random.nextInt(nodes.size()));
		switch (random.nextInt(12)) {
		case 0:
			return AddCommand.create(domain, map, MODEL.getArgumentMap_Nodes(), MapElements.newClaim("new claim " + random.nextInt()));
		case 1:
			return SetCommand.create(domain, node, MODEL.getNode_Text(), "edited " + random.nextInt());
		case 2:
			return AddCommand.create(domain, node, MODEL.getNode_Tags(), "tag" + random.nextInt(5));
		case 3:
			Node other = nodes.get(random.nextInt(nodes.size()));
			return AddCommand.create(domain, map, MODEL.getArgumentMap_Relations(),
					MapElements.newRelation(RelationKind.SUPPORT, node, other));
		case 4:
			// Deleting a node also removes it from every relation that refers to it.
			return DeleteCommand.create(domain, node);
		case 5:
			return SetCommand.create(domain, node, MODEL.getNode_Position(),
					MapElements.newPosition(random.nextInt(2000), random.nextInt(2000)));
		case 6:
			return MoveCommand.create(domain, map, MODEL.getArgumentMap_Nodes(), node, random.nextInt(nodes.size()));
		case 7:
			return relations.isEmpty() ? SetCommand.create(domain, map, MODEL.getArgumentMap_Title(), "t")
					: SetCommand.create(domain, relations.get(random.nextInt(relations.size())),
							MODEL.getRelation_Kind(), RelationKind.get(random.nextInt(RelationKind.VALUES.size())));
		case 8:
			return node.getAnchors().isEmpty() ? SetCommand.create(domain, node, MODEL.getNode_Label(), "L")
					: RemoveCommand.create(domain, node.getAnchors().get(0));
		case 9:
			return relations.isEmpty() ? SetCommand.create(domain, map, MODEL.getArgumentMap_Description(), "d")
					: DeleteCommand.create(domain, relations.get(random.nextInt(relations.size())));
		case 10:
			Analogy analogy = nodes.stream().filter(Analogy.class::isInstance).map(Analogy.class::cast).findAny()
					.orElse(null);
			if (analogy == null) {
				return AddCommand.create(domain, map, MODEL.getArgumentMap_Nodes(), MapElements.newAnalogy("a", "s", "t"));
			}
			CriticalQuestion question = analogy.getCriticalQuestions().get(random.nextInt(3));
			return SetCommand.create(domain, question, MODEL.getCriticalQuestion_Status(), QuestionStatus.ANSWERED);
		default:
			return SetCommand.create(domain, node, MODEL.getArgumentElement_Note(), random.nextBoolean() ? null : "note");
		}
	}

	@Test
	void deletingANodeIsOneUndoableStepThatAlsoRestoresItsRelations() throws IOException {
		domain = MapEditingDomains.create();
		Resource resource = MapStore.createResource(domain.getResourceSet(), Path.of("delete.argmap"));
		map = SyntheticMaps.small(42);
		resource.getContents().add(map);
		Relation relation = map.getRelations().get(0);
		Node target = (Node) relation.getTarget();
		String before = serialize(resource);

		domain.getCommandStack().execute(DeleteCommand.create(domain, target));
		assertFalse(map.getNodes().contains(target));
		assertTrue(relation.getTarget() == null, "the relation no longer points at the deleted node");

		domain.getCommandStack().undo();
		assertEquals(before, serialize(resource));
		assertEquals(target, relation.getTarget());
		assertFalse(domain.getCommandStack().canUndo());
	}
}

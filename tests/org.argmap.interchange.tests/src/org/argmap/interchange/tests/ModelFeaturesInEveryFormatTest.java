package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.interchange.JsonTree;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.tests.support.ExampleMaps;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * Every attribute of every model class, found from the Ecore package, is set to a value other than its
 * default on a map that holds every class; the map is written in each format that carries Argmap's own
 * fields, and each value must come back. A new attribute in the model is covered with no edit here, and a
 * format that drops one fails.
 * <p>
 * Deliberately not carried:
 * <ul>
 * <li>{@code Conflict}, by every format: an unfinished merge belongs to the workbench's Git merge, not to the
 * argument, and is resolved before a map is shared.</li>
 * <li>By Cytoscape.js JSON, documents, anchors, positions, correspondences and critical questions: a network's
 * data columns hold nodes and edges only, and its positions are the drawing's box centres. Cytoscape is export
 * only, so its node and relation columns are checked in the file rather than read back.</li>
 * </ul>
 * Two enumerations are tied to the map's structure and keep the example's values, which already use every
 * literal: a relation's kind (an undercut must attack an inference, an analogy start at an analogy) and a
 * critical question's kind (an analogy asks each question once).
 */
class ModelFeaturesInEveryFormatTest {

	private static final ArgmapPackage MODEL = ArgmapPackage.eINSTANCE;
	private static final Set<EClass> NOT_CARRIED = Set.of(MODEL.getConflict());
	private static final Set<EAttribute> TIED_TO_STRUCTURE = Set.of(MODEL.getRelation_Kind(),
			MODEL.getCriticalQuestion_Kind());
	private static final Set<EClass> IN_CYTOSCAPE = Set.of(MODEL.getClaim(), MODEL.getRebuttal(), MODEL.getAnalogy(),
			MODEL.getRelation());

	@Test
	void everyAttributeComesBackFromGraphmlAifAndOva() throws Exception {
		ArgumentMap map = mapWithEveryAttributeChanged();
		for (InterchangeFormat format : List.of(InterchangeFormat.GRAPHML, InterchangeFormat.AIF,
				InterchangeFormat.OVA)) {
			byte[] written = Exports.export(map, format);
			ArgumentMap read = format == InterchangeFormat.GRAPHML
					? Exports.readGraphml(written, ImportOptions.DEFAULTS).map()
					: Exports.readAif(written).map();
			assertSameAttributes(map, read, format);
		}
	}

	@Test
	void everyNodeAndRelationAttributeIsACytoscapeDataColumn() throws Exception {
		ArgumentMap map = mapWithEveryAttributeChanged();
		JsonTree cytoscape = JsonTree.parse(new ByteArrayInputStream(Exports.export(map, InterchangeFormat.CYTOSCAPE)),
				Exports.NAME);
		Map<String, Map<?, ?>> data = new HashMap<>();
		Map<?, ?> elements = (Map<?, ?>) ((Map<?, ?>) cytoscape.root()).get("elements");
		for (String part : new String[] { "nodes", "edges" }) {
			for (Object element : (List<?>) elements.get(part)) {
				Map<?, ?> fields = (Map<?, ?>) ((Map<?, ?>) element).get("data");
				// every edge of a linked relation carries the relation's columns; the first stands for all
				data.putIfAbsent((String) (part.equals("nodes") ? fields.get("id") : fields.get("relation")), fields);
			}
		}
		List<EObject> elementsOfMap = new ArrayList<>(map.getNodes());
		elementsOfMap.addAll(map.getRelations());
		for (EObject element : elementsOfMap) {
			assertTrue(IN_CYTOSCAPE.contains(element.eClass()));
			Map<?, ?> fields = data.get(EcoreUtil.getID(element));
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute == MODEL.getIdentified_Id()) {
					continue;
				}
				Object expected = element.eGet(attribute);
				Object written = fields.get(attribute.getName());
				assertNotNull(written, "Cytoscape has no " + where(element, attribute));
				assertEquals(attribute.isMany() ? expected : EcoreUtil.convertToString(attribute.getEAttributeType(), expected),
						attribute.isMany() ? written : String.valueOf(written), where(element, attribute));
			}
		}
	}

	/** The example map with every class, each attribute of each object changed from its default. */
	private static ArgumentMap mapWithEveryAttributeChanged() {
		ArgumentMap map = ExampleMaps.everyKind();
		List<EObject> objects = objects(map);
		for (EObject object : objects) {
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute != MODEL.getIdentified_Id() && !TIED_TO_STRUCTURE.contains(attribute)) {
					change(object, attribute);
				}
			}
		}
		for (EClassifier classifier : MODEL.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !NOT_CARRIED.contains(eClass)) {
				assertTrue(objects.stream().anyMatch(object -> object.eClass() == eClass),
						"the example map has no " + eClass.getName());
				for (EAttribute attribute : eClass.getEAllAttributes()) {
					if (attribute != MODEL.getIdentified_Id()) {
						assertTrue(objects.stream().anyMatch(object -> object.eClass() == eClass
								&& !isDefault(object, attribute)), "no " + eClass.getName() + " with a "
										+ attribute.getName() + " other than the default");
					}
				}
			}
		}
		return map;
	}

	/** The map and everything in it, in the order of its file. */
	private static List<EObject> objects(ArgumentMap map) {
		List<EObject> objects = new ArrayList<>();
		objects.add(map);
		map.eAllContents().forEachRemaining(objects::add);
		return objects;
	}

	/**
	 * A value other than the default that keeps the map whole: text is appended to (so offsets stay inside a
	 * snapshot), offsets and coordinates grow, flags flip, enumerations take their next literal.
	 */
	@SuppressWarnings("unchecked")
	private static void change(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (attribute.isMany()) {
			((List<Object>) value).addAll(List.of("changed tag", "a tag, with a comma"));
		} else if (type == String.class) {
			object.eSet(attribute, (value == null ? attribute.getName() : value) + " (changed)");
		} else if (type == int.class) {
			object.eSet(attribute, (Integer) value + 1);
		} else if (type == double.class || type == Double.class) {
			object.eSet(attribute, (value == null ? 0 : (Double) value) + 0.25);
		} else if (type == boolean.class) {
			object.eSet(attribute, !(Boolean) value);
		} else if (type == Date.class) {
			object.eSet(attribute, new Date(value == null ? 1_700_000_000_007L : ((Date) value).getTime() + 1));
		} else if (attribute.getEAttributeType() instanceof EEnum enumeration) {
			int next = (((Enumerator) value).getValue() + 1) % enumeration.getELiterals().size();
			object.eSet(attribute, enumeration.getEEnumLiteral(next).getInstance());
		} else {
			throw new AssertionError("no changed value for " + attribute.getName() + " of type " + type);
		}
	}

	private static boolean isDefault(EObject object, EAttribute attribute) {
		if (attribute.isUnsettable()) {
			return !object.eIsSet(attribute);
		}
		Object value = object.eGet(attribute);
		return attribute.isMany() ? ((List<?>) value).isEmpty()
				: value == null || value.equals(attribute.getDefaultValue());
	}

	private static void assertSameAttributes(ArgumentMap map, ArgumentMap read, InterchangeFormat format) {
		List<EObject> written = objects(map);
		List<EObject> back = objects(read);
		assertEquals(written.size(), back.size(), format + ": objects in the map");
		for (int i = 0; i < written.size(); i++) {
			EObject expected = written.get(i);
			EObject actual = back.get(i);
			assertEquals(expected.eClass(), actual.eClass(), format + ": object " + i);
			for (EAttribute attribute : expected.eClass().getEAllAttributes()) {
				String what = format + " dropped or changed " + where(expected, attribute);
				assertEquals(expected.eIsSet(attribute), actual.eIsSet(attribute), what);
				assertEquals(expected.eGet(attribute), actual.eGet(attribute), what);
			}
		}
	}

	private static String where(EObject object, EAttribute attribute) {
		String owner = object instanceof Node || object instanceof Relation ? " of " + EcoreUtil.getID(object) : "";
		return object.eClass().getName() + "." + attribute.getName() + owner;
	}
}

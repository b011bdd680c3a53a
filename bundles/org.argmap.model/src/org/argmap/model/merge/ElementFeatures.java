package org.argmap.model.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.Identified;
import org.argmap.model.TextAnchor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What diff and merge compare, read from the Ecore model rather than listed by hand, so that a feature added
 * to the model is compared and merged without a change here. The map's elements are those of its containment
 * lists whose members have ids (documents, nodes, relations, conflicts); everything else an element holds
 * (anchors, position, tags, critical questions) is one of its features.
 */
final class ElementFeatures {

	/** The id of the map itself in conflicts and differences about its title or description. */
	static final String MAP_ID = "map"; //$NON-NLS-1$

	/** Asked for every element of maps with 10,000 nodes; the answer depends on the class alone. */
	private static final Map<EClass, List<EStructuralFeature>> FEATURES = new ConcurrentHashMap<>();

	private static final String UNSET = "\u0000unset"; //$NON-NLS-1$

	private static final List<EReference> ELEMENT_LISTS = findElementLists();

	private ElementFeatures() {
	}

	/** The map's lists of elements with ids, in the order of the model; asked once per element compared. */
	static List<EReference> elementLists() {
		return ELEMENT_LISTS;
	}

	private static List<EReference> findElementLists() {
		List<EReference> lists = new ArrayList<>();
		for (EReference reference : ArgmapPackage.Literals.ARGUMENT_MAP.getEAllContainments()) {
			if (reference.isMany()
					&& ArgmapPackage.Literals.IDENTIFIED.isSuperTypeOf(reference.getEReferenceType())) {
				lists.add(reference);
			}
		}
		return List.copyOf(lists);
	}

	/** Every element of {@code map} with an id, by id, in the order of the lists and then of the ids. */
	static Map<String, Identified> byId(ArgumentMap map) {
		Map<String, Identified> elements = new LinkedHashMap<>();
		for (EReference list : elementLists()) {
			@SuppressWarnings("unchecked")
			List<Identified> members = new ArrayList<>((List<Identified>) map.eGet(list));
			members.sort((a, b) -> String.valueOf(a.getId()).compareTo(String.valueOf(b.getId())));
			for (Identified member : members) {
				elements.putIfAbsent(member.getId(), member);
			}
		}
		return elements;
	}

	/**
	 * The features of an element that diff and merge look at: all that are saved, except its id and, for the
	 * map, its lists of elements (compared element by element).
	 */
	static List<EStructuralFeature> of(EClass eClass) {
		return FEATURES.computeIfAbsent(eClass, ElementFeatures::compared);
	}

	private static List<EStructuralFeature> compared(EClass eClass) {
		List<EStructuralFeature> features = new ArrayList<>();
		List<EReference> lists = elementLists();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()
					|| feature == ArgmapPackage.Literals.IDENTIFIED__ID || lists.contains(feature)) {
				continue;
			}
			features.add(feature);
		}
		return List.copyOf(features);
	}

	/**
	 * The value of {@code feature} of {@code owner} as text, equal for equal values in any two maps: attributes
	 * as EMF writes them, references as the ids they point at, contained objects with all their features.
	 */
	static String fingerprint(EObject owner, EStructuralFeature feature) {
		if (owner == null) {
			return UNSET;
		}
		if (!owner.eIsSet(feature)) {
			return UNSET;
		}
		StringBuilder text = new StringBuilder();
		append(text, feature, owner.eGet(feature));
		return text.toString();
	}

	/**
	 * Whether {@code a} and {@code b} (either may be null, as unset) hold equal values of {@code feature} in
	 * any two maps: attribute values as they are, references by the ids they point at, contained objects by all
	 * their features. Merging 10,000-node maps compares every feature of every element three ways, so this
	 * compares in place, making neither text nor lists.
	 */
	static boolean sameValue(EObject a, EObject b, EStructuralFeature feature) {
		boolean aSet = a != null && a.eIsSet(feature);
		boolean bSet = b != null && b.eIsSet(feature);
		if (!aSet || !bSet) {
			return aSet == bSet;
		}
		Object x = a.eGet(feature);
		Object y = b.eGet(feature);
		if (feature instanceof EAttribute) {
			return Objects.equals(x, y);
		}
		if (!feature.isMany()) {
			return sameItem(x, y, (EReference) feature);
		}
		List<?> xs = (List<?>) x;
		List<?> ys = (List<?>) y;
		if (xs.size() != ys.size()) {
			return false;
		}
		for (int i = 0; i < xs.size(); i++) {
			if (!sameItem(xs.get(i), ys.get(i), (EReference) feature)) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameItem(Object x, Object y, EReference reference) {
		if (x == null || y == null) {
			return x == y;
		}
		if (reference.isContainment()) {
			return same((EObject) x, (EObject) y);
		}
		return x instanceof Identified i && y instanceof Identified j ? Objects.equals(i.getId(), j.getId())
				: EcoreUtil.getURI((EObject) x).equals(EcoreUtil.getURI((EObject) y));
	}

	/** Whether two versions of an element hold the same values in every feature. */
	static boolean same(EObject a, EObject b) {
		if (a.eClass() != b.eClass()) {
			return false;
		}
		for (EStructuralFeature feature : of(a.eClass())) {
			if (!sameValue(a, b, feature)) {
				return false;
			}
		}
		return true;
	}

	/** A contained object with its class and every feature, for comparing and for recording in a conflict. */
	static String fingerprint(EObject object) {
		StringBuilder text = new StringBuilder();
		appendObject(text, object);
		return text.toString();
	}

	/**
	 * What stays the same when a contained thing is edited: an anchor is the passage it marks (document, start,
	 * end), so a changed status or context is a change of that anchor; a critical question is the question of
	 * its kind that an analogy asks (Walton's three), so an answer or status is a change of that question;
	 * anything else, such as a correspondence, is all its values.
	 */
	private static String identity(EObject object) {
		if (object instanceof TextAnchor anchor) {
			String document = anchor.getDocument() == null ? "" : anchor.getDocument().getId(); //$NON-NLS-1$
			return document + '@' + anchor.getStart() + '-' + anchor.getEnd();
		}
		if (object instanceof CriticalQuestion question) {
			return "question " + question.getKind(); //$NON-NLS-1$
		}
		return fingerprint(object);
	}

	/**
	 * The items of a contained list keyed so that an item and its edited version share a key: {@code before}
	 * (the ancestor's items, keyed by {@link #identity} and numbered where one repeats) gives the keys, an item
	 * takes the key of the unclaimed ancestor item it equals, else of the one with its identity, else, for an
	 * item whose identity is all its values (a correspondence), of the one it differs from in a single feature.
	 * An item that matches none is new and keyed by its identity apart from the ancestor's keys, so that both
	 * sides adding the same item share a key. With {@code before} null, the items are keyed as an ancestor's.
	 */
	static Map<String, EObject> keyed(List<EObject> items, Map<String, EObject> before) {
		Map<String, EObject> keyed = new LinkedHashMap<>();
		if (before == null) {
			Set<String> taken = new HashSet<>();
			for (EObject item : items) {
				keyed.put(unique(identity(item), taken), item);
			}
			return keyed;
		}
		String[] keys = new String[items.size()];
		Set<String> claimed = new HashSet<>();
		Map<String, String> ancestorFingerprints = new HashMap<>();
		before.forEach((key, item) -> ancestorFingerprints.put(key, fingerprint(item)));
		for (int pass = 0; pass < 3; pass++) {
			for (int i = 0; i < keys.length; i++) {
				if (keys[i] == null) {
					keys[i] = claim(items.get(i), pass, before, ancestorFingerprints, claimed);
				}
			}
		}
		Set<String> taken = new HashSet<>(before.keySet());
		for (int i = 0; i < keys.length; i++) {
			keyed.put(keys[i] != null ? keys[i] : unique("new " + identity(items.get(i)), taken), items.get(i)); //$NON-NLS-1$
		}
		return keyed;
	}

	/** The key of the first unclaimed ancestor item that {@code item} matches in the given pass, claimed; or null. */
	private static String claim(EObject item, int pass, Map<String, EObject> before,
			Map<String, String> ancestorFingerprints, Set<String> claimed) {
		String fingerprint = fingerprint(item);
		String identity = identity(item);
		boolean identifiedByAllValues = identity.equals(fingerprint);
		for (Map.Entry<String, EObject> ancestor : before.entrySet()) {
			EObject was = ancestor.getValue();
			boolean matches = switch (pass) {
				case 0 -> fingerprint.equals(ancestorFingerprints.get(ancestor.getKey()));
				case 1 -> !identifiedByAllValues && identity.equals(identity(was));
				default -> identifiedByAllValues && differInOneFeature(item, was);
			};
			if (matches && claimed.add(ancestor.getKey())) {
				return ancestor.getKey();
			}
		}
		return null;
	}

	private static boolean differInOneFeature(EObject a, EObject b) {
		if (a.eClass() != b.eClass()) {
			return false;
		}
		int differences = 0;
		for (EStructuralFeature feature : of(a.eClass())) {
			if (!sameValue(a, b, feature)) {
				differences++;
			}
		}
		return differences == 1;
	}

	/** {@code key}, numbered when it is taken already; the result is added to {@code taken}. */
	private static String unique(String key, Set<String> taken) {
		String unique = key;
		for (int i = 2; taken.contains(unique); i++) {
			unique = key + '#' + i;
		}
		taken.add(unique);
		return unique;
	}

	private static void append(StringBuilder text, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			text.append('[');
			String separator = ""; //$NON-NLS-1$
			for (Object item : (List<?>) value) {
				text.append(separator);
				appendOne(text, feature, item);
				separator = ", "; //$NON-NLS-1$
			}
			text.append(']');
		} else {
			appendOne(text, feature, value);
		}
	}

	private static void appendOne(StringBuilder text, EStructuralFeature feature, Object value) {
		if (value == null) {
			text.append("null"); //$NON-NLS-1$
		} else if (feature instanceof EAttribute attribute) {
			text.append(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
		} else if (((EReference) feature).isContainment()) {
			appendObject(text, (EObject) value);
		} else {
			text.append(value instanceof Identified identified ? identified.getId() : EcoreUtil.getURI((EObject) value));
		}
	}

	private static void appendObject(StringBuilder text, EObject object) {
		text.append(object.eClass().getName()).append('{');
		String separator = ""; //$NON-NLS-1$
		for (EStructuralFeature feature : of(object.eClass())) {
			if (object.eIsSet(feature)) {
				text.append(separator).append(feature.getName()).append('=');
				append(text, feature, object.eGet(feature));
				separator = "; "; //$NON-NLS-1$
			}
		}
		text.append('}');
	}

	/** A feature's value as a user reads it: text as it is, references as the ids they point at. */
	static String text(EObject owner, EStructuralFeature feature) {
		if (!owner.eIsSet(feature)) {
			return null;
		}
		Object value = owner.eGet(feature);
		if (feature instanceof EAttribute attribute && !feature.isMany()) {
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		if (feature instanceof EReference reference && reference.isContainment() && value instanceof EObject object) {
			return describe(object);
		}
		return fingerprint(owner, feature);
	}

	/** A contained thing: an anchor by its quote and document, anything else by its values. */
	static String describe(EObject object) {
		if (object instanceof TextAnchor anchor) {
			String document = anchor.getDocument() == null ? "?" : anchor.getDocument().getId(); //$NON-NLS-1$
			return '\u201c' + String.valueOf(anchor.getExact()) + "\u201d in " + document + " at " + anchor.getStart() //$NON-NLS-1$ //$NON-NLS-2$
					+ '-' + anchor.getEnd() + (anchor.getStatus() == null ? "" : ", " + anchor.getStatus().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return fingerprint(object);
	}
}

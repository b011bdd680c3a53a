package org.argmap.model.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;
import org.argmap.model.Identified;
import org.argmap.model.MapElements;
import org.argmap.model.validation.MapValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * A three-way merge of two versions of a map that share an ancestor, element by element through their ids and
 * feature by feature through the Ecore model. A change made on one side only is taken; the same change on both
 * sides is taken once; additions to a list of tags or of a relation's sources on both sides are united. Where
 * the sides disagree (both changed one feature in different ways, or one deleted an element that the other
 * changed or still uses) the merged map keeps our version, with the deleted element restored, and records a
 * {@link Conflict} that holds both sides, so nothing either side made is lost.
 */
public final class MapMerge {

	private static final ArgmapPackage MODEL = ArgmapPackage.eINSTANCE;

	private final ArgumentMap base;
	private final ArgumentMap ours;
	private final ArgumentMap theirs;
	private final ArgumentMap result;
	private final Map<String, Identified> baseElements;
	private final Map<String, Identified> ourElements;
	private final Map<String, Identified> theirElements;
	private final Map<String, Identified> resultElements;
	private final List<Conflict> conflicts = new ArrayList<>();
	/** Every id of the three maps and of the conflicts found, so that a new conflict's id is unique. */
	private final Set<String> takenIds = new HashSet<>();

	private MapMerge(ArgumentMap base, ArgumentMap ours, ArgumentMap theirs) {
		for (ArgumentMap map : List.of(base, ours, theirs)) {
			requireIds(map);
		}
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
		this.result = EcoreUtil.copy(ours);
		baseElements = ElementFeatures.byId(base);
		ourElements = ElementFeatures.byId(ours);
		theirElements = ElementFeatures.byId(theirs);
		resultElements = ElementFeatures.byId(result);
		takenIds.addAll(baseElements.keySet());
		takenIds.addAll(ourElements.keySet());
		takenIds.addAll(theirElements.keySet());
	}

	/**
	 * Merges {@code ours} and {@code theirs}, both descended from {@code base}, into a new map; the three maps
	 * are left as they are. The conflicts found are in the new map's conflict list too.
	 *
	 * @throws IllegalArgumentException when an element of one of the maps has no id or shares its id with
	 *             another; check with {@link MapValidator#validateIds} first to name the file
	 */
	public static MergeResult merge(ArgumentMap base, ArgumentMap ours, ArgumentMap theirs) {
		MapMerge merge = new MapMerge(base, ours, theirs);
		merge.mergeMap();
		merge.mergeElements();
		merge.keepWhatIsStillUsed();
		// a conflict a side brought along that this merge finds again would otherwise be listed twice
		merge.result.getConflicts().removeIf(incoming -> merge.conflicts.stream().anyMatch(found -> sameConflict(found, incoming)));
		merge.result.getConflicts().addAll(merge.conflicts);
		return new MergeResult(merge.result, List.copyOf(merge.conflicts));
	}

	/** Elements are matched by id: one without an id, or two with the same, cannot be merged. */
	private static void requireIds(ArgumentMap map) {
		Diagnostic problems = MapValidator.validateIds(map);
		if (problems.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalArgumentException(problems.getChildren().get(0).getMessage());
		}
	}

	/** The element of {@code map} that {@code conflict} is about, the map itself included; null when it is gone. */
	public static EObject elementOf(ArgumentMap map, Conflict conflict) {
		return ElementFeatures.MAP_ID.equals(conflict.getElement()) ? map
				: ElementFeatures.byId(map).get(conflict.getElement());
	}

	/**
	 * The contained item (an anchor, a question, a correspondence) that an item conflict is about, as the merged
	 * map holds it: the side's item whose description the conflict recorded; null when the conflict is about no
	 * item or the item is no longer there.
	 */
	public static EObject itemOf(ArgumentMap map, Conflict conflict) {
		EObject element = elementOf(map, conflict);
		String kept = conflict.getOurs() != null ? conflict.getOurs() : conflict.getTheirs();
		EStructuralFeature feature = element == null || conflict.getFeature() == null ? null
				: element.eClass().getEStructuralFeature(conflict.getFeature());
		if (!(feature instanceof EReference reference) || !reference.isContainment() || !reference.isMany()) {
			return null;
		}
		return items(element, feature).stream().filter(item -> ElementFeatures.describe(item).equals(kept)).findFirst()
				.orElse(null);
	}

	private void mergeMap() {
		for (EStructuralFeature feature : ElementFeatures.of(MODEL.getArgumentMap())) {
			if (feature == MODEL.getArgumentMap_Modified()) {
				// the date of the last change: the later of the two sides, never a conflict
				result.setModified(later(ours.getModified(), theirs.getModified()));
			} else {
				mergeFeature(ElementFeatures.MAP_ID, base, ours, theirs, result, feature);
			}
		}
	}

	private static Date later(Date a, Date b) {
		return a == null || b != null && b.after(a) ? b : a;
	}

	private void mergeElements() {
		Set<String> ids = new TreeSet<>(ourElements.keySet());
		ids.addAll(theirElements.keySet());
		ids.addAll(baseElements.keySet());
		for (String id : ids) {
			Identified original = baseElements.get(id);
			Identified our = ourElements.get(id);
			Identified their = theirElements.get(id);
			if (our != null && their != null) {
				if (our.eClass() == their.eClass() || original != null && original.eClass() == their.eClass()) {
					mergeFeatures(id, original, our, their, resultElements.get(id));
				} else if (original != null && original.eClass() == our.eClass()) {
					mergeFeatures(id, original, our, their, retype(resultElements.get(id), their.eClass()));
				} else {
					record(our, null, MapElements.describe(our), MapElements.describe(their),
							Messages.MapMerge_kindChangedOnBothSides);
				}
			} else if (their != null) {
				if (original == null) {
					add(their); // added by them
				} else if (!ElementFeatures.same(original, their)) {
					add(their);
					// told as a reader knows it: the side's version is in the merged map, whole, for the user to keep
					record(their, null, null, MapElements.describe(their), Messages.MapMerge_deletedByUsChangedByThem);
				}
			} else if (our != null && original != null) {
				if (ElementFeatures.same(original, our)) {
					remove(resultElements.get(id)); // deleted by them, untouched by us
				} else {
					record(our, null, MapElements.describe(our), null, Messages.MapMerge_changedByUsDeletedByThem);
				}
			}
		}
	}

	/**
	 * Merges the features of the merged element's kind. When one side changed the kind (a claim made a
	 * rebuttal), a feature only the new kind has comes from that side; one only the old kind had is gone.
	 */
	private void mergeFeatures(String id, Identified original, Identified our, Identified their, Identified merged) {
		for (EStructuralFeature feature : ElementFeatures.of(merged.eClass())) {
			if (has(our, feature) && has(their, feature)) {
				mergeFeature(id, has(original, feature) ? original : null, our, their, merged, feature);
			} else if (has(their, feature)) {
				take(their, merged, feature);
			}
		}
	}

	private static boolean has(EObject object, EStructuralFeature feature) {
		return object != null && object.eClass().getEAllStructuralFeatures().contains(feature);
	}

	/**
	 * Puts an element of class {@code kind} with the same id and every feature the two kinds share in the
	 * place of {@code merged}, as {@code MapEdits.changeKind} does; references to it are rebound later by id.
	 */
	private Identified retype(Identified merged, EClass kind) {
		Identified replacement = (Identified) EcoreUtil.create(kind);
		for (EStructuralFeature feature : kind.getEAllStructuralFeatures()) {
			if (has(merged, feature) && feature.isChangeable() && !feature.isDerived()
					&& !(feature instanceof EReference reference && reference.isContainer()) && merged.eIsSet(feature)) {
				Object value = merged.eGet(feature);
				replacement.eSet(feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
			}
		}
		EcoreUtil.replace(merged, replacement);
		resultElements.put(replacement.getId(), replacement);
		return replacement;
	}

	private void mergeFeature(String id, EObject original, EObject our, EObject their, EObject merged,
			EStructuralFeature feature) {
		if (ElementFeatures.sameValue(our, their, feature) || ElementFeatures.sameValue(their, original, feature)) {
			return; // the merged map is a copy of ours
		}
		if (ElementFeatures.sameValue(our, original, feature)) {
			take(their, merged, feature);
		} else if (feature.isMany() && feature instanceof EReference reference && reference.isContainment()) {
			combine(id, original, our, their, merged, feature);
		} else if (feature.isMany()) {
			unite(original, our, their, merged, feature);
		} else {
			record(id, our, feature.getName(), ElementFeatures.text(our, feature), ElementFeatures.text(their, feature),
					NLS.bind(Messages.MapMerge_changedOnBothSides, feature.getName()));
		}
	}

	/** Sets {@code feature} of the merged element to their value; references are rebound to merged elements later. */
	private static void take(EObject their, EObject merged, EStructuralFeature feature) {
		if (!their.eIsSet(feature)) {
			merged.eUnset(feature);
			return;
		}
		Object value = their.eGet(feature);
		if (feature instanceof EReference reference && reference.isContainment()) {
			value = feature.isMany() ? EcoreUtil.copyAll((Collection<?>) value) : EcoreUtil.copy((EObject) value);
		}
		merged.eSet(feature, value);
	}

	/**
	 * Both sides changed a list of values (tags, a relation's sources): ours, without what they removed, with
	 * what they added.
	 */
	private static void unite(EObject original, EObject our, EObject their, EObject merged, EStructuralFeature feature) {
		List<Object> before = keys(original, feature);
		List<Object> theirValues = values(their, feature);
		List<Object> theirKeys = keys(their, feature);
		Set<Object> united = new LinkedHashSet<>();
		List<Object> ourValues = values(our, feature);
		List<Object> ourKeys = keys(our, feature);
		List<Object> merging = new ArrayList<>();
		for (int i = 0; i < ourValues.size(); i++) {
			Object key = ourKeys.get(i);
			if ((theirKeys.contains(key) || !before.contains(key)) && united.add(key)) {
				merging.add(ourValues.get(i));
			}
		}
		for (int i = 0; i < theirValues.size(); i++) {
			Object key = theirKeys.get(i);
			if (!before.contains(key) && united.add(key)) {
				merging.add(theirValues.get(i));
			}
		}
		merged.eSet(feature, merging);
	}

	/**
	 * Both sides changed a list of contained things (a node's anchors, an analogy's questions): merged item by
	 * item, matched through {@link ElementFeatures#keyed}. Ours in our order, then their new items; an item one
	 * side removed and the other left alone is dropped; an item both changed is merged feature by feature, and
	 * only where both changed one feature differently, or one changed an item the other removed, is there a
	 * conflict, and then our version is kept.
	 */
	private void combine(String id, EObject original, EObject our, EObject their, EObject merged,
			EStructuralFeature feature) {
		Map<String, EObject> before = ElementFeatures.keyed(items(original, feature), null);
		Map<String, EObject> mine = ElementFeatures.keyed(items(our, feature), before);
		Map<String, EObject> yours = ElementFeatures.keyed(items(their, feature), before);
		List<EObject> combined = new ArrayList<>();
		for (Map.Entry<String, EObject> entry : mine.entrySet()) {
			EObject item = entry.getValue();
			EObject was = before.get(entry.getKey());
			EObject other = yours.get(entry.getKey());
			boolean weChanged = was == null || !sameItem(was, item);
			if (other == null) {
				if (weChanged) {
					combined.add(EcoreUtil.copy(item));
					if (was != null) {
						record(id, our, feature.getName(), ElementFeatures.describe(item), null,
								NLS.bind(Messages.MapMerge_changedOnBothSides, feature.getName()));
					}
				}
			} else if (!weChanged || sameItem(item, other) || was != null && sameItem(was, other)) {
				combined.add(EcoreUtil.copy(weChanged ? item : other));
			} else {
				EObject both = mergedItem(was, item, other);
				combined.add(both != null ? both : EcoreUtil.copy(item));
				if (both == null) {
					record(id, our, feature.getName(), ElementFeatures.describe(item), ElementFeatures.describe(other),
							NLS.bind(Messages.MapMerge_changedOnBothSides, feature.getName()));
				}
			}
		}
		for (Map.Entry<String, EObject> entry : yours.entrySet()) {
			EObject other = entry.getValue();
			EObject was = before.get(entry.getKey());
			if (mine.containsKey(entry.getKey()) || was != null && sameItem(was, other)) {
				continue; // merged above, or removed by us and left alone by them
			}
			combined.add(EcoreUtil.copy(other));
			if (was != null) {
				record(id, our, feature.getName(), null, ElementFeatures.describe(other),
						NLS.bind(Messages.MapMerge_changedOnBothSides, feature.getName()));
			}
		}
		merged.eSet(feature, combined);
	}

	/**
	 * An item both sides changed, with the features each changed (one the answer of a question, the other its
	 * status); null when both changed one feature differently, or when they added different items of one
	 * identity (no ancestor to tell who changed what).
	 */
	private static EObject mergedItem(EObject was, EObject item, EObject other) {
		if (was == null || item.eClass() != other.eClass()) {
			return null;
		}
		EObject merged = EcoreUtil.copy(item);
		for (EStructuralFeature feature : ElementFeatures.of(item.eClass())) {
			if (ElementFeatures.sameValue(other, was, feature) || ElementFeatures.sameValue(item, other, feature)) {
				continue;
			}
			if (!ElementFeatures.sameValue(item, was, feature)) {
				return null;
			}
			take(other, merged, feature);
		}
		return merged;
	}

	private static List<EObject> items(EObject owner, EStructuralFeature feature) {
		List<EObject> items = new ArrayList<>();
		if (owner != null) {
			for (Object item : (List<?>) owner.eGet(feature)) {
				items.add((EObject) item);
			}
		}
		return items;
	}

	private static boolean sameItem(EObject a, EObject b) {
		return ElementFeatures.fingerprint(a).equals(ElementFeatures.fingerprint(b));
	}

	private static List<Object> values(EObject owner, EStructuralFeature feature) {
		return owner == null ? List.of() : new ArrayList<>((List<?>) owner.eGet(feature));
	}

	/** Values compared by what they are in any map: ids for references, the values themselves otherwise. */
	private static List<Object> keys(EObject owner, EStructuralFeature feature) {
		List<Object> keys = new ArrayList<>();
		for (Object value : values(owner, feature)) {
			keys.add(value instanceof Identified identified ? identified.getId() : value);
		}
		return keys;
	}

	private void add(Identified their) {
		Identified copy = EcoreUtil.copy(their);
		@SuppressWarnings("unchecked")
		EList<Identified> list = (EList<Identified>) result.eGet(their.eContainmentFeature());
		list.add(copy);
		resultElements.put(copy.getId(), copy);
	}

	private void remove(Identified merged) {
		EcoreUtil.remove(merged);
		resultElements.remove(merged.getId());
	}

	/**
	 * Points every reference of the merged map at the merged element with the same id. An element that one
	 * side deleted and the other still uses (a relation to a deleted claim, an anchor in a deleted document)
	 * is brought back, with a conflict saying so.
	 */
	private void keepWhatIsStillUsed() {
		boolean restored;
		do {
			restored = false;
			for (var contents = result.eAllContents(); contents.hasNext();) {
				EObject user = contents.next();
				for (EReference reference : user.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()
							|| !reference.isChangeable() || !user.eIsSet(reference)) {
						continue;
					}
					restored |= rebind(user, reference);
				}
			}
		} while (restored);
	}

	/**
	 * Points one reference of {@code user} at the merged elements; answers whether an element had to be brought
	 * back. Most references of the merged map point into it already, so a list is only made for one that does not.
	 */
	private boolean rebind(EObject user, EReference reference) {
		List<?> current = reference.isMany() ? (List<?>) user.eGet(reference) : List.of(user.eGet(reference));
		List<Object> targets = null;
		boolean restored = false;
		for (int i = 0; i < current.size(); i++) {
			Object target = current.get(i);
			Object merged = target;
			if (target instanceof Identified identified) {
				merged = resultElements.get(identified.getId());
				if (merged == null) {
					merged = restore(identified.getId(), user);
					restored = true;
				}
			}
			if (merged != target && targets == null) {
				targets = new ArrayList<>(current.subList(0, i));
			}
			if (targets != null) {
				targets.add(merged);
			}
		}
		if (targets != null) {
			user.eSet(reference, reference.isMany() ? targets : targets.get(0));
		}
		return restored;
	}

	/** Brings back an element that one side deleted and the other uses, in the version that side has. */
	private Identified restore(String id, EObject user) {
		Identified kept = theirElements.containsKey(id) ? theirElements.get(id)
				: ourElements.containsKey(id) ? ourElements.get(id) : baseElements.get(id);
		add(kept);
		record(kept, null, null, null,
				NLS.bind(Messages.MapMerge_deletedButUsed, MapElements.describe(containingElement(user))));
		return resultElements.get(id);
	}

	private static Identified containingElement(EObject object) {
		for (EObject container = object; container != null; container = container.eContainer()) {
			if (container instanceof Identified identified) {
				return identified;
			}
		}
		return null;
	}

	private static boolean sameConflict(Conflict a, Conflict b) {
		return Objects.equals(a.getElement(), b.getElement()) && Objects.equals(a.getFeature(), b.getFeature())
				&& Objects.equals(a.getOurs(), b.getOurs()) && Objects.equals(a.getTheirs(), b.getTheirs())
				&& Objects.equals(a.getDescription(), b.getDescription());
	}

	private void record(Identified element, String feature, String ourValue, String theirValue, String what) {
		record(element.getId(), element, feature, ourValue, theirValue, what);
	}

	/**
	 * Adds a conflict; {@link ConflictShape#of} tells its shape from which of {@code feature}, {@code ourValue}
	 * and {@code theirValue} are null, so each shape keeps its pattern.
	 */
	private void record(String id, EObject element, String feature, String ourValue, String theirValue,
			String what) {
		Conflict conflict = ArgmapFactory.eINSTANCE.createConflict();
		// named after what it is about, for a reader; numbered when that id is taken in any of the four maps
		String conflictId = "x-" + id + (feature == null ? "" : "-" + feature); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String unique = conflictId;
		for (int i = 2; !takenIds.add(unique); i++) {
			unique = conflictId + '-' + i;
		}
		conflict.setId(unique);
		conflict.setElement(id);
		conflict.setFeature(feature);
		conflict.setOurs(ourValue);
		conflict.setTheirs(theirValue);
		String name = element instanceof Identified identified && !(element instanceof ArgumentMap)
				? MapElements.describe(identified) : Messages.MapMerge_theMap;
		conflict.setDescription(NLS.bind(Messages.MapMerge_conflict, name, what));
		conflicts.add(conflict);
	}
}

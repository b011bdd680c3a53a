package org.argmap.model.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Identified;
import org.argmap.model.MapElements;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What changed from one version of a map to another, element by element through their ids: documents, nodes,
 * relations and conflicts added, removed or changed, and for a changed one each feature with its value before
 * and after. The modification date is left out: it changes with every save.
 */
public final class MapDifference {

	/** What happened to one element. */
	public enum Kind {
		ADDED, REMOVED, CHANGED
	}

	/** One feature of a changed element; lists of contained things (anchors) say what was added and removed. */
	public record FeatureChange(String feature, String before, String after, List<String> added, List<String> removed) {
	}

	/** One element, named as people see it ({@code claim “Wall” (c-1a2b)}), and how it changed. */
	public record Change(Kind kind, String id, String type, String name, List<FeatureChange> features) {
	}

	private MapDifference() {
	}

	/** The changes that turn {@code before} into {@code after}: the map's own first, then by list and id. */
	public static List<Change> between(ArgumentMap before, ArgumentMap after) {
		List<Change> changes = new ArrayList<>();
		List<FeatureChange> mapChanges = features(before, after);
		mapChanges.removeIf(change -> change.feature().equals(ArgmapPackage.Literals.ARGUMENT_MAP__MODIFIED.getName()));
		if (!mapChanges.isEmpty()) {
			changes.add(new Change(Kind.CHANGED, ElementFeatures.MAP_ID, "map", after.getTitle(), mapChanges)); //$NON-NLS-1$
		}
		Map<String, Identified> old = ElementFeatures.byId(before);
		Map<String, Identified> current = ElementFeatures.byId(after);
		Set<String> ids = new LinkedHashSet<>(old.keySet());
		ids.addAll(current.keySet());
		for (String id : ids) {
			Identified was = old.get(id);
			Identified is = current.get(id);
			if (was == null) {
				changes.add(change(Kind.ADDED, is, List.of()));
			} else if (is == null) {
				changes.add(change(Kind.REMOVED, was, List.of()));
			} else {
				List<FeatureChange> features = features(was, is);
				if (!features.isEmpty()) {
					changes.add(change(Kind.CHANGED, is, features));
				}
			}
		}
		// grouped by list (documents, nodes, relations, conflicts) as the file is, whatever the side
		changes.sort((a, b) -> Integer.compare(listIndex(a, current, old), listIndex(b, current, old)));
		return changes;
	}

	private static int listIndex(Change change, Map<String, Identified> current, Map<String, Identified> old) {
		Identified element = current.containsKey(change.id()) ? current.get(change.id()) : old.get(change.id());
		return element == null ? -1 : ElementFeatures.elementLists().indexOf(element.eContainmentFeature());
	}

	private static Change change(Kind kind, Identified element, List<FeatureChange> features) {
		String type = element.eClass().getName().toLowerCase(Locale.ROOT);
		return new Change(kind, element.getId(), type, MapElements.describe(element), features);
	}

	private static List<FeatureChange> features(EObject was, EObject is) {
		List<FeatureChange> changes = new ArrayList<>();
		if (was.eClass() != is.eClass()) {
			changes.add(new FeatureChange("kind", was.eClass().getName(), is.eClass().getName(), List.of(), List.of())); //$NON-NLS-1$
		}
		for (EStructuralFeature feature : ElementFeatures.of(is.eClass())) {
			if (!was.eClass().getEAllStructuralFeatures().contains(feature)) {
				continue;
			}
			if (ElementFeatures.sameValue(was, is, feature)) {
				continue;
			}
			if (feature.isMany() && feature instanceof EReference reference && reference.isContainment()) {
				List<EObject> before = items(was, feature);
				List<EObject> after = items(is, feature);
				List<EObject> added = without(after, before);
				List<EObject> removed = without(before, after);
				changes.add(new FeatureChange(feature.getName(), null, null, described(added, removed),
						described(removed, added)));
			} else {
				changes.add(new FeatureChange(feature.getName(), ElementFeatures.text(was, feature), ElementFeatures.text(is, feature), List.of(),
						List.of()));
			}
		}
		return changes;
	}

	private static List<EObject> items(EObject owner, EStructuralFeature feature) {
		List<EObject> items = new ArrayList<>();
		for (Object item : (List<?>) owner.eGet(feature)) {
			items.add((EObject) item);
		}
		return items;
	}

	/** The items of {@code these} that {@code those} lacks, compared by all their values. */
	private static List<EObject> without(List<EObject> these, List<EObject> those) {
		Set<String> others = new HashSet<>();
		those.forEach(item -> others.add(ElementFeatures.fingerprint(item)));
		return these.stream().filter(item -> !others.contains(ElementFeatures.fingerprint(item))).toList();
	}

	/**
	 * Items as people read them (an anchor by quote, document and place); in full where that short form is the
	 * same on both sides, since then what changed (context, confidence) is only in the full form.
	 */
	private static List<String> described(List<EObject> items, List<EObject> otherSide) {
		Set<String> otherNames = new HashSet<>();
		otherSide.forEach(item -> otherNames.add(ElementFeatures.describe(item)));
		List<String> names = new ArrayList<>();
		for (EObject item : items) {
			String name = ElementFeatures.describe(item);
			names.add(otherNames.contains(name) ? ElementFeatures.fingerprint(item) : name);
		}
		return names;
	}
}

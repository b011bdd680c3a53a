package org.argmap.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Identified;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The commands that make an open map equal to a newer version of it, in place: an element the newer version
 * has with the same id and kind stays the same object and gets only the features that differ, so what holds
 * on to it (a selection, the canvas, earlier commands on the stack) stays valid. New elements are copies,
 * with their references pointing into the open map; the rest go.
 */
final class MapReplacement {

	private static final ArgmapPackage MODEL = ArgmapPackage.eINSTANCE;

	private final EditingDomain domain;
	private final ArgumentMap map;
	private final ArgumentMap newer;
	/** Every element of the newer map, mapped to the object that stands for it in the open map. */
	private final Map<EObject, EObject> standIns = new HashMap<>();
	private final EcoreUtil.Copier copier = new EcoreUtil.Copier();
	/** Per element kept, the features to set and the newer values, copied where contained. */
	private final Map<EObject, Map<EStructuralFeature, Object>> changes = new HashMap<>();

	private MapReplacement(EditingDomain domain, ArgumentMap map, ArgumentMap newer) {
		this.domain = domain;
		this.map = map;
		this.newer = newer;
	}

	/** The commands, not yet executed; an empty compound (not executable) when the two are the same. */
	static CompoundCommand of(EditingDomain domain, ArgumentMap map, ArgumentMap newer) {
		return new MapReplacement(domain, map, newer).commands();
	}

	private CompoundCommand commands() {
		Map<String, EObject> current = new HashMap<>();
		for (EReference list : elementLists()) {
			for (Object element : (List<?>) map.eGet(list)) {
				current.put(((Identified) element).getId(), (EObject) element);
			}
		}
		List<EObject> kept = new ArrayList<>();
		for (EReference list : elementLists()) {
			for (Object element : (List<?>) newer.eGet(list)) {
				Identified fresh = (Identified) element;
				EObject old = current.get(fresh.getId());
				if (old != null && old.eClass() == fresh.eClass()) {
					standIns.put(fresh, old);
					kept.add(fresh);
				} else {
					standIns.put(fresh, copier.copy(fresh));
				}
			}
		}
		standIns.put(newer, map);
		for (EObject fresh : kept) {
			collectChanges(fresh);
		}
		collectChanges(newer);
		copier.copyReferences();
		// what the copier did not copy is an element of the open map, or one of the newer map that has a stand-in
		for (EObject copy : copier.values()) {
			pointIntoTheOpenMap(copy);
		}
		// the commands are made directly, not through the item providers: their cascades (a removed node takes its
		// relations along) would remove what the newer version keeps, or what another command here removes
		CompoundCommand commands = new CompoundCommand();
		for (EReference list : elementLists()) {
			List<Object> wanted = new ArrayList<>();
			((List<?>) newer.eGet(list)).forEach(fresh -> wanted.add(standIns.get(fresh)));
			if (!wanted.equals(map.eGet(list))) {
				commands.append(new ListReplacement(map, list, wanted));
			}
		}
		changes.forEach((owner, features) -> features.forEach((feature, value) -> {
			if (feature.isMany()) {
				commands.append(new ListReplacement(owner, feature, value == SetCommand.UNSET_VALUE ? List.of() : (List<?>) value));
			} else {
				commands.append(new SetCommand(domain, owner, feature, value));
			}
		}));
		return commands;
	}

	/**
	 * Makes a list equal to another with as few moves, additions and removals as it takes, so that an element in
	 * both stays where it is contained.
	 */
	private static final class ListReplacement extends AbstractCommand {

		private final EList<Object> list;
		private final List<Object> wanted;
		private List<Object> before;

		@SuppressWarnings("unchecked")
		ListReplacement(EObject owner, EStructuralFeature feature, List<?> wanted) {
			this.list = (EList<Object>) owner.eGet(feature);
			this.wanted = List.copyOf(wanted);
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			before = new ArrayList<>(list);
			ECollections.setEList(list, wanted);
		}

		@Override
		public void undo() {
			ECollections.setEList(list, before);
		}

		@Override
		public void redo() {
			ECollections.setEList(list, wanted);
		}
	}

	private static List<EReference> elementLists() {
		List<EReference> lists = new ArrayList<>();
		for (EReference reference : MODEL.getArgumentMap().getEAllContainments()) {
			if (reference.isMany() && MODEL.getIdentified().isSuperTypeOf(reference.getEReferenceType())) {
				lists.add(reference);
			}
		}
		return lists;
	}

	/** Notes the features in which the element standing for {@code fresh} differs from it. */
	private void collectChanges(EObject fresh) {
		EObject old = standIns.get(fresh);
		List<EReference> lists = elementLists();
		for (EStructuralFeature feature : fresh.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable() || lists.contains(feature)
					|| feature instanceof EReference reference && reference.isContainer()) {
				continue;
			}
			if (!fresh.eIsSet(feature)) {
				if (old.eIsSet(feature)) {
					changes.computeIfAbsent(old, o -> new HashMap<>()).put(feature, SetCommand.UNSET_VALUE);
				}
				continue;
			}
			Object value = fresh.eGet(feature);
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (!old.eIsSet(feature) || !equalContents(old.eGet(feature), value)) {
					changes.computeIfAbsent(old, o -> new HashMap<>()).put(feature, feature.isMany()
							? new ArrayList<>(copier.copyAll((Collection<?>) value)) : copier.copy((EObject) value));
				}
			} else {
				Object wanted = feature instanceof EReference ? standIn(value)
						: feature.isMany() ? new ArrayList<>((List<?>) value) : value;
				if (!old.eIsSet(feature) || !Objects.equals(old.eGet(feature), wanted)) {
					changes.computeIfAbsent(old, o -> new HashMap<>()).put(feature, wanted);
				}
			}
		}
	}

	private static boolean equalContents(Object old, Object fresh) {
		if (old instanceof List<?> oldItems && fresh instanceof List<?> freshItems) {
			return new EcoreUtil.EqualityHelper().equals(eObjects(oldItems), eObjects(freshItems));
		}
		return EcoreUtil.equals((EObject) old, (EObject) fresh);
	}

	private static List<EObject> eObjects(List<?> items) {
		List<EObject> objects = new ArrayList<>();
		items.forEach(item -> objects.add((EObject) item));
		return objects;
	}

	/** A reference's value with every element of the newer map replaced by the one standing for it. */
	private Object standIn(Object value) {
		if (value instanceof List<?> list) {
			List<Object> replaced = new ArrayList<>();
			list.forEach(item -> replaced.add(standInOf(item)));
			return replaced;
		}
		return standInOf(value);
	}

	private Object standInOf(Object element) {
		Object standIn = standIns.get(element);
		return standIn != null ? standIn : element;
	}

	private void pointIntoTheOpenMap(EObject copy) {
		for (EReference reference : copy.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()
					|| !reference.isChangeable() || !copy.eIsSet(reference)) {
				continue;
			}
			Object replaced = standIn(copy.eGet(reference));
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				EList<Object> list = (EList<Object>) copy.eGet(reference);
				ECollections.setEList(list, (List<?>) replaced);
			} else {
				copy.eSet(reference, replaced);
			}
		}
	}
}

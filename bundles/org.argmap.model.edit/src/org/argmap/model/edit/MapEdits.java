package org.argmap.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.argmap.model.Analogy;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.ClaimLink;
import org.argmap.model.Conflict;
import org.argmap.model.Correspondence;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.merge.ConflictShape;
import org.argmap.model.merge.MapMerge;
import org.argmap.model.provider.ArgmapEditPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * Every edit a user can make to a map, as one undoable command each, for the workbench and the command line
 * alike. An edit that the rules forbid is {@link UnexecutableCommand#INSTANCE}. Each command carries a label
 * for the Undo menu, and its affected objects are what the user should see selected after it ran (and after
 * it was undone).
 */
public final class MapEdits {

	private static final ArgmapPackage MODEL = ArgmapPackage.eINSTANCE;

	private MapEdits() {
	}

	/** Adds {@code node}, built by {@link MapElements} with its anchors inside, to the map. */
	public static Command createNode(EditingDomain domain, ArgumentMap map, Node node) {
		Command add = AddCommand.create(domain, map, MODEL.getArgumentMap_Nodes(), node);
		return new Edit(NLS.bind(Messages.MapEdits_create, typeName(node.eClass())), add, List.of(node), List.of());
	}

	public static Command addAnchor(EditingDomain domain, Node node, TextAnchor anchor) {
		Command add = AddCommand.create(domain, node, MODEL.getNode_Anchors(), anchor);
		return new Edit(Messages.MapEdits_addAnchor, add, List.of(anchor), List.of(node));
	}

	public static Command addDocuments(EditingDomain domain, ArgumentMap map, Collection<SourceDocument> documents) {
		if (documents.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Command add = AddCommand.create(domain, map, MODEL.getArgumentMap_Documents(), documents);
		String label = documents.size() == 1 ? Messages.MapEdits_addDocument
				: NLS.bind(Messages.MapEdits_addDocuments, documents.size());
		return new Edit(label, add, List.copyOf(documents), List.of(map));
	}

	/**
	 * Relates {@code sources} to {@code target} by a new relation of {@code kind}; several sources of a support
	 * are linked premises. An undercut attacks a relation and cannot come from that relation's own sources; an
	 * argument by analogy comes from one analogy; every other relation points at a node.
	 */
	public static Command relate(EditingDomain domain, ArgumentMap map, RelationKind kind, ArgumentElement target,
			List<Node> sources) {
		if (sources.isEmpty() || sources.contains(target)) {
			return UnexecutableCommand.INSTANCE;
		}
		if (kind == RelationKind.UNDERCUT) {
			if (!(target instanceof Relation attacked)
					|| sources.stream().anyMatch(attacked.getSources()::contains)) {
				return UnexecutableCommand.INSTANCE;
			}
		} else if (!(target instanceof Node)) {
			return UnexecutableCommand.INSTANCE;
		}
		if (kind == RelationKind.ANALOGY && (sources.size() != 1 || !(sources.get(0) instanceof Analogy))) {
			return UnexecutableCommand.INSTANCE;
		}
		Relation relation = MapElements.newRelation(kind, target, sources.toArray(Node[]::new));
		Command add = AddCommand.create(domain, map, MODEL.getArgumentMap_Relations(), relation);
		return new Edit(relateLabel(kind), add, List.of(relation), sources);
	}

	/** Adds {@code premise} to the premises of a support, which then support its conclusion jointly. */
	public static Command addLinkedPremise(EditingDomain domain, Relation support, Node premise) {
		if (support.getKind() != RelationKind.SUPPORT || support.getSources().contains(premise)
				|| support.getTarget() == premise) {
			return UnexecutableCommand.INSTANCE;
		}
		Command add = AddCommand.create(domain, support, MODEL.getRelation_Sources(), premise);
		return new Edit(Messages.MapEdits_addLinkedPremise, add, List.of(support), List.of(support));
	}

	/**
	 * Deletes nodes, relations, documents, anchors and correspondences, together with what cannot stand
	 * without them (see {@code ArgumentMapItemProvider#createCommand}): relations with a deleted end, and the
	 * anchors on a deleted document. Other elements in {@code elements} are ignored.
	 */
	public static Command delete(EditingDomain domain, Collection<?> elements) {
		Set<EObject> chosen = new LinkedHashSet<>();
		for (Object element : elements) {
			if (element instanceof Node || element instanceof Relation || element instanceof SourceDocument
					|| element instanceof TextAnchor || element instanceof Correspondence || element instanceof Conflict) {
				chosen.add((EObject) element);
			}
		}
		// An element that goes anyway with another chosen one must not be removed twice.
		List<EObject> doomed = new ArrayList<>();
		Set<Object> parents = new LinkedHashSet<>();
		for (EObject element : chosen) {
			boolean carried = chosen.stream().anyMatch(other -> other != element && EcoreUtil.isAncestor(other, element))
					|| element instanceof TextAnchor anchor && chosen.contains(anchor.getDocument());
			if (!carried) {
				doomed.add(element);
				parents.add(element.eContainer());
			}
		}
		if (doomed.isEmpty() || parents.contains(null)) {
			return UnexecutableCommand.INSTANCE;
		}
		return new Edit(Messages.MapEdits_delete, DeleteCommand.create(domain, doomed), parents, doomed);
	}

	/**
	 * Turns a claim into a rebuttal or back. The node is replaced, at its place in the map, by one of class
	 * {@code kind} with the same id, text, label, note, tags, anchors and position, and every relation that
	 * pointed at it or came from it points at or comes from the replacement.
	 */
	public static Command changeKind(EditingDomain domain, Node node, EClass kind) {
		if (!(node instanceof Claim) || node.eClass() == kind
				|| (kind != MODEL.getClaim() && kind != MODEL.getRebuttal())
				|| !(node.eContainer() instanceof ArgumentMap map)) {
			return UnexecutableCommand.INSTANCE;
		}
		Node replacement = (Node) ArgmapFactory.eINSTANCE.create(kind);
		// Claim and Rebuttal share every feature, Claim's own included.
		for (EAttribute attribute : MODEL.getClaim().getEAllAttributes()) {
			replacement.eSet(attribute, node.eGet(attribute));
		}
		for (EReference containment : MODEL.getClaim().getEAllContainments()) {
			Object children = node.eGet(containment);
			replacement.eSet(containment, containment.isMany() ? EcoreUtil.copyAll((Collection<?>) children)
					: EcoreUtil.copy((EObject) children));
		}
		return new Edit(NLS.bind(Messages.MapEdits_changeKind, typeName(kind)), replacing(domain, map, node, replacement),
				List.of(replacement), List.of(node));
	}

	/**
	 * Puts {@code replacement}, a node not yet in any map, in the place of {@code node}: every relation that
	 * pointed at it or came from it points at or comes from the replacement. Curation uses it to take another
	 * annotator's node for a passage.
	 */
	public static Command replaceNode(EditingDomain domain, Node node, Node replacement) {
		if (!(node.eContainer() instanceof ArgumentMap map) || replacement.eContainer() != null) {
			return UnexecutableCommand.INSTANCE;
		}
		return new Edit(Messages.MapEdits_replaceNode, replacing(domain, map, node, replacement), List.of(replacement),
				List.of(node));
	}

	private static Command replacing(EditingDomain domain, ArgumentMap map, Node node, Node replacement) {
		CompoundCommand change = new CompoundCommand();
		for (Relation relation : map.getRelations()) {
			int index = relation.getSources().indexOf(node);
			if (index >= 0) {
				change.append(SetCommand.create(domain, relation, MODEL.getRelation_Sources(), replacement, index));
			}
			if (relation.getTarget() == node) {
				change.append(SetCommand.create(domain, relation, MODEL.getRelation_Target(), replacement));
			}
		}
		change.append(ReplaceCommand.create(domain, map, MODEL.getArgumentMap_Nodes(), node, List.of(replacement)));
		return change;
	}

	/**
	 * Accepts the new place of a relocated anchor. Its confidence is unset: the user vouched for the place, so
	 * there is nothing left to doubt.
	 */
	public static Command acceptAnchor(EditingDomain domain, TextAnchor anchor) {
		if (anchor.getStatus() != AnchorStatus.RELOCATED) {
			return UnexecutableCommand.INSTANCE;
		}
		return new Edit(Messages.MapEdits_acceptAnchor, status(domain, anchor, AnchorStatus.ANCHORED), List.of(anchor),
				List.of(anchor));
	}

	/**
	 * Puts an anchor on the passage {@code [start, end)} of {@code document}, confirmed by the user; it is
	 * anchored, with its confidence unset.
	 */
	public static Command reanchor(EditingDomain domain, TextAnchor anchor, SourceDocument document, int start,
			int end, String exact, String prefix, String suffix) {
		return place(Messages.MapEdits_reanchor, domain, anchor, document, start, end, exact, prefix, suffix,
				AnchorStatus.ANCHORED, SetCommand.UNSET_VALUE);
	}

	/**
	 * Moves an anchor to where re-anchoring found its passage in the changed text of its document, with how sure
	 * re-anchoring is of it, {@code confidence} from 0 to 1; it stays relocated until the user accepts the new
	 * place.
	 */
	public static Command relocate(EditingDomain domain, TextAnchor anchor, int start, int end, String exact,
			String prefix, String suffix, double confidence) {
		if (!(confidence >= 0 && confidence <= 1)) {
			return UnexecutableCommand.INSTANCE;
		}
		return place(Messages.MapEdits_relocate, domain, anchor, anchor.getDocument(), start, end, exact, prefix,
				suffix, AnchorStatus.RELOCATED, confidence);
	}

	/**
	 * Records what re-anchoring found about an anchor that stays where it is: found there (anchored) or
	 * orphaned. Either way its confidence is unset, as an anchored one has nothing left to doubt and an orphaned
	 * one has no place; a relocation goes through {@link #relocate}.
	 */
	public static Command markAnchor(EditingDomain domain, TextAnchor anchor, AnchorStatus status) {
		if (anchor.getStatus() == status || status == AnchorStatus.RELOCATED) {
			return UnexecutableCommand.INSTANCE;
		}
		return new Edit(NLS.bind(Messages.MapEdits_anchorStatus, MapLabels.text(status)), status(domain, anchor, status),
				List.of(anchor), List.of(anchor));
	}

	/**
	 * Records the text that the anchors on {@code document} were last placed on: its hash, and the text itself
	 * as the snapshot that lets the next re-anchoring follow edits through a diff.
	 */
	public static Command recordText(EditingDomain domain, SourceDocument document, String sha256, String text) {
		CompoundCommand record = new CompoundCommand();
		record.append(SetCommand.create(domain, document, MODEL.getSourceDocument_Sha256(), sha256));
		record.append(SetCommand.create(domain, document, MODEL.getSourceDocument_Snapshot(), text));
		return new Edit(Messages.MapEdits_documentHash, record, List.of(document), List.of(document));
	}

	/** Pins a node where the user dropped it; automatic layout keeps it there. */
	public static Command move(EditingDomain domain, Node node, double x, double y) {
		Command pin = SetCommand.create(domain, node, MODEL.getNode_Position(), MapElements.newPosition(x, y));
		return new Edit(Messages.MapEdits_move, pin, List.of(node), List.of(node));
	}

	/** Gives a pinned node back to automatic layout. */
	public static Command unpin(EditingDomain domain, Node node) {
		if (node.getPosition() == null) {
			return UnexecutableCommand.INSTANCE;
		}
		Command unpin = SetCommand.create(domain, node, MODEL.getNode_Position(), null);
		return new Edit(Messages.MapEdits_unpin, unpin, List.of(node), List.of(node));
	}

	public static Command setText(EditingDomain domain, Node node, String text) {
		Command set = SetCommand.create(domain, node, MODEL.getNode_Text(), text);
		return new Edit(Messages.MapEdits_setText, set, List.of(node), List.of(node));
	}

	/**
	 * Links {@code node} to {@code link}, a claim of another map that states the same ({@code PATH#ID}, see
	 * {@link ClaimLink}). A link that is not of that form, or that the node already has, is refused.
	 */
	public static Command linkEquivalent(EditingDomain domain, Node node, String link) {
		if (ClaimLink.parse(link) == null || node.getEquivalents().contains(link)) {
			return UnexecutableCommand.INSTANCE;
		}
		Command add = AddCommand.create(domain, node, MODEL.getNode_Equivalents(), link);
		return new Edit(Messages.MapEdits_linkEquivalent, add, List.of(node), List.of(node));
	}

	/** Removes the link of {@code node} to the claim of another map {@code link}. */
	public static Command unlinkEquivalent(EditingDomain domain, Node node, String link) {
		if (!node.getEquivalents().contains(link)) {
			return UnexecutableCommand.INSTANCE;
		}
		Command remove = RemoveCommand.create(domain, node, MODEL.getNode_Equivalents(), link);
		return new Edit(Messages.MapEdits_unlinkEquivalent, remove, List.of(node), List.of(node));
	}

	/**
	 * Resolves a conflict a merge left by keeping what the merged map holds, and removes the conflict: our value
	 * where both changed one, the element where one side deleted what the other changed or used. Its label says
	 * which: Keep Our Version, Keep Their Change, Keep Our Change, Keep It (an item of an element counts as the
	 * element).
	 */
	public static Command keepAsMerged(EditingDomain domain, Conflict conflict) {
		if (!(conflict.eContainer() instanceof ArgumentMap map)) {
			return UnexecutableCommand.INSTANCE;
		}
		String label = switch (ConflictShape.of(conflict)) {
			case BOTH_CHANGED, KIND_CHANGED -> Messages.MapEdits_keepOurVersion;
			case WE_DELETED, WE_REMOVED_ITEM -> Messages.MapEdits_keepTheirChange;
			case THEY_DELETED, THEY_REMOVED_ITEM -> Messages.MapEdits_keepOurChange;
			case DELETED_BUT_USED -> Messages.MapEdits_keepUsedElement;
		};
		Command remove = RemoveCommand.create(domain, map, MODEL.getArgumentMap_Conflicts(), conflict);
		return new Edit(label, remove, List.of(map), List.of(conflict));
	}

	/**
	 * Resolves a conflict a merge left the other way from what the merged map holds, and removes the conflict,
	 * in one command: where both sides changed one text or other single value, the element gets their value
	 * (Take Their Version); where the map kept an element one side deleted, it is deleted, with what cannot
	 * stand without it (Keep Our Deletion, Take Their Deletion, Delete It and What Uses It); where it kept an item
	 * of an element (an anchor, a question) that one side removed, the item goes (Keep Our Removal, Take Their
	 * Removal).
	 */
	public static Command takeAlternative(EditingDomain domain, Conflict conflict) {
		if (!(conflict.eContainer() instanceof ArgumentMap map)) {
			return UnexecutableCommand.INSTANCE;
		}
		ConflictShape shape = ConflictShape.of(conflict);
		EObject element = MapMerge.elementOf(map, conflict);
		if (shape.keptADeletedElement()) {
			if (element == null) {
				return UnexecutableCommand.INSTANCE;
			}
			String label = switch (shape) {
				case WE_DELETED -> Messages.MapEdits_keepOurDeletion;
				case THEY_DELETED -> Messages.MapEdits_takeTheirDeletion;
				default -> Messages.MapEdits_deleteUsedElement;
			};
			return new Edit(label, delete(domain, List.of(element, conflict)), List.of(map), List.of(element, conflict));
		}
		EStructuralFeature feature = element == null || conflict.getFeature() == null ? null
				: element.eClass().getEStructuralFeature(conflict.getFeature());
		if (shape == ConflictShape.WE_REMOVED_ITEM || shape == ConflictShape.THEY_REMOVED_ITEM) {
			String label = shape == ConflictShape.WE_REMOVED_ITEM ? Messages.MapEdits_keepOurRemoval
					: Messages.MapEdits_takeTheirRemoval;
			EObject item = MapMerge.itemOf(map, conflict);
			CompoundCommand remove = new CompoundCommand();
			remove.append(RemoveCommand.create(domain, element, feature, item));
			remove.append(RemoveCommand.create(domain, map, MODEL.getArgumentMap_Conflicts(), conflict));
			return new Edit(label, remove, List.of(element), List.of(conflict));
		}
		if (!(feature instanceof EAttribute attribute) || feature.isMany()) {
			return new Edit(Messages.MapEdits_takeTheirVersion, UnexecutableCommand.INSTANCE, List.of(), List.of());
		}
		Object theirs = conflict.getTheirs() == null ? SetCommand.UNSET_VALUE
				: EcoreUtil.createFromString(attribute.getEAttributeType(), conflict.getTheirs());
		CompoundCommand take = new CompoundCommand();
		take.append(SetCommand.create(domain, element, feature, theirs));
		take.append(RemoveCommand.create(domain, map, MODEL.getArgumentMap_Conflicts(), conflict));
		return new Edit(Messages.MapEdits_takeTheirVersion, take, List.of(element), List.of(conflict));
	}

	/**
	 * Makes the open {@code map} equal to {@code newer}, a version of it read from its file after a pull changed
	 * it, as one command: elements kept by id stay the same objects with their changed features set, so the
	 * editor, its selection and the commands before this one on the stack stay valid. Not executable when the
	 * two are the same.
	 */
	public static Command reload(EditingDomain domain, ArgumentMap map, ArgumentMap newer) {
		return new Edit(Messages.MapEdits_reload, MapReplacement.of(domain, map, newer), List.of(), List.of());
	}

	/** Sets an anchor's status, and unsets its confidence, which only a relocation has. */
	private static Command status(EditingDomain domain, TextAnchor anchor, AnchorStatus status) {
		CompoundCommand mark = new CompoundCommand();
		mark.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_Status(), status));
		mark.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_Confidence(), SetCommand.UNSET_VALUE));
		return mark;
	}

	/** {@code confidence} is a {@code Double}, or {@link SetCommand#UNSET_VALUE} for a place not to doubt. */
	private static Command place(String label, EditingDomain domain, TextAnchor anchor, SourceDocument document,
			int start, int end, String exact, String prefix, String suffix, AnchorStatus status, Object confidence) {
		if (document == null || start < 0 || end < start) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand place = new CompoundCommand();
		place.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_Document(), document));
		place.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_Start(), start));
		place.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_End(), end));
		place.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_Exact(), exact));
		place.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_Prefix(), prefix));
		place.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_Suffix(), suffix));
		place.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_Status(), status));
		place.append(SetCommand.create(domain, anchor, MODEL.getTextAnchor_Confidence(), confidence));
		return new Edit(label, place, List.of(anchor), List.of(anchor));
	}

	private static String relateLabel(RelationKind kind) {
		return switch (kind) {
		case SUPPORT -> Messages.MapEdits_support;
		case ATTACK -> Messages.MapEdits_attack;
		case UNDERCUT -> Messages.MapEdits_undercut;
		case ANALOGY -> Messages.MapEdits_analogy;
		case EQUIVALENCE -> Messages.MapEdits_equivalence;
		};
	}

	/** The name of a model class as the edit plugin spells it for users, "Claim", "Rebuttal". */
	private static String typeName(EClass eClass) {
		return ArgmapEditPlugin.INSTANCE.getString("_UI_" + eClass.getName() + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A command under the user's name for it, which selects one set of elements when done, another when undone. */
	private static final class Edit extends CommandWrapper {

		private final Collection<?> done;
		private final Collection<?> undone;
		private boolean executed;

		Edit(String label, Command command, Collection<?> done, Collection<?> undone) {
			super(label, command);
			this.done = List.copyOf(done);
			this.undone = List.copyOf(undone);
		}

		@Override
		public void execute() {
			super.execute();
			executed = true;
		}

		@Override
		public void undo() {
			super.undo();
			executed = false;
		}

		@Override
		public void redo() {
			super.redo();
			executed = true;
		}

		@Override
		public Collection<?> getAffectedObjects() {
			return executed ? done : undone;
		}
	}
}

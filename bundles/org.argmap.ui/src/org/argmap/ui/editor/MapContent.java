package org.argmap.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.argmap.model.Analogy;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * The map as a tree: headings for documents, claims, rebuttals, analogies and relations; under a node its
 * anchors and, for an analogy, its correspondences and critical questions.
 */
public class MapContent implements ITreeContentProvider {

	private static final int EXPANDED_GROUP_LIMIT = 200;
	private static final Claim SAMPLE_CLAIM = ArgmapFactory.eINSTANCE.createClaim();

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof ArgumentMap map)) {
			return new Object[0];
		}
		return new Object[] {
				new MapGroup(Messages.Groups_documents, map, ArgumentMap::getDocuments,
						ArgmapFactory.eINSTANCE.createSourceDocument()),
				new MapGroup(Messages.Groups_claims, map, m -> nodes(m, Claim.class, Rebuttal.class), SAMPLE_CLAIM),
				new MapGroup(Messages.Groups_rebuttals, map, m -> nodes(m, Rebuttal.class, null),
						ArgmapFactory.eINSTANCE.createRebuttal()),
				new MapGroup(Messages.Groups_analogies, map, m -> nodes(m, Analogy.class, null),
						ArgmapFactory.eINSTANCE.createAnalogy()),
				new MapGroup(Messages.Groups_relations, map, ArgumentMap::getRelations,
						ArgmapFactory.eINSTANCE.createRelation()) };
	}

	private static List<Node> nodes(ArgumentMap map, Class<? extends Node> kind, Class<? extends Node> except) {
		List<Node> nodes = new ArrayList<>();
		for (Node node : map.getNodes()) {
			if (kind.isInstance(node) && (except == null || !except.isInstance(node))) {
				nodes.add(node);
			}
		}
		return nodes;
	}

	/**
	 * Shows {@code map} in {@code viewer} (a tree with this content) with its headings open, except those with so
	 * many elements that creating their tree items would hold up the editor's first paint; those open when the
	 * user asks. Nothing happens once the tree is disposed: it is filled after the graph's first paint.
	 */
	public static void show(TreeViewer viewer, ArgumentMap map) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(map);
		for (Object group : ((ITreeContentProvider) viewer.getContentProvider()).getElements(map)) {
			if (((MapGroup) group).elements().apply(((MapGroup) group).map()).size() <= EXPANDED_GROUP_LIMIT) {
				viewer.setExpandedState(group, true);
			}
		}
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof MapGroup group) {
			// in the order of the file, so that reopening a map shows its outline as it was
			return MapStore.inFileOrder(group.elements().apply(group.map())).toArray();
		}
		if (parent instanceof Node node) {
			List<Object> children = new ArrayList<>(node.getAnchors());
			if (node instanceof Analogy analogy) {
				children.addAll(analogy.getCorrespondences());
				children.addAll(analogy.getCriticalQuestions());
			}
			return children.toArray();
		}
		return new Object[0];
	}

	/** Parents let the viewers reveal an element whose heading is still closed (selection from the graph). */
	@Override
	public Object getParent(Object element) {
		if (!(element instanceof EObject object) || object.eContainer() == null) {
			return null;
		}
		if (!(object.eContainer() instanceof ArgumentMap map)) {
			return object.eContainer();
		}
		Object[] groups = getElements(map);
		if (element instanceof SourceDocument) {
			return groups[0];
		}
		if (element instanceof Relation) {
			return groups[4];
		}
		if (element instanceof Analogy) {
			return groups[3];
		}
		return element instanceof Rebuttal ? groups[2] : groups[1];
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof MapGroup group) {
			return !group.elements().apply(group.map()).isEmpty(); // without sorting them
		}
		return getChildren(element).length > 0;
	}
}

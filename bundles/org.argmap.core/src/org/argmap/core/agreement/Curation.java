package org.argmap.core.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.argmap.model.Analogy;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Ids;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEdits;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Building one gold map from several annotators' maps. The curated map starts as a copy of the first annotator's
 * map; each disagreement is then settled by accepting one annotator's side, as one undoable command: that
 * annotator's node takes the place of the curated node on the passage (relations follow it), or, where the
 * annotator marked nothing there, the curated node goes with its relations. Every element of the curated map
 * records in {@code annotator} whose map it came from.
 */
public final class Curation {

	private final List<Annotator> annotators;
	private final ArgumentMap map;
	/** The curated map's documents by the hash every annotator's copy shares. */
	private final Map<String, SourceDocument> documents = new HashMap<>();

	private Curation(List<Annotator> annotators, ArgumentMap map) {
		this.annotators = annotators;
		this.map = map;
		map.getDocuments().forEach(document -> documents.put(MapAgreement.hashOf(document), document));
	}

	/** A curated map to settle, copied from the first annotator's map. */
	public static Curation start(List<Annotator> annotators, String title) {
		ArgumentMap map = EcoreUtil.copy(annotators.get(0).map());
		map.setTitle(title);
		String first = annotators.get(0).name();
		map.eAllContents().forEachRemaining(element -> {
			if (element instanceof ArgumentElement argument) {
				argument.setAnnotator(first);
			}
		});
		return new Curation(annotators, map);
	}

	public ArgumentMap map() {
		return map;
	}

	/**
	 * Settles {@code disagreement} as annotator {@code annotator} saw it; unexecutable when the curated map
	 * already says the same. Where their node is no analogy but takes the place of one, the relations that argue by
	 * that analogy go too (with the undercuts on them): only an analogy can argue by analogy, so they would leave
	 * the map invalid.
	 */
	public Command accept(EditingDomain domain, MatchedPassages disagreement, int annotator) {
		List<Node> standing = standingFor(disagreement);
		Passage taken = disagreement.of(annotator);
		if (taken == null) {
			return standing.isEmpty() ? UnexecutableCommand.INSTANCE : MapEdits.delete(domain, standing);
		}
		Node copy = copyOf(taken.node(), annotators.get(annotator).name(), standing);
		if (standing.isEmpty()) {
			return MapEdits.createNode(domain, map, copy);
		}
		Command replace = MapEdits.replaceNode(domain, standing.get(0), copy);
		List<Relation> lost = analogiesLost(standing.get(0), copy);
		if (standing.size() == 1 && lost.isEmpty()) {
			return replace;
		}
		CompoundCommand settle = new CompoundCommand(0, replace.getLabel());
		settle.append(replace);
		if (standing.size() > 1) {
			settle.append(MapEdits.delete(domain, standing.subList(1, standing.size())));
		}
		if (!lost.isEmpty()) {
			settle.append(MapEdits.delete(domain, lost));
		}
		return settle;
	}

	/**
	 * The relations that accepting {@code annotator}'s side of {@code disagreement} removes besides nodes: those
	 * arguing by an analogy that their node, no analogy, replaces.
	 */
	public List<Relation> relationsLost(MatchedPassages disagreement, int annotator) {
		List<Node> standing = standingFor(disagreement);
		Passage taken = disagreement.of(annotator);
		return taken == null || standing.isEmpty() ? List.of() : analogiesLost(standing.get(0), taken.node());
	}

	private List<Relation> analogiesLost(Node replaced, Node replacement) {
		if (!(replaced instanceof Analogy) || replacement instanceof Analogy) {
			return List.of();
		}
		return map.getRelations().stream()
				.filter(relation -> relation.getKind() == RelationKind.ANALOGY && relation.getSources().contains(replaced))
				.toList();
	}

	/** Curated nodes with a passage that is the disagreement's passage by the matching rule. */
	private List<Node> standingFor(MatchedPassages disagreement) {
		SourceDocument document = documents.get(disagreement.document().sha256());
		List<Node> standing = new ArrayList<>();
		for (Node node : map.getNodes()) {
			for (TextAnchor anchor : node.getAnchors()) {
				if (anchor.getDocument() == document && matches(anchor, disagreement) && !standing.contains(node)) {
					standing.add(node);
				}
			}
		}
		return standing;
	}

	private static boolean matches(TextAnchor anchor, MatchedPassages disagreement) {
		for (Passage passage : disagreement.byAnnotator()) {
			if (passage != null) {
				int overlap = Math.min(anchor.getEnd(), passage.end()) - Math.max(anchor.getStart(), passage.start());
				if (overlap > 0 && 2 * overlap >= Math.max(anchor.getEnd() - anchor.getStart(), passage.length())) {
					return true;
				}
			}
		}
		return false;
	}

	/** The ids of the curated map's nodes and relations, but those {@code leaving}: a copy must not take them. */
	private Set<String> usedIds(List<Node> leaving) {
		Set<String> ids = new HashSet<>();
		map.getNodes().stream().filter(node -> !leaving.contains(node)).forEach(node -> ids.add(node.getId()));
		map.getRelations().forEach(relation -> ids.add(relation.getId()));
		return ids;
	}

	/** The node with its anchors moved onto the curated map's copies of their documents. */
	private Node copyOf(Node node, String annotator, List<Node> leaving) {
		Node copy = EcoreUtil.copy(node);
		copy.setAnnotator(annotator);
		if (usedIds(leaving).contains(copy.getId())) {
			copy.setId(Ids.newId(node.eClass().getName().substring(0, 1).toLowerCase(Locale.ROOT)));
		}
		copy.setPosition(null);
		for (TextAnchor anchor : copy.getAnchors()) {
			anchor.setDocument(documents.get(MapAgreement.hashOf(anchor.getDocument())));
		}
		copy.getAnchors().removeIf(anchor -> anchor.getDocument() == null);
		return copy;
	}
}

package org.argmap.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.argmap.core.agreement.AgreementReport.PairAgreement;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentElement;
import org.argmap.model.Correspondence;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;

/**
 * Relations and analogies of one annotator (the reference) against another's. The other's nodes are first
 * matched to the reference's: nodes that share the most matched passages, one to one, and nodes without a
 * passage (implicit premises) by their text, ignoring case and spacing. A relation is then compared line by
 * line, one line from each premise to what the relation bears on; an undercut bears on the inference it attacks,
 * named by that inference's premises and conclusion.
 */
final class PairComparison {

	/** A relation line in the reference's terms: nodes the reference lacks stay the other's own nodes. */
	private record Line(Object source, Object target) {
	}

	/** An inference as the target of an undercut. */
	private record Inference(Set<Object> premises, Object conclusion) {
	}

	private final int reference;
	private final int other;
	private final List<Annotator> annotators;
	private final List<MatchedPassages> matched;
	/** The other annotator's nodes matched to the reference's. */
	private final Map<Node, Node> toReference = new HashMap<>();

	PairComparison(List<Annotator> annotators, int reference, int other, List<MatchedPassages> matched) {
		this.annotators = annotators;
		this.reference = reference;
		this.other = other;
		this.matched = matched;
	}

	PairAgreement compare() {
		matchNodes();
		Map<Line, Relation> referenceLines = lines(reference);
		Map<Line, Relation> otherLines = lines(other);
		CodingAnnotationStudy kinds = new CodingAnnotationStudy(2);
		CodingAnnotationStudy grouping = new CodingAnnotationStudy(2);
		int undercutsBoth = 0;
		for (Map.Entry<Line, Relation> entry : referenceLines.entrySet()) {
			Relation theirs = otherLines.get(entry.getKey());
			if (theirs == null) {
				continue;
			}
			Relation ours = entry.getValue();
			kinds.addItem(ours.getKind().getLiteral(), theirs.getKind().getLiteral());
			if (ours.getSources().size() > 1 || theirs.getSources().size() > 1) {
				grouping.addItem(coPremises(ours, entry.getKey().source()), coPremises(theirs, entry.getKey().source()));
			}
			undercutsBoth += ours.getKind() == RelationKind.UNDERCUT && theirs.getKind() == RelationKind.UNDERCUT ? 1 : 0;
		}
		Scores relations = new Scores(referenceLines.size(), otherLines.size(), kinds.getItemCount());
		Scores undercuts = new Scores(undercutCount(referenceLines), undercutCount(otherLines), undercutsBoth);
		double kappa = Coefficients.chanceCorrected(kinds, CohenKappaAgreement::new);
		double observed = Coefficients.observed(kinds);
		double linked = Coefficients.observed(grouping);

		int analogies = 0;
		int casesAgreed = 0;
		int referenceCorrespondences = 0;
		int otherCorrespondences = 0;
		int commonCorrespondences = 0;
		for (Map.Entry<Node, Node> pair : toReference.entrySet()) {
			if (pair.getKey() instanceof Analogy theirs && pair.getValue() instanceof Analogy ours) {
				analogies++;
				casesAgreed += same(ours.getSourceCase(), theirs.getSourceCase())
						&& same(ours.getTargetCase(), theirs.getTargetCase()) ? 1 : 0;
				Set<List<String>> ourAspects = aspects(ours);
				Set<List<String>> theirAspects = aspects(theirs);
				referenceCorrespondences += ourAspects.size();
				otherCorrespondences += theirAspects.size();
				theirAspects.retainAll(ourAspects);
				commonCorrespondences += theirAspects.size();
			}
		}
		return new PairAgreement(reference, other, toReference.size(), relations, kappa, observed,
				grouping.getItemCount(), linked, undercuts, analogies, casesAgreed,
				new Scores(referenceCorrespondences, otherCorrespondences, commonCorrespondences));
	}

	private void matchNodes() {
		record Shared(Node ours, Node theirs, int passages) {
		}
		Map<List<Node>, Integer> counts = new LinkedHashMap<>();
		for (MatchedPassages group : matched) {
			Passage ours = group.of(reference);
			Passage theirs = group.of(other);
			if (ours != null && theirs != null) {
				counts.merge(List.of(ours.node(), theirs.node()), 1, Integer::sum);
			}
		}
		List<Shared> candidates = new ArrayList<>();
		counts.forEach((nodes, count) -> candidates.add(new Shared(nodes.get(0), nodes.get(1), count)));
		candidates.sort(Comparator.comparingInt(Shared::passages).reversed());
		Set<Node> taken = new HashSet<>();
		for (Shared candidate : candidates) {
			if (!toReference.containsKey(candidate.theirs()) && taken.add(candidate.ours())) {
				toReference.put(candidate.theirs(), candidate.ours());
			}
		}
		Map<String, Node> unanchored = new HashMap<>();
		for (Node ours : annotators.get(reference).map().getNodes()) {
			if (ours.getAnchors().isEmpty() && !taken.contains(ours) && !normal(ours.getText()).isEmpty()) {
				unanchored.putIfAbsent(normal(ours.getText()), ours);
			}
		}
		for (Node theirs : annotators.get(other).map().getNodes()) {
			if (theirs.getAnchors().isEmpty() && !normal(theirs.getText()).isEmpty()) {
				Node ours = unanchored.remove(normal(theirs.getText()));
				if (ours != null) {
					toReference.put(theirs, ours);
				}
			}
		}
	}

	private Map<Line, Relation> lines(int annotator) {
		Map<Line, Relation> lines = new HashMap<>();
		for (Relation relation : annotators.get(annotator).map().getRelations()) {
			Object target = key(relation.getTarget());
			for (Node source : relation.getSources()) {
				lines.putIfAbsent(new Line(key(source), target), relation);
			}
		}
		return lines;
	}

	/** An element in the reference's terms. */
	private Object key(ArgumentElement element) {
		return key(element, new HashSet<>());
	}

	/** @param inferences those already named on the way, so that undercuts attacking each other end */
	private Object key(ArgumentElement element, Set<Relation> inferences) {
		if (element instanceof Relation inference && inferences.add(inference)) {
			Set<Object> premises = new HashSet<>();
			inference.getSources().forEach(premise -> premises.add(key(premise, inferences)));
			return new Inference(premises, key(inference.getTarget(), inferences));
		}
		return element instanceof Node node ? toReference.getOrDefault(node, node) : element;
	}

	/** The premises a line's premise is linked with, in the reference's terms. */
	private Set<Object> coPremises(Relation relation, Object premise) {
		Set<Object> partners = new HashSet<>();
		relation.getSources().forEach(source -> partners.add(key(source)));
		partners.remove(premise);
		return partners;
	}

	private static int undercutCount(Map<Line, Relation> lines) {
		return (int) lines.values().stream().filter(relation -> relation.getKind() == RelationKind.UNDERCUT).count();
	}

	private static Set<List<String>> aspects(Analogy analogy) {
		Set<List<String>> aspects = new HashSet<>();
		for (Correspondence correspondence : analogy.getCorrespondences()) {
			aspects.add(List.of(normal(correspondence.getSourceAspect()), normal(correspondence.getTargetAspect())));
		}
		return aspects;
	}

	private static boolean same(String one, String another) {
		return normal(one).equals(normal(another));
	}

	private static String normal(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

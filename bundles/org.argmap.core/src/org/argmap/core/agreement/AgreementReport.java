package org.argmap.core.agreement;

import java.util.List;
import java.util.Map;

/**
 * Agreement between annotators on the documents their maps share. Coefficients are NaN where there was
 * nothing to compare (no passages of a kind, no relation both made).
 *
 * @param annotators     the annotators' names, in study order
 * @param documents      unitizing agreement per shared document
 * @param alphaU         Krippendorff's unitizing alpha over all shared documents, as one continuum
 * @param alphaUByKind   the same for each node kind alone
 * @param kinds          agreement on the kind of matched passages
 * @param pairs          relations and analogies, for every pair of annotators
 * @param confusion      how often one annotator's kind met another's on matched passages, summed over all pairs
 *                       of annotators (see {@link #confusionIndex(NodeKind)})
 * @param passages       every passage, matched across annotators, in document and text order
 * @param disagreements  the passages annotators disagreed on most, at most ten
 * @param notShared      documents that not every map holds, left out
 */
public record AgreementReport(List<String> annotators, List<DocumentAgreement> documents, double alphaU,
		Map<NodeKind, Double> alphaUByKind, KindAgreement kinds, List<PairAgreement> pairs, int[][] confusion,
		List<MatchedPassages> passages, List<MatchedPassages> disagreements, List<String> notShared) {

	/**
	 * @param passages passages each annotator marked in the document
	 */
	public record DocumentAgreement(SharedDocument document, int[] passages, double alphaU) {
	}

	/**
	 * @param items         groups of matched passages marked by at least two annotators
	 * @param completeItems those marked by every annotator: the items of the kappa
	 * @param alpha         Krippendorff's alpha (nominal) over {@code items}, missing annotations allowed
	 * @param kappa         Cohen's kappa for two annotators, Fleiss' kappa for more, over {@code completeItems}
	 * @param observed      share of {@code completeItems} all annotators gave the same kind
	 */
	public record KindAgreement(int items, int completeItems, double alpha, double kappa, String kappaName,
			double observed) {
	}

	/**
	 * One annotator (the reference) against another, on the nodes matched between their maps.
	 *
	 * @param matchedNodes          nodes of the two maps taken to be the same node
	 * @param relations             relation lines (premise to what it bears on), kind ignored
	 * @param relationKindKappa     Cohen's kappa on the kind of the lines both drew
	 * @param relationKindObserved  share of the lines both drew that have the same kind
	 * @param linkedItems           lines both drew where at least one made the premise a linked premise
	 * @param linkedObserved        share of those where both grouped it with the same co-premises
	 * @param undercuts             undercut lines only
	 * @param analogies             analogies both made on the same passage
	 * @param casesAgreed           of those, how many name the same source and target case
	 * @param correspondences       correspondences of those analogies
	 */
	public record PairAgreement(int reference, int other, int matchedNodes, Scores relations,
			double relationKindKappa, double relationKindObserved, int linkedItems, double linkedObserved,
			Scores undercuts, int analogies, int casesAgreed, Scores correspondences) {
	}

	/** The row or column of the confusion matrix for a kind; null stands for "no passage here". */
	public static int confusionIndex(NodeKind kind) {
		return kind == null ? NodeKind.values().length : kind.ordinal();
	}
}

package org.argmap.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.argmap.core.agreement.AgreementReport.DocumentAgreement;
import org.argmap.core.agreement.AgreementReport.KindAgreement;
import org.argmap.core.text.DocumentText;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.validation.DocumentTexts;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Measures how far annotators agree on the documents their maps share. This class only maps the maps onto
 * DKPro Agreement's unitizing and coding studies; DKPro computes every coefficient.
 * <ul>
 * <li>Passages: one unitizing study per document (the continuum is the document's text, the categories the
 * node kinds) and one over all documents laid end to end.</li>
 * <li>Kinds: a coding study whose items are the passages matched across annotators ({@link PassageMatching}).</li>
 * <li>Relations and analogies: per pair of annotators, on the nodes matched through their passages
 * ({@link PairComparison}).</li>
 * </ul>
 * Orphaned anchors are left out: their offsets no longer point at the passage.
 */
public final class MapAgreement {

	private static final int LARGEST_DISAGREEMENTS = 10;

	private MapAgreement() {
	}

	/**
	 * Measures without reporting progress, as the command line does.
	 *
	 * @param texts where a document's text comes from when the map holds no snapshot of it; only its length is
	 *              used
	 */
	public static AgreementReport of(List<Annotator> annotators, DocumentTexts texts) {
		return of(annotators, texts, null);
	}

	/**
	 * @param texts   where a document's text comes from when the map holds no snapshot of it; only its length is
	 *                used
	 * @param monitor told of each document and pair of annotators measured, and asked between them whether to
	 *                stop; may be null
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public static AgreementReport of(List<Annotator> annotators, DocumentTexts texts, IProgressMonitor monitor) {
		if (annotators.size() < 2) {
			throw new IllegalArgumentException("agreement needs at least two annotators"); //$NON-NLS-1$
		}
		int count = annotators.size();
		List<String> notShared = new ArrayList<>();
		List<SharedDocument> documents = sharedDocuments(annotators, texts, notShared);

		Map<SourceDocument, SharedDocument> shared = new HashMap<>();
		documents.forEach(document -> document.byAnnotator().forEach(own -> shared.put(own, document)));
		Map<SharedDocument, List<Passage>> passages = new LinkedHashMap<>();
		documents.forEach(document -> passages.put(document, new ArrayList<>()));
		for (int a = 0; a < count; a++) {
			for (Node node : annotators.get(a).map().getNodes()) {
				for (TextAnchor anchor : node.getAnchors()) {
					SharedDocument document = shared.get(anchor.getDocument());
					if (document == null || anchor.getStatus() == AnchorStatus.ORPHANED) {
						continue;
					}
					int start = Math.clamp(anchor.getStart(), 0, document.length());
					int end = Math.clamp(anchor.getEnd(), start, document.length());
					if (end > start) {
						passages.get(document).add(new Passage(a, node, anchor, start, end));
					}
				}
			}
		}

		int pairCount = count * (count - 1) / 2;
		SubMonitor progress = SubMonitor.convert(monitor, documents.size() + 1 + pairCount);
		List<DocumentAgreement> perDocument = new ArrayList<>();
		UnitizingAnnotationStudy whole = new UnitizingAnnotationStudy(count, 0,
				Math.max(1, documents.stream().mapToLong(SharedDocument::length).sum()));
		long offset = 0;
		List<MatchedPassages> matched = new ArrayList<>();
		for (SharedDocument document : documents) {
			progress.split(1);
			List<Passage> own = passages.get(document);
			UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(count, 0, Math.max(1, document.length()));
			Units.add(own, study, 0);
			Units.add(own, whole, offset);
			offset += document.length();
			int[] marked = new int[count];
			own.forEach(passage -> marked[passage.annotator()]++);
			perDocument.add(new DocumentAgreement(document, marked, unitizingAlpha(study)));
			matched.addAll(PassageMatching.match(document, own, count));
		}
		progress.split(1);
		UnitizingAlpha wholeAlpha = new UnitizingAlpha(whole);
		Map<NodeKind, Double> byKind = new EnumMap<>(NodeKind.class);
		for (NodeKind kind : NodeKind.values()) {
			if (passages.values().stream().flatMap(List::stream).anyMatch(passage -> passage.kind() == kind)) {
				byKind.put(kind, wholeAlpha.calculateCategoryAgreement(kind.word()));
			}
		}
		double overall = whole.getUnitCount() == 0 ? Double.NaN : wholeAlpha.calculateAgreement();

		List<AgreementReport.PairAgreement> pairs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			for (int j = i + 1; j < count; j++) {
				progress.split(1);
				pairs.add(new PairComparison(annotators, i, j, matched).compare());
			}
		}
		List<MatchedPassages> disagreements = matched.stream().filter(group -> group.disagreeingPairs() > 0)
				.sorted(Comparator.comparingInt(MatchedPassages::disagreeingPairs).reversed()
						.thenComparing(Comparator.comparingInt((MatchedPassages group) -> group.end() - group.start())
								.reversed()))
				.limit(LARGEST_DISAGREEMENTS).toList();
		return new AgreementReport(annotators.stream().map(Annotator::name).toList(), perDocument,
				overall, byKind, kinds(matched, count), pairs, confusion(matched, count), matched, disagreements,
				notShared);
	}

	/** The documents every map holds, in the first map's order, matched by the SHA-256 of their text. */
	private static List<SharedDocument> sharedDocuments(List<Annotator> annotators, DocumentTexts texts,
			List<String> notShared) {
		List<Map<String, SourceDocument>> byHash = new ArrayList<>();
		for (Annotator annotator : annotators) {
			Map<String, SourceDocument> own = new LinkedHashMap<>();
			for (SourceDocument document : annotator.map().getDocuments()) {
				String hash = hashOf(document);
				if (hash != null) {
					own.putIfAbsent(hash, document);
				} else {
					notShared.add(annotator.name() + ": " + document.getTitle()); //$NON-NLS-1$
				}
			}
			byHash.add(own);
		}
		List<SharedDocument> shared = new ArrayList<>();
		for (int a = 0; a < byHash.size(); a++) {
			for (Map.Entry<String, SourceDocument> entry : byHash.get(a).entrySet()) {
				boolean everywhere = byHash.stream().allMatch(own -> own.containsKey(entry.getKey()));
				if (!everywhere) {
					notShared.add(annotators.get(a).name() + ": " + entry.getValue().getTitle()); //$NON-NLS-1$
				} else if (a == 0) {
					List<SourceDocument> copies = byHash.stream().map(own -> own.get(entry.getKey())).toList();
					shared.add(new SharedDocument(entry.getKey(), entry.getValue().getTitle(), lengthOf(copies, texts),
							copies));
				}
			}
		}
		return shared;
	}

	/** The SHA-256 a document is matched by: the stored one, else that of its snapshot; null without either. */
	static String hashOf(SourceDocument document) {
		if (document.getSha256() != null && !document.getSha256().isBlank()) {
			return document.getSha256();
		}
		return document.getSnapshot() == null ? null : DocumentText.sha256(document.getSnapshot());
	}

	/** The text's length; without any text, the end of the last passage marked in it. */
	private static int lengthOf(List<SourceDocument> copies, DocumentTexts texts) {
		for (SourceDocument copy : copies) {
			String text = copy.getSnapshot() != null ? copy.getSnapshot() : texts.textOf(copy).orElse(null);
			if (text != null) {
				return text.length();
			}
		}
		return copies.stream().mapToInt(MapAgreement::lastAnchorEnd).max().orElse(0);
	}

	private static int lastAnchorEnd(SourceDocument document) {
		if (!(document.eContainer() instanceof ArgumentMap map)) {
			return 0;
		}
		return map.getNodes().stream().flatMap(node -> node.getAnchors().stream())
				.filter(anchor -> anchor.getDocument() == document).mapToInt(TextAnchor::getEnd).max().orElse(0);
	}

	private static double unitizingAlpha(UnitizingAnnotationStudy study) {
		return study.getUnitCount() == 0 ? Double.NaN : new UnitizingAlpha(study).calculateAgreement();
	}

	private static KindAgreement kinds(List<MatchedPassages> matched, int count) {
		CodingAnnotationStudy all = new CodingAnnotationStudy(count);
		CodingAnnotationStudy complete = new CodingAnnotationStudy(count);
		for (MatchedPassages group : matched) {
			Object[] words = new Object[count];
			int marked = 0;
			for (int a = 0; a < count; a++) {
				Passage passage = group.of(a);
				words[a] = passage == null ? null : passage.kind().word();
				marked += passage == null ? 0 : 1;
			}
			if (marked >= 2) {
				all.addItemAsArray(words);
			}
			if (marked == count) {
				complete.addItemAsArray(words);
			}
		}
		double alpha = Coefficients.chanceCorrected(all,
				study -> new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()));
		String kappaName = count == 2 ? "Cohen's kappa" : "Fleiss' kappa"; //$NON-NLS-1$ //$NON-NLS-2$
		double kappa = Coefficients.chanceCorrected(complete,
				count == 2 ? CohenKappaAgreement::new : FleissKappaAgreement::new);
		double observed = Coefficients.observed(complete);
		return new KindAgreement(all.getItemCount(), complete.getItemCount(), alpha, kappa, kappaName, observed);
	}

	private static int[][] confusion(List<MatchedPassages> matched, int count) {
		int size = NodeKind.values().length + 1;
		int[][] confusion = new int[size][size];
		for (MatchedPassages group : matched) {
			NodeKind[] kinds = group.kinds();
			for (int i = 0; i < count; i++) {
				for (int j = i + 1; j < count; j++) {
					if (kinds[i] != null || kinds[j] != null) {
						confusion[AgreementReport.confusionIndex(kinds[i])][AgreementReport.confusionIndex(kinds[j])]++;
					}
				}
			}
		}
		return confusion;
	}
}

package org.argmap.core.anchoring;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.argmap.model.AnchorStatus;
import org.argmap.model.TextAnchor;
import org.eclipse.osgi.util.NLS;

/**
 * Finds where anchors belong in a document's current text. For each anchor: every exact occurrence of its
 * quote, scored by how well the surrounding text matches its prefix and suffix and how near it lies to its
 * old place shifted as the anchors before it shifted; failing that, approximate matches with a bounded
 * number of errors, scored the same way. When two places score nearly the same the anchor is
 * orphaned as ambiguous with both places as candidates: it is never guessed onto the wrong text.
 */
public final class Reanchorer {

	/** Two places whose scores differ by less than this are indistinguishable. */
	static final double AMBIGUITY_MARGIN = 0.05;
	/** A quote shorter than this is too common to trust without its context. */
	static final int DISTINCTIVE_QUOTE = 16;
	/** Context agreement (0..1) below which a short or approximate quote is not trusted. */
	static final double MIN_CONTEXT = 0.5;
	/** At most this share of a quote's characters may differ in an approximate match. */
	static final double MAX_ERROR_RATE = 0.2;
	/** A quote found more often than this is orphaned: the text is too repetitive to tell places apart. */
	private static final int MAX_OCCURRENCES = 2000;
	/** Pieces of a quote that seed approximate matches are at least this long, so they are rare in prose. */
	private static final int MIN_SEED = 8;
	/** A seed found more often than this does not point at one passage and is skipped. */
	private static final int MAX_SEED_OCCURRENCES = 50;

	private final String text;
	private final TextIndex index;
	/** How far the last placed anchor moved; the next one most likely moved as far. */
	private int shift;

	private Reanchorer(String text) {
		this.text = text;
		this.index = new TextIndex(text);
	}

	/** Outcomes for {@code anchors} (all on one document) in {@code text}, in the order given. */
	public static List<AnchorOutcome> reanchor(List<TextAnchor> anchors, String text) {
		Reanchorer reanchorer = new Reanchorer(text);
		List<TextAnchor> byPosition = new ArrayList<>(anchors);
		byPosition.sort(Comparator.comparingInt(TextAnchor::getStart));
		Map<TextAnchor, AnchorOutcome> outcomes = new IdentityHashMap<>();
		for (TextAnchor anchor : byPosition) {
			outcomes.put(anchor, reanchorer.place(anchor));
		}
		return anchors.stream().map(outcomes::get).toList();
	}

	private AnchorOutcome place(TextAnchor anchor) {
		String quote = anchor.getExact();
		if (quote == null || quote.isEmpty()) {
			return orphaned(anchor, Messages.Reanchor_noQuote, List.of());
		}
		// Even an anchor whose text is still in place is checked against every other occurrence of its
		// quote: a duplicated paragraph must make it ambiguous, not silently keep one copy.
		List<Place> places = exactPlaces(anchor);
		if (!places.isEmpty()) {
			return choose(anchor, places, false);
		}
		places = approximatePlaces(anchor);
		if (!places.isEmpty()) {
			return choose(anchor, places, true);
		}
		return orphaned(anchor, Messages.Reanchor_notFound, List.of());
	}

	/** A candidate place and how well it fits. */
	private record Place(int start, int end, double quoteSimilarity, double context, double score) {
	}

	private List<Place> exactPlaces(TextAnchor anchor) {
		String quote = anchor.getExact();
		List<Place> places = new ArrayList<>();
		for (int at : index.occurrences(quote, MAX_OCCURRENCES)) {
			places.add(scored(anchor, at, at + quote.length(), 1.0));
		}
		return places;
	}

	/**
	 * Approximate matches with at most {@code MAX_ERROR_RATE} of the quote's length in edits. By pigeonhole, a
	 * match with k errors leaves one of k+1 pieces of the quote intact, so exact hits of the pieces seed the
	 * windows in which the edit distance is computed. Pieces are at least {@code MIN_SEED} long, and only
	 * windows that at least half the pieces agree on are aligned: a passage rewritten more heavily than that is
	 * orphaned rather than searched for.
	 */
	private List<Place> approximatePlaces(TextAnchor anchor) {
		String quote = anchor.getExact();
		int maxErrors = Math.max(1, (int) (quote.length() * MAX_ERROR_RATE));
		int pieces = Math.min(maxErrors + 1, Math.max(1, quote.length() / MIN_SEED));
		int pieceLength = quote.length() / pieces;
		// Each intact piece votes for where the quote would start; edits shift that by at most maxErrors,
		// so votes are counted in buckets of that width and their neighbours.
		int bucketWidth = maxErrors + 1;
		Map<Integer, Integer> votes = new HashMap<>();
		for (int piece = 0; piece < pieces; piece++) {
			String seed = quote.substring(piece * pieceLength, (piece + 1) * pieceLength);
			for (int at : index.occurrences(seed, MAX_SEED_OCCURRENCES)) {
				votes.merge(Math.max(0, at - piece * pieceLength) / bucketWidth, 1, Integer::sum);
			}
		}
		int minVotes = Math.max(1, pieces / 2);
		List<Place> places = new ArrayList<>();
		BitSet aligned = new BitSet();
		for (int bucket : votes.keySet().stream().sorted().toList()) {
			int support = votes.get(bucket) + votes.getOrDefault(bucket - 1, 0) + votes.getOrDefault(bucket + 1, 0);
			if (support < minVotes || aligned.get(bucket)) {
				continue;
			}
			aligned.set(Math.max(0, bucket - 1), bucket + 2);
			int windowStart = Math.max(0, (bucket - 1) * bucketWidth - maxErrors);
			int windowEnd = Math.min(text.length(), (bucket + 2) * bucketWidth + quote.length() + maxErrors);
			Alignment alignment = Alignment.best(quote, text, windowStart, windowEnd);
			if (alignment.distance() <= maxErrors) {
				places.add(scored(anchor, alignment.start(), alignment.end(),
						1.0 - (double) alignment.distance() / quote.length()));
			}
		}
		return places;
	}

	private Place scored(TextAnchor anchor, int start, int end, double quoteSimilarity) {
		double prefix = Similarity.ofSuffixes(nullToEmpty(anchor.getPrefix()), TextAnchors.prefix(text, start));
		double suffix = Similarity.ofPrefixes(nullToEmpty(anchor.getSuffix()), TextAnchors.suffix(text, end));
		double context = (prefix + suffix) / 2;
		int expected = anchor.getStart() + shift;
		double nearness = 1.0 - Math.min(1.0, Math.abs(start - expected) / (double) Math.max(1, text.length()));
		double score = 0.5 * quoteSimilarity + 0.4 * context + 0.1 * nearness;
		return new Place(start, end, quoteSimilarity, context, score);
	}

	private AnchorOutcome choose(TextAnchor anchor, List<Place> places, boolean approximate) {
		places.sort(Comparator.comparingDouble(Place::score).reversed());
		Place best = places.get(0);
		List<Place> rivals = places.stream().filter(place -> place.start() != best.start()
				&& best.score() - place.score() < AMBIGUITY_MARGIN).toList();
		if (!rivals.isEmpty()) {
			List<Integer> candidates = new ArrayList<>();
			candidates.add(best.start());
			rivals.forEach(rival -> candidates.add(rival.start()));
			return orphaned(anchor, NLS.bind(Messages.Reanchor_ambiguous, candidates.size()), candidates);
		}
		boolean trusted = approximate ? best.quoteSimilarity() >= 0.9 || best.context() >= MIN_CONTEXT
				: anchor.getExact().length() >= DISTINCTIVE_QUOTE || best.context() >= MIN_CONTEXT;
		if (!trusted) {
			return orphaned(anchor, approximate ? Messages.Reanchor_weakApproximate : Messages.Reanchor_weakContext,
					List.of(best.start()));
		}
		String how = approximate
				? NLS.bind(Messages.Reanchor_approximate, Math.round((1 - best.quoteSimilarity()) * anchor.getExact().length()))
				: movedBy(best.start() - anchor.getStart());
		return placed(anchor, best.start(), best.end(), how);
	}

	private AnchorOutcome placed(TextAnchor anchor, int start, int end, String how) {
		shift = start - anchor.getStart();
		String exact = text.substring(start, end);
		boolean same = start == anchor.getStart() && end == anchor.getEnd() && exact.equals(anchor.getExact());
		return new AnchorOutcome(anchor, same ? AnchorStatus.ANCHORED : AnchorStatus.RELOCATED, start, end, exact,
				same ? "" : how, List.of()); //$NON-NLS-1$
	}

	private static AnchorOutcome orphaned(TextAnchor anchor, String reason, List<Integer> candidates) {
		return new AnchorOutcome(anchor, AnchorStatus.ORPHANED, anchor.getStart(), anchor.getEnd(), anchor.getExact(),
				reason, candidates);
	}

	private static String movedBy(int characters) {
		return NLS.bind(Messages.Reanchor_moved, characters > 0 ? "+" + characters : String.valueOf(characters)); //$NON-NLS-1$
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}

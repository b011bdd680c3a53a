package org.argmap.core.anchoring;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.argmap.model.AnchorStatus;
import org.argmap.model.TextAnchor;
import org.eclipse.osgi.util.NLS;

/**
 * Finds where anchors belong in a document's current text when the text they were made on is not known.
 * For each anchor, candidate places compete on one score: how alike the quote is there, how well the text
 * around it matches the recorded prefix and suffix, and how near it lies to where the anchor is expected
 * (its old place shifted as the anchors before it shifted). Exact occurrences of the quote are candidates,
 * and unless one of them sits at the expected place in its old context, so are approximate matches (up to
 * half the quote's characters changed, as Hypothesis allows): an edited original that context and position
 * identify beats an untouched copy elsewhere. An anchor is placed only when its best place beats every other
 * place clearly and the evidence for it is strong enough; otherwise it is orphaned with the reason. It is
 * never guessed onto the wrong text.
 */
public final class Reanchorer {

	/** Two places whose scores differ by less than this are indistinguishable. */
	static final double AMBIGUITY_MARGIN = 0.05;
	/** A quote shorter than this is too common to trust without its context. */
	static final int DISTINCTIVE_QUOTE = 16;
	/** Context agreement (0..1) below which a short quote, or a place far from the expected one, is not trusted. */
	static final double MIN_CONTEXT = 0.6;
	/** At most this share of a quote's characters may differ in an approximate match (Hypothesis: half). */
	static final double MAX_ERROR_RATE = 0.5;
	/**
	 * Quote similarity plus context agreement (plus {@link #NEAR_EVIDENCE} near the expected place) an approximate
	 * match needs: far off, a quote changed by a tenth needs half its context, one changed by 40% all of it.
	 */
	private static final double MIN_EVIDENCE = 1.4;
	/**
	 * The expected place is only a guess from how far the anchor before moved: the edits in between may have moved
	 * this one that much more. Places this near to it are all equally near.
	 */
	private static final int UNCERTAIN = 128;
	/** An approximate match keeps at least this much of the quote: below, it fits unrelated text too often. */
	private static final double MIN_SIMILARITY = 0.6;
	/** What being within {@value #NEAR} characters of the expected place adds to an approximate match's evidence. */
	private static final double NEAR_EVIDENCE = 0.2;
	/** A place this many characters from the expected one has half the position evidence of the expected one. */
	private static final double NEAR = 250;
	/** A place farther than this from the expected one needs its context: a quote may recur anywhere. */
	private static final int FAR = 2000;
	/** A place farther than {@value #FAR} characters keeps at least this much of the quote: passages move whole. */
	private static final double FAR_SIMILARITY = 0.8;
	/** Context agreement of an exact place near the expected one that makes the place its anchor's claim. */
	private static final double CLAIMING = 0.75;
	/** A quote shorter than this needs some context even when found exactly. */
	private static final int LONG_QUOTE = 48;
	/** The context a quote between {@value #DISTINCTIVE_QUOTE} and {@value #LONG_QUOTE} characters needs. */
	private static final double SOME_CONTEXT = 0.4;
	/** Context agreement on both sides that makes a place near the expected one its passage, however edited. */
	private static final double ENCLOSING_CONTEXT = 0.9;
	/** An exact place with at least this context near the expected place needs no approximate rivals. */
	private static final double SETTLED = 0.95;
	private static final double QUOTE_WEIGHT = 0.5;
	private static final double CONTEXT_WEIGHT = 0.3;
	private static final double POSITION_WEIGHT = 0.2;
	/** A quote found more often than this is orphaned: the text is too repetitive to tell places apart. */
	private static final int MAX_OCCURRENCES = 2000;
	/** A seed found more often than this does not point at one passage and is skipped. */
	private static final int MAX_SEED_OCCURRENCES = 50;
	/** Besides the expected place, approximate matches are sought where seeds point, at this many places. */
	private static final int SEEDED_WINDOWS = 3;
	/** How far the expected place may be off, beyond the quote's own edits. */
	private static final int SLACK = 64;

	/** How far a diff may misalign a passage by matching a repeated word with its twin. */
	private static final int SHIFTED_WORD = 16;

	/** Claims further back than this many characters are not looked at (quotes longer than this are rare). */
	private static final int MAX_CLAIM = 4096;

	private final String text;
	private final TextIndex index;
	/** Anchors whose place {@link #claims claims} its text, with their outcomes. */
	private final Map<TextAnchor, AnchorOutcome> claimed = new IdentityHashMap<>();
	/** Claimants by their new start; empty during the first pass. */
	private final TreeMap<Integer, List<TextAnchor>> claims = new TreeMap<>();
	/** How far the last placed anchor moved; the next one most likely moved as far. */
	private int shift;

	private Reanchorer(String text) {
		this.text = text;
		this.index = new TextIndex(text);
	}

	/**
	 * Outcomes for {@code anchors} (all on one document, made on {@code snapshot}) in {@code text}, in the order
	 * given. Each anchor is followed through a diff of the snapshot and the text ({@link TextDiff}): exactly,
	 * wherever its passage moved, and with its quote updated where the passage was edited. Where the diff may
	 * have been fooled, matching as without a snapshot must agree. A passage the diff loses (mostly rewritten,
	 * or moved and edited) is matched, but not onto text that was elsewhere in the snapshot: that is another
	 * passage. Without a snapshot, or for anchors whose quote the snapshot does not hold, this is
	 * {@link #reanchor(List, String)}.
	 */
	public static List<AnchorOutcome> reanchor(List<TextAnchor> anchors, String snapshot, String text) {
		if (snapshot == null) {
			return reanchor(anchors, text);
		}
		TextDiff diff = new TextDiff(snapshot, text);
		Map<TextAnchor, AnchorOutcome> outcomes = new IdentityHashMap<>();
		Map<TextAnchor, AnchorOutcome> doubtful = new IdentityHashMap<>();
		for (TextAnchor anchor : anchors) {
			String quote = anchor.getExact();
			boolean onSnapshot = quote != null && !quote.isEmpty() && anchor.getStart() >= 0
					&& anchor.getEnd() == anchor.getStart() + quote.length() && snapshot.startsWith(quote, anchor.getStart());
			AnchorOutcome followed = onSnapshot ? follow(anchor, diff, text) : null;
			if (followed == null) {
				continue;
			}
			// A diff cannot tell a passage with a copy typed near it from a copy with the passage near it; nor
			// is a passage it moved, or put where little of its context is left, beyond doubt. Matching, which
			// weighs context and position, must agree then.
			if (copyNearby(anchor, diff, text, followed.start(), followed.end()) || movedWhole(anchor, diff)
					|| detached(anchor, diff, followed)
					|| context(anchor, text, followed.start(), followed.end()) < MIN_CONTEXT) {
				doubtful.put(anchor, followed);
			} else {
				outcomes.put(anchor, followed);
			}
		}
		if (outcomes.size() < anchors.size()) {
			Map<TextAnchor, AnchorOutcome> matching = new IdentityHashMap<>();
			new Reanchorer(text).placeAll(anchors, matching);
			for (TextAnchor anchor : anchors) {
				AnchorOutcome matched = matching.get(anchor);
				AnchorOutcome followed = doubtful.get(anchor);
				if (outcomes.containsKey(anchor)) {
					continue;
				} else if (followed != null) {
					// A whole line the diff found moved only needs matching not to see the passage elsewhere.
					boolean overlap = matched.status() != AnchorStatus.ORPHANED && matched.start() < followed.end()
							&& followed.start() < matched.end();
					boolean elsewhere = matched.status() != AnchorStatus.ORPHANED && !overlap || matched.candidates()
							.stream().anyMatch(start -> 2 * Math.abs(start - followed.start()) > anchor.getExact().length());
					boolean agree = overlap || movedWhole(anchor, diff) && !elsewhere;
					outcomes.put(anchor, agree ? followed : orphaned(anchor, NLS.bind(Messages.Reanchor_ambiguous, 2),
							List.of(followed.start(), matched.start())));
				} else if (matched.status() != AnchorStatus.ORPHANED
						&& elsewhereInSnapshot(anchor, diff, matched.start(), matched.end())) {
					// What the diff lost, matching found on text that was in the snapshot already: a copy.
					outcomes.put(anchor, orphaned(anchor, Messages.Reanchor_claimed, List.of(matched.start())));
				} else {
					outcomes.put(anchor, matched);
				}
			}
		}
		return anchors.stream().map(outcomes::get).toList();
	}

	/** Whether most of {@code [start, end)} was in the snapshot already, elsewhere than the anchor's passage. */
	private static boolean elsewhereInSnapshot(TextAnchor anchor, TextDiff diff, int start, int end) {
		int elsewhere = 0;
		for (int at = start; at < end; at++) {
			int old = diff.oldOffset(at);
			elsewhere += old >= 0 && (old < anchor.getStart() || old >= anchor.getEnd()) ? 1 : 0;
		}
		return 2 * elsewhere >= end - start;
	}

	/**
	 * Whether a copy of the quote (at most a fifth changed) stands in new text near where the diff put the
	 * passage. A diff cannot tell a passage with a copy typed next to it from a copy
	 * with the passage next to it, so which of the two it followed is chance.
	 */
	private static boolean copyNearby(TextAnchor anchor, TextDiff diff, String text, int start, int end) {
		String quote = anchor.getExact();
		int length = quote.length();
		int to = Math.min(text.length(), end + 2 * length + (int) NEAR);
		for (int at = Math.max(0, start - 2 * length - (int) NEAR); at < to;) {
			if (diff.oldOffset(at) >= 0) {
				at++;
				continue;
			}
			int runEnd = at;
			while (runEnd < to && diff.oldOffset(runEnd) < 0) {
				runEnd++;
			}
			if (2 * (runEnd - at) >= length) {
				Alignment copy = Alignment.best(quote, text, Math.max(0, at - 8), Math.min(text.length(), runEnd + 8));
				if (5 * copy.distance() <= length && (copy.end() <= start || copy.start() >= end)) {
					return true;
				}
			}
			at = runEnd;
		}
		return false;
	}

	private static boolean movedWhole(TextAnchor anchor, TextDiff diff) {
		return diff.moved(anchor.getStart()) && diff.moved(anchor.getEnd() - 1);
	}

	/** Whether the diff took the passage away from the characters around it without moving their line. */
	private static boolean detached(TextAnchor anchor, TextDiff diff, AnchorOutcome followed) {
		int before = diff.newOffset(anchor.getStart() - 1);
		int after = diff.newOffset(anchor.getEnd());
		return before >= 0 && Math.abs(followed.start() - before) > SLACK
				|| after >= 0 && Math.abs(after - followed.end()) > SLACK;
	}

	/**
	 * Where the diff puts the anchor's passage, or null when most of it is gone or a move split it. The ends of
	 * the passage stay with it when their characters were rewritten (a new closing quotation mark belongs to the
	 * quote).
	 */
	private static AnchorOutcome follow(TextAnchor anchor, TextDiff diff, String text) {
		int start = anchor.getStart();
		int end = anchor.getEnd();
		int kept = 0;
		int first = -1;
		int last = -1;
		for (int k = start; k < end; k++) {
			int at = diff.newOffset(k);
			if (at >= 0) {
				if (at <= last) {
					return null;
				}
				first = first < 0 ? at : first;
				last = at;
				kept++;
			}
		}
		// Most of the passage must be left, together: no more new text inside it than twice what it lost.
		int length = end - start;
		if (2 * kept < length || last - first + 1 > length + 2 * (length - kept) + 8) {
			return null;
		}
		int newStart = diff.newOffset(start) >= 0 ? diff.newOffset(start)
				: diff.newOffset(start - 1) >= 0 ? diff.newOffset(start - 1) + 1 : first;
		int newEnd = diff.newOffset(end - 1) >= 0 ? diff.newOffset(end - 1) + 1
				: diff.newOffset(end) >= 0 ? diff.newOffset(end) : last + 1;
		if (newEnd - newStart > length + 2 * (length - kept) + 8) {
			newStart = first;
			newEnd = last + 1;
		}
		// A diff may align a repeated word with its neighbour's twin; the unchanged quote a few characters off
		// is the passage.
		String quote = anchor.getExact();
		for (int shift = 1; !text.startsWith(quote, newStart) && shift <= SHIFTED_WORD; shift++) {
			for (int at : new int[] { newStart - shift, newStart + shift }) {
				if (at >= 0 && text.startsWith(quote, at)) {
					newStart = at;
					newEnd = at + length;
					break;
				}
			}
		}
		String exact = text.substring(newStart, newEnd);
		String how = exact.equals(quote) ? movedBy(newStart - start)
				: NLS.bind(Messages.Reanchor_approximate, Similarity.distance(anchor.getExact(), exact));
		return outcome(anchor, text, newStart, newEnd, how, (double) kept / length);
	}

	/**
	 * Outcomes for {@code anchors} (all on one document) in {@code text}, in the order given. Anchors that sit
	 * on their own quote, in most of their own context, near where they were expected claim that text: it was their passage,
	 * so it cannot be another anchor's. A second pass places again the anchors whose place or rival places
	 * fell on text another anchor claims (a passage deleted while the document quotes it elsewhere, or a copy
	 * of an edited quote).
	 */
	public static List<AnchorOutcome> reanchor(List<TextAnchor> anchors, String text) {
		Map<TextAnchor, AnchorOutcome> outcomes = new IdentityHashMap<>();
		new Reanchorer(text).placeAll(anchors, outcomes);
		return anchors.stream().map(outcomes::get).toList();
	}

	private void placeAll(List<TextAnchor> anchors, Map<TextAnchor, AnchorOutcome> outcomes) {
		List<TextAnchor> byPosition = new ArrayList<>(anchors);
		byPosition.sort(Comparator.comparingInt(TextAnchor::getStart));
		for (TextAnchor anchor : byPosition) {
			outcomes.put(anchor, place(anchor));
		}
		// Should two anchors from different passages claim the same text, the better placed one has it.
		List<TextAnchor> claiming = new ArrayList<>(claimed.keySet());
		claiming.sort(Comparator.comparingDouble((TextAnchor anchor) -> outcomes.get(anchor).confidence()).reversed());
		for (TextAnchor anchor : claiming) {
			AnchorOutcome outcome = outcomes.get(anchor);
			if (claimed(anchor, outcome.start(), outcome.end())) {
				claimed.remove(anchor);
			} else {
				claims.computeIfAbsent(outcome.start(), start -> new ArrayList<>()).add(anchor);
			}
		}
		shift = 0;
		for (TextAnchor anchor : byPosition) {
			AnchorOutcome outcome = outcomes.get(anchor);
			if (!claimed.containsKey(anchor) && touchesClaim(anchor, outcome)) {
				outcome = place(anchor);
				outcomes.put(anchor, outcome);
			}
			if (outcome.status() != AnchorStatus.ORPHANED) {
				shift = outcome.start() - anchor.getStart();
			}
		}
	}

	private boolean touchesClaim(TextAnchor anchor, AnchorOutcome outcome) {
		List<Integer> starts = outcome.status() == AnchorStatus.ORPHANED ? outcome.candidates() : List.of(outcome.start());
		int length = anchor.getExact().length();
		return starts.stream().anyMatch(start -> claimed(anchor, start, start + length));
	}

	/**
	 * Whether most of {@code [start, end)} lies on text that other anchors claim whose old passages do not
	 * overlap {@code anchor}'s: that text was somewhere else than {@code anchor}'s passage.
	 */
	private boolean claimed(TextAnchor anchor, int start, int end) {
		BitSet covered = new BitSet(end - start);
		for (List<TextAnchor> owners : claims.subMap(start - MAX_CLAIM, end).values()) {
			for (TextAnchor owner : owners) {
				AnchorOutcome claim = claimed.get(owner);
				boolean elsewhere = owner.getEnd() <= anchor.getStart() || anchor.getEnd() <= owner.getStart();
				if (owner != anchor && elsewhere && claim.end() > start) {
					covered.set(Math.max(start, claim.start()) - start, Math.min(end, claim.end()) - start);
				}
			}
		}
		return 2 * covered.cardinality() >= end - start;
	}

	private AnchorOutcome place(TextAnchor anchor) {
		String quote = anchor.getExact();
		if (quote == null || quote.isEmpty()) {
			return orphaned(anchor, Messages.Reanchor_noQuote, List.of());
		}
		List<Place> places = exactPlaces(anchor);
		boolean foundWhole = !places.isEmpty();
		boolean settled = places.stream().anyMatch(Reanchorer::settles);
		if (!settled) {
			places.addAll(approximatePlaces(anchor, List.copyOf(places)));
		}
		AnchorOutcome outcome = places.isEmpty() ? orphaned(anchor, Messages.Reanchor_notFound, List.of())
				: choose(anchor, places);
		// where the whole quote stands somewhere, choosing refused it for a reason a part of it cannot overrule
		if (outcome.status() == AnchorStatus.ORPHANED && !foundWhole && quote.indexOf('\n') >= 0) {
			AnchorOutcome larger = placeLargerPart(anchor);
			return larger != null ? larger : outcome;
		}
		return outcome;
	}

	/**
	 * A quote across a line break whose lines went separate ways (a paragraph moved away from the one before it),
	 * and found whole nowhere: its first or last line, whichever holds most of the passage, found exactly at the end
	 * or start of a line and, on its outer side, followed or preceded by the recorded context (or, if the passage
	 * took its whole line, taking a whole line again, not far from where the anchor is expected, since no context
	 * tells that line from a copy), and nowhere else so. The passage mostly is there, so the anchor keeps that
	 * part; a copy of the line elsewhere would have to bring the same neighbouring text along.
	 */
	private AnchorOutcome placeLargerPart(TextAnchor anchor) {
		String quote = anchor.getExact();
		String head = quote.substring(0, quote.indexOf('\n'));
		String tail = quote.substring(quote.lastIndexOf('\n') + 1);
		boolean tailLarger = tail.length() >= head.length();
		String part = tailLarger ? tail : head;
		if (2 * part.length() < quote.length() || part.length() < DISTINCTIVE_QUOTE) {
			return null;
		}
		String outside = nullToEmpty(tailLarger ? anchor.getSuffix() : anchor.getPrefix());
		boolean wholeLine = outside.isEmpty() || (tailLarger ? outside.charAt(0) : outside.charAt(outside.length() - 1)) == '\n';
		int found = -1;
		for (int at : index.occurrences(part, MAX_SEED_OCCURRENCES)) {
			int end = at + part.length();
			boolean startsLine = at == 0 || text.charAt(at - 1) == '\n';
			boolean endsLine = end == text.length() || text.charAt(end) == '\n';
			boolean outerSideFits = wholeLine ? startsLine && endsLine && Math.abs(at - expected(anchor)) <= FAR
					: tailLarger ? startsLine && Similarity.ofPrefixes(outside, TextAnchors.suffix(text, end)) >= CLAIMING
							: endsLine && Similarity.ofSuffixes(outside, TextAnchors.prefix(text, at)) >= CLAIMING;
			if (outerSideFits && !claimed(anchor, at, end)) {
				if (found >= 0) {
					return null;
				}
				found = at;
			}
		}
		if (found < 0) {
			return null;
		}
		Place place = scored(anchor, found, found + part.length(), (double) part.length() / quote.length());
		return placed(anchor, place.start(), place.end(),
				NLS.bind(Messages.Reanchor_splitByMove, part.length(), quote.length()), place.score());
	}

	/** A candidate place and how well it fits. */
	private record Place(int start, int end, double quoteSimilarity, double context, double nearness, double score) {

		boolean overlaps(Place other) {
			int overlap = Math.min(end, other.end) - Math.max(start, other.start);
			return 2 * overlap > Math.min(end - start, other.end - other.start);
		}
	}

	/** An exact place in the recorded context, within {@value #NEAR} characters of the expected place. */
	private static boolean settles(Place place) {
		return place.quoteSimilarity() == 1.0 && place.context() >= SETTLED && place.nearness() >= 0.5;
	}

	/**
	 * A place that shows where its anchor's passage went, surely enough that no other passage can be there: its
	 * exact quote, most of its context, within {@value #NEAR} characters of the expected place.
	 */
	private static boolean claims(Place place) {
		return place.quoteSimilarity() == 1.0 && place.context() >= CLAIMING && place.nearness() >= 0.5;
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
	 * The best approximate match near the expected place, and near the places most of the quote's pieces point
	 * at (its {@value TextIndex#K}-character pieces found exactly vote for where the quote would start), except
	 * around the {@code exact} places, which are candidates already.
	 */
	private List<Place> approximatePlaces(TextAnchor anchor, List<Place> exact) {
		String quote = anchor.getExact();
		int m = quote.length();
		int maxErrors = Math.max(1, (int) (m * MAX_ERROR_RATE));
		int slack = SLACK + m / 4;
		List<int[]> windows = new ArrayList<>();
		int expected = expected(anchor);
		windows.add(new int[] { expected - slack, expected + m + slack });
		// Each piece found exactly predicts where the quote starts; predictions that agree (edits between the
		// pieces move them a little) form a cluster, and a cluster of two or more is worth aligning. Clusters at an
		// exact place are skipped: the exact place is a candidate already, and would win its window.
		List<Integer> predicted = new ArrayList<>();
		int pieces = m / TextIndex.K;
		for (int piece = 0; piece < pieces; piece++) {
			int offset = piece * TextIndex.K;
			for (int at : index.occurrences(quote.substring(offset, offset + TextIndex.K), MAX_SEED_OCCURRENCES)) {
				predicted.add(at - offset);
			}
		}
		predicted.sort(null);
		int tolerance = TextIndex.K + m / 8;
		int minVotes = Math.min(2, pieces);
		List<int[]> clusters = new ArrayList<>();
		for (int i = 0, j; i < predicted.size(); i = j) {
			for (j = i + 1; j < predicted.size() && predicted.get(j) - predicted.get(j - 1) <= tolerance; j++) {
				// extend the cluster
			}
			int first = predicted.get(i);
			int last = predicted.get(j - 1);
			if (j - i >= minVotes && exact.stream().noneMatch(place -> Math.abs(place.start() - first) <= tolerance
					|| Math.abs(place.start() - last) <= tolerance)) {
				clusters.add(new int[] { first - tolerance, last + m + tolerance, j - i });
			}
		}
		clusters.sort(Comparator.comparingInt((int[] cluster) -> cluster[2]).reversed());
		clusters.stream().limit(SEEDED_WINDOWS).forEach(windows::add);
		List<Place> places = new ArrayList<>();
		for (int[] window : windows) {
			int windowStart = Math.max(0, window[0]);
			int windowEnd = Math.min(text.length(), window[1]);
			Alignment alignment = Alignment.best(quote, text, windowStart, windowEnd);
			if (alignment.distance() <= maxErrors && alignment.end() > alignment.start()) {
				places.add(scored(anchor, alignment.start(), alignment.end(), 1.0 - (double) alignment.distance() / m));
			}
		}
		return places;
	}

	private int expected(TextAnchor anchor) {
		return Math.max(0, Math.min(text.length(), anchor.getStart() + shift));
	}

	/** How well the text around {@code [start, end)} matches the anchor's prefix and suffix, 0 to 1. */
	private static double context(TextAnchor anchor, String text, int start, int end) {
		double prefix = Similarity.ofSuffixes(nullToEmpty(anchor.getPrefix()), TextAnchors.prefix(text, start));
		double suffix = Similarity.ofPrefixes(nullToEmpty(anchor.getSuffix()), TextAnchors.suffix(text, end));
		return (prefix + suffix) / 2;
	}

	private Place scored(TextAnchor anchor, int start, int end, double quoteSimilarity) {
		double context = context(anchor, text, start, end);
		double nearness = 1.0 / (1.0 + Math.max(0, Math.abs(start - expected(anchor)) - UNCERTAIN) / NEAR);
		double score = QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * context + POSITION_WEIGHT * nearness;
		return new Place(start, end, quoteSimilarity, context, nearness, score);
	}

	private AnchorOutcome choose(TextAnchor anchor, List<Place> found) {
		List<Place> places = new ArrayList<>(found.stream()
				.filter(place -> !claimed(anchor, place.start(), place.end())).toList());
		if (places.isEmpty()) {
			return orphaned(anchor, Messages.Reanchor_claimed, List.of());
		}
		// A passage still recognisable in its context near where it was expected has not moved far: a copy of its
		// old quote far away is then not it, however exact.
		if (places.stream().anyMatch(place -> !far(anchor, place) && place.quoteSimilarity() >= 1 - MAX_ERROR_RATE
				&& place.context() >= MIN_CONTEXT)) {
			places.removeIf(place -> far(anchor, place));
		}
		places.sort(Comparator.comparingDouble(Place::score).reversed());
		Place best = places.get(0);
		List<Integer> candidates = new ArrayList<>();
		candidates.add(best.start());
		List<Place> counted = new ArrayList<>(List.of(best));
		for (Place place : places) {
			if (best.score() - place.score() < AMBIGUITY_MARGIN && counted.stream().noneMatch(place::overlaps)) {
				counted.add(place);
				candidates.add(place.start());
			}
		}
		if (candidates.size() > 1) {
			return orphaned(anchor, NLS.bind(Messages.Reanchor_ambiguous, candidates.size()), candidates);
		}
		boolean exact = best.quoteSimilarity() == 1.0;
		if (far(anchor, best) && (best.context() < MIN_CONTEXT || best.quoteSimilarity() < FAR_SIMILARITY)) {
			return orphaned(anchor, Messages.Reanchor_farWithoutContext, candidates);
		}
		int length = anchor.getExact().length();
		double neededContext = length < DISTINCTIVE_QUOTE ? MIN_CONTEXT : length < LONG_QUOTE ? SOME_CONTEXT : 0;
		double evidence = best.quoteSimilarity() + best.context() + (best.nearness() >= 0.5 ? NEAR_EVIDENCE : 0);
		if (exact ? best.context() < neededContext : evidence < MIN_EVIDENCE || best.quoteSimilarity() < MIN_SIMILARITY
				&& !enclosed(best)) {
			return orphaned(anchor, exact ? Messages.Reanchor_weakContext : Messages.Reanchor_weakApproximate,
					candidates);
		}
		String exactThere = text.substring(best.start(), best.end());
		String how = exactThere.equals(anchor.getExact()) ? movedBy(best.start() - anchor.getStart())
				: NLS.bind(Messages.Reanchor_approximate, Similarity.distance(anchor.getExact(), exactThere));
		AnchorOutcome outcome = placed(anchor, best.start(), best.end(), how, best.score());
		if (claims(best)) {
			claimed.put(anchor, outcome);
		}
		return outcome;
	}

	/**
	 * A place between its anchor's own prefix and suffix, where the anchor is expected: whatever lies between them
	 * is the passage, however rewritten, as long as half of its quote is left (Hypothesis's limit).
	 */
	private static boolean enclosed(Place place) {
		return place.context() >= ENCLOSING_CONTEXT && place.nearness() >= 0.5
				&& place.quoteSimilarity() >= 1 - MAX_ERROR_RATE;
	}

	private boolean far(TextAnchor anchor, Place place) {
		return Math.abs(place.start() - expected(anchor)) > FAR;
	}

	private AnchorOutcome placed(TextAnchor anchor, int start, int end, String how, double confidence) {
		shift = start - anchor.getStart();
		return outcome(anchor, text, start, end, how, confidence);
	}

	/** Anchored when nothing changed, else relocated with {@code how} as the reason. */
	private static AnchorOutcome outcome(TextAnchor anchor, String text, int start, int end, String how, double confidence) {
		String exact = text.substring(start, end);
		boolean same = start == anchor.getStart() && end == anchor.getEnd() && exact.equals(anchor.getExact());
		return new AnchorOutcome(anchor, same ? AnchorStatus.ANCHORED : AnchorStatus.RELOCATED, start, end, exact,
				same ? "" : how, List.of(), confidence); //$NON-NLS-1$
	}

	private static AnchorOutcome orphaned(TextAnchor anchor, String reason, List<Integer> candidates) {
		return new AnchorOutcome(anchor, AnchorStatus.ORPHANED, anchor.getStart(), anchor.getEnd(), anchor.getExact(),
				reason, candidates, 0.0);
	}

	private static String movedBy(int characters) {
		return NLS.bind(Messages.Reanchor_moved, characters > 0 ? "+" + characters : String.valueOf(characters)); //$NON-NLS-1$
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}

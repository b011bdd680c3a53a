package org.argmap.core.agreement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which passages of different annotators are the same passage, so that their kinds and relations can be
 * compared. Two passages match when they share at least half of the longer one's characters. Matches are taken
 * greedily, largest shared stretch first, and a group never holds two passages of one annotator; a passage
 * matching nothing stands alone.
 */
final class PassageMatching {

	private record Candidate(int first, int second, int overlap) {
	}

	private PassageMatching() {
	}

	/** Groups of matched passages of one document, in text order. */
	static List<MatchedPassages> match(SharedDocument document, List<Passage> passages, int annotators) {
		List<Passage> sorted = new ArrayList<>(passages);
		sorted.sort(Comparator.comparingInt(Passage::start).thenComparingInt(Passage::end));
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Passage passage = sorted.get(i);
			for (int j = i + 1; j < sorted.size() && sorted.get(j).start() < passage.end(); j++) {
				Passage other = sorted.get(j);
				int overlap = passage.overlap(other);
				if (other.annotator() != passage.annotator()
						&& 2 * overlap >= Math.max(passage.length(), other.length()) && overlap > 0) {
					candidates.add(new Candidate(i, j, overlap));
				}
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed());

		int[] parent = new int[sorted.size()];
		List<BitSet> annotatorsIn = new ArrayList<>(sorted.size());
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
			BitSet own = new BitSet(annotators);
			own.set(sorted.get(i).annotator());
			annotatorsIn.add(own);
		}
		for (Candidate candidate : candidates) {
			int a = root(parent, candidate.first());
			int b = root(parent, candidate.second());
			if (a != b && !annotatorsIn.get(a).intersects(annotatorsIn.get(b))) {
				parent[b] = a;
				annotatorsIn.get(a).or(annotatorsIn.get(b));
			}
		}

		Map<Integer, Passage[]> groups = new LinkedHashMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			Passage passage = sorted.get(i);
			groups.computeIfAbsent(root(parent, i), key -> new Passage[annotators])[passage.annotator()] = passage;
		}
		return groups.values().stream().map(group -> new MatchedPassages(document, group)).toList();
	}

	private static int root(int[] parent, int index) {
		while (parent[index] != index) {
			parent[index] = parent[parent[index]];
			index = parent[index];
		}
		return index;
	}
}

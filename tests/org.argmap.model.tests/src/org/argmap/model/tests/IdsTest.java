package org.argmap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.argmap.model.Ids;
import org.junit.jupiter.api.Test;

/** Ids are what a map file is ordered by: the order in which elements were made, of whatever kind. */
class IdsTest {

	@Test
	void idsMadeOneAfterTheOtherSortInTheOrderTheyWereMadeEvenWithinOneMillisecond() {
		String[] kinds = { "c", "r", "a", "rel", "doc" };
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			made.add(Ids.newId(kinds[i % kinds.length]));
		}

		List<String> sorted = new ArrayList<>(made);
		sorted.sort(Ids.ORDER);

		assertEquals(made, sorted);
		assertEquals(made.size(), new HashSet<>(made).size(), "ids are unique");
	}

	@Test
	void anIdIsItsKindFollowedByLettersAUserCanType() {
		String id = Ids.newId("c");

		assertTrue(id.matches("c-[a-z]{16}"), id);
	}

	@Test
	void importedIdsWithNumbersKeepTheirNumericOrder() {
		List<String> ids = Stream.of("n10", "n2", "n1", "n100", "n02", "e7").sorted(Ids.ORDER)
				.collect(Collectors.toList());

		assertEquals(List.of("e7", "n1", "n02", "n2", "n10", "n100"), ids);
	}

	@Test
	void theKindPrefixComesAfterWhatFollowsIt() {
		List<String> ids = Stream.of("rel-wall-plateau", "c-wall", "c-plateau", "doc-casey", "Node-3")
				.sorted(Ids.ORDER).collect(Collectors.toList());

		assertEquals(List.of("Node-3", "doc-casey", "c-plateau", "c-wall", "rel-wall-plateau"), ids);
	}
}

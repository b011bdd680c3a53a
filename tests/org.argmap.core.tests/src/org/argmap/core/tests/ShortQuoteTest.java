package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.argmap.core.anchoring.AnchorOutcome;
import org.argmap.core.anchoring.Reanchorer;
import org.argmap.core.anchoring.TextAnchors;
import org.argmap.model.AnchorStatus;
import org.argmap.model.MapElements;
import org.argmap.model.TextAnchor;
import org.junit.jupiter.api.Test;

/** Quotes shorter than the index key are found by scanning and trusted only with their context. */
class ShortQuoteTest {

	private static final String TEXT = "AI winter is coming, says one founder. Others think AI will keep improving; "
			+ "the AI labs disagree.";

	private final TextAnchor secondAi = TextAnchors.create(MapElements.newDocument("d", "d.txt"), TEXT,
			TEXT.indexOf("AI will"), TEXT.indexOf("AI will") + 2);

	@Test
	void shortQuoteFollowsItsContext() {
		String edited = "Update: " + TEXT;
		AnchorOutcome outcome = Reanchorer.reanchor(List.of(secondAi), edited).get(0);
		assertEquals(AnchorStatus.RELOCATED, outcome.status(), outcome.reason());
		assertEquals(edited.indexOf("AI will"), outcome.start());
	}

	@Test
	void shortQuoteWithoutItsContextIsOrphanedNotGuessed() {
		String edited = "AI winter is coming, says one founder. The AI labs disagree.";
		AnchorOutcome outcome = Reanchorer.reanchor(List.of(secondAi), edited).get(0);
		assertEquals(AnchorStatus.ORPHANED, outcome.status());
	}
}

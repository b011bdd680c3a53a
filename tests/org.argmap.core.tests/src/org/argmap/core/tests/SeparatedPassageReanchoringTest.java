package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.argmap.core.anchoring.AnchorOutcome;
import org.argmap.core.anchoring.Reanchorer;
import org.argmap.core.anchoring.TextAnchors;
import org.argmap.model.AnchorStatus;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.junit.jupiter.api.Test;

/**
 * Passages whose text went separate ways or was half rewritten, which Hypothesis's matcher re-finds: Argmap must
 * re-find them too, without a snapshot, and still refuse where the evidence is not there.
 */
class SeparatedPassageReanchoringTest {

	private static final String SCALING = "Scaling laws held for a decade, and every lab planned around them.";
	private static final String DATA = "Now the labs report that high-quality text is running out, and synthetic data "
			+ "brings diminishing returns on the benchmarks they care about most.";
	private static final String NEPHEW = "My nephew learned to walk in a month, yet nobody expects him to run a marathon "
			+ "by the end of the year.";
	private static final String WEIGHTS = "A lifter adds weight to the bar every week until one day the bar does not "
			+ "move at all.";
	private static final String TEXT = SCALING + "\n" + DATA + "\n" + NEPHEW + "\n" + WEIGHTS + "\n";

	private final SourceDocument document = MapElements.newDocument("wall", "wall.txt");

	/** From the last words of the first paragraph into the whole second one. */
	private TextAnchor acrossTheBreak() {
		int start = TEXT.indexOf("every lab planned");
		return TextAnchors.create(document, TEXT, start, TEXT.indexOf('\n', start + 40));
	}

	@Test
	void aPassageAcrossAParagraphBreakFollowsTheParagraphHoldingMostOfIt() {
		String edited = SCALING + "\n" + NEPHEW + "\n" + WEIGHTS + "\n" + DATA + "\n";
		AnchorOutcome outcome = Reanchorer.reanchor(List.of(acrossTheBreak()), edited).get(0);
		assertEquals(AnchorStatus.RELOCATED, outcome.status(), outcome.reason());
		assertEquals(DATA, outcome.exact());
		assertEquals(edited.indexOf(DATA), outcome.start());
	}

	@Test
	void aMovedParagraphThatOccursTwiceLeavesThePassageOrphaned() {
		String edited = SCALING + "\n" + NEPHEW + "\n" + DATA + "\n" + WEIGHTS + "\n" + DATA + "\n";
		AnchorOutcome outcome = Reanchorer.reanchor(List.of(acrossTheBreak()), edited).get(0);
		assertEquals(AnchorStatus.ORPHANED, outcome.status(), outcome.exact());
	}

	@Test
	void aMovedParagraphThatGrewIsNotTakenForThePassageThatEndedWithIt() {
		String edited = SCALING + "\n" + NEPHEW + "\n" + DATA + " Critics disagree.\n" + WEIGHTS + "\n";
		AnchorOutcome outcome = Reanchorer.reanchor(List.of(acrossTheBreak()), edited).get(0);
		assertEquals(AnchorStatus.ORPHANED, outcome.status(), outcome.exact());
	}

	@Test
	void aDeletedPassageWhoseCopyStandsFarAwayIsNotTrimmedOntoTheCopysLastLine() {
		int start = TEXT.indexOf("around them.");
		TextAnchor anchor = TextAnchors.create(document, TEXT, start, TEXT.indexOf(" and synthetic"));
		StringBuilder distance = new StringBuilder();
		for (int i = 0; distance.length() < 3000; i++) {
			distance.append("Filler sentence number ").append(i).append(" says nothing about the wall.\n");
		}
		// the passage is gone where it stood; a reply far below quotes it whole, with what followed it
		String edited = "Scaling laws held for a decade.\n" + NEPHEW + "\n" + distance + "A reply quotes: "
				+ TEXT.substring(start);
		AnchorOutcome outcome = Reanchorer.reanchor(List.of(anchor), edited).get(0);
		assertEquals(AnchorStatus.ORPHANED, outcome.status(), outcome.exact() + " at " + outcome.start());
	}

	@Test
	void aHalfRewrittenQuoteBetweenItsOwnContextIsFound() {
		String quote = "nobody expects him to run";
		int start = TEXT.indexOf(quote);
		TextAnchor anchor = TextAnchors.create(document, TEXT, start, start + quote.length());
		String rewritten = "nobody thinks he will run";
		String edited = TEXT.replace(quote, rewritten);
		AnchorOutcome outcome = Reanchorer.reanchor(List.of(anchor), edited).get(0);
		assertEquals(AnchorStatus.RELOCATED, outcome.status(), outcome.reason());
		assertEquals(edited.indexOf(rewritten), outcome.start());
	}

	@Test
	void aHalfRewrittenQuoteWhoseContextChangedTooIsOrphaned() {
		String quote = "nobody expects him to run";
		int start = TEXT.indexOf(quote);
		TextAnchor anchor = TextAnchors.create(document, TEXT, start, start + quote.length());
		String edited = TEXT.replace("in a month, yet " + quote + " a marathon by the end",
				"over the summer, and nobody thinks he will run in a race before the winter");
		AnchorOutcome outcome = Reanchorer.reanchor(List.of(anchor), edited).get(0);
		assertEquals(AnchorStatus.ORPHANED, outcome.status(), outcome.exact());
	}
}

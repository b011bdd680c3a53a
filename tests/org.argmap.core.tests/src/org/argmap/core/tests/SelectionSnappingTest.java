package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.argmap.core.anchoring.TextAnchors;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.junit.jupiter.api.Test;

/** What a sloppy mouse selection in the source pane becomes as a quote. */
class SelectionSnappingTest {

	private static final String TEXT = "Cars clog the road. Cycling is faster in town, don't you think? "
			+ "She said \u201CAI winter is coming.\u201D Then she left (without a word).";
	private final SourceDocument document = MapElements.newDocument("d", "d.txt");

	private String quoteOf(String selected) {
		int start = TEXT.indexOf(selected);
		TextAnchor anchor = TextAnchors.fromSelection(document, TEXT, start, start + selected.length());
		return anchor == null ? null : anchor.getExact();
	}

	@Test
	void aDragStartingOrEndingInsideAWordTakesTheWholeWord() {
		assertEquals("road. Cycling", quoteOf("oad. Cycl"));
		assertEquals("don't you", quoteOf("n't yo"));
	}

	@Test
	void whiteSpaceAtTheEndsIsDropped() {
		assertEquals("Cycling is faster", quoteOf(" Cycling is faster "));
		int space = TEXT.indexOf(" Cycling");
		assertNull(TextAnchors.fromSelection(document, TEXT, space, space + 1));
	}

	@Test
	void aQuotationKeepsItsClosingPunctuationAndMark() {
		assertEquals("\u201CAI winter is coming.\u201D", quoteOf("\u201CAI winter is comin"));
		assertEquals("(without a word)", quoteOf("(without a wor"));
	}

	@Test
	void aSelectionInsideAQuotationStaysInside() {
		assertEquals("winter is coming", quoteOf("inter is coming"));
	}
}

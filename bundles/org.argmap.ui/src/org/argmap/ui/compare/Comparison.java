package org.argmap.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.argmap.core.agreement.AgreementReport;
import org.argmap.core.agreement.Annotator;
import org.argmap.core.agreement.MatchedPassages;
import org.argmap.core.agreement.SharedDocument;
import org.argmap.ui.editor.SourceText;

/**
 * Annotators' maps loaded and measured, ready to be shown and curated.
 *
 * @param files  the annotators' map files, in study order
 * @param texts  the text of each shared document, as the first annotator's map holds it, and as a reader sees it
 */
public record Comparison(List<Path> files, List<Annotator> annotators, AgreementReport report,
		Map<SharedDocument, SourceText> texts) {

	/** Every passage on which some annotators differ, in document and text order. */
	public List<MatchedPassages> disagreements() {
		return report.passages().stream().filter(group -> group.disagreeingPairs() > 0).toList();
	}
}

package org.argmap.core.anchoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.DocumentLoader;
import org.argmap.core.text.DocumentText;
import org.argmap.core.text.SourcePolicy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEdits;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Re-anchors a whole map against the current texts of its documents. A document whose text still has the
 * stored hash is left alone; one that cannot be read is reported, and its anchors stay as they are.
 */
public final class DocumentReanchoring {

	/**
	 * What happened to one document.
	 *
	 * @param failure  why the document's text could not be had, else null
	 * @param changed  whether its text differs from the one its anchors were made on
	 * @param outcomes one per anchor on the document (empty when unchanged or unreadable)
	 */
	public record DocumentReport(SourceDocument document, String text, DocumentLoadException failure, boolean changed,
			List<AnchorOutcome> outcomes) {

		/** Why the document's text could not be had, else empty. */
		public String problem() {
			return failure == null ? "" : failure.getMessage(); //$NON-NLS-1$
		}
	}

	private DocumentReanchoring() {
	}

	/** Reads each document of {@code map} saved as {@code mapFile}, as {@code policy} allows, and re-anchors. */
	public static List<DocumentReport> run(ArgumentMap map, Path mapFile, SourcePolicy policy) {
		List<DocumentReport> reports = new ArrayList<>();
		for (SourceDocument document : map.getDocuments()) {
			DocumentText text;
			try {
				text = DocumentLoader.load(mapFile, document, policy);
			} catch (DocumentLoadException e) {
				reports.add(new DocumentReport(document, null, e, false, List.of()));
				continue;
			}
			if (text.sha256().equals(document.getSha256())) {
				reports.add(new DocumentReport(document, text.text(), null, false, List.of()));
				continue;
			}
			List<TextAnchor> anchors = anchorsOn(map, document);
			reports.add(new DocumentReport(document, text.text(), null, true,
					Reanchorer.reanchor(anchors, document.getSnapshot(), text.text())));
		}
		return reports;
	}

	/** The anchors of all nodes of {@code map} that lie on {@code document}. */
	public static List<TextAnchor> anchorsOn(ArgumentMap map, SourceDocument document) {
		List<TextAnchor> anchors = new ArrayList<>();
		for (Node node : map.getNodes()) {
			for (TextAnchor anchor : node.getAnchors()) {
				if (anchor.getDocument() == document) {
					anchors.add(anchor);
				}
			}
		}
		return anchors;
	}

	/**
	 * One undoable command that applies the reports of changed documents: moved anchors get their new offsets,
	 * quote, context and confidence, the others their status (see {@link MapEdits#markAnchor}), and each
	 * document the hash and snapshot of its current text, against which the next re-anchoring follows the next
	 * edits.
	 */
	public static Command applyCommand(EditingDomain domain, List<DocumentReport> reports) {
		CompoundCommand apply = new CompoundCommand(Messages.Reanchor_commandLabel);
		for (DocumentReport report : reports) {
			if (!report.changed()) {
				continue;
			}
			for (AnchorOutcome outcome : report.outcomes()) {
				TextAnchor anchor = outcome.anchor();
				if (outcome.moved()) {
					apply.append(MapEdits.relocate(domain, anchor, outcome.start(), outcome.end(), outcome.exact(),
							TextAnchors.prefix(report.text(), outcome.start()),
							TextAnchors.suffix(report.text(), outcome.end()), outcome.confidence()));
				} else if (anchor.getStatus() != outcome.status()) {
					apply.append(MapEdits.markAnchor(domain, anchor, outcome.status()));
				}
			}
			apply.append(MapEdits.recordText(domain, report.document(), DocumentText.sha256(report.text()), report.text()));
		}
		return apply;
	}
}

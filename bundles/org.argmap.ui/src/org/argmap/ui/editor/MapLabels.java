package org.argmap.ui.editor;

import org.argmap.model.Analogy;
import org.argmap.model.Claim;
import org.argmap.model.Correspondence;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.ui.ArgmapUi;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/** How map elements are named and pictured in the map tree, the Outline and the Anchors view. */
public class MapLabels extends LabelProvider {

	private static final int EXCERPT = 80;

	@Override
	public String getText(Object element) {
		if (element instanceof Node node) {
			return name(node);
		}
		if (element instanceof Relation relation) {
			return relation(relation);
		}
		if (element instanceof SourceDocument document) {
			return document.getTitle() != null ? document.getTitle() : document.getLocation();
		}
		if (element instanceof TextAnchor anchor) {
			return NLS.bind(Messages.Labels_anchor, excerpt(anchor.getExact()), anchor.getStatus().getLiteral());
		}
		if (element instanceof Correspondence correspondence) {
			return correspondence.getSourceAspect() + " \u2194 " + correspondence.getTargetAspect(); //$NON-NLS-1$
		}
		if (element instanceof CriticalQuestion question) {
			return NLS.bind(Messages.Labels_question, question.getKind().getLiteral(), question.getStatus().getLiteral());
		}
		if (element instanceof MapGroup group) {
			return group.label();
		}
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof Analogy) {
			return ArgmapUi.image(ArgmapUi.IMAGE_ANALOGY);
		}
		if (element instanceof Rebuttal) {
			return ArgmapUi.image(ArgmapUi.IMAGE_REBUTTAL);
		}
		if (element instanceof Claim claim) {
			return ArgmapUi.image(claim.isImplicit() ? ArgmapUi.IMAGE_IMPLICIT : ArgmapUi.IMAGE_CLAIM);
		}
		if (element instanceof Relation) {
			return ArgmapUi.image(ArgmapUi.IMAGE_RELATION);
		}
		if (element instanceof SourceDocument || element instanceof TextAnchor) {
			return ArgmapUi.image(ArgmapUi.IMAGE_DOCUMENT);
		}
		if (element instanceof MapGroup group) {
			return getImage(group.sample());
		}
		return null;
	}

	/** A node as people call it: its label, else the start of its text. */
	public static String name(Node node) {
		if (node.getLabel() != null && !node.getLabel().isBlank()) {
			return node.getLabel();
		}
		return excerpt(node.getText());
	}

	public static String relation(Relation relation) {
		StringBuilder sources = new StringBuilder();
		for (Node source : relation.getSources()) {
			if (!sources.isEmpty()) {
				sources.append(" + "); //$NON-NLS-1$
			}
			sources.append(name(source));
		}
		String target = relation.getTarget() instanceof Node node ? name(node)
				: relation.getTarget() instanceof Relation attacked ? "(" + relation(attacked) + ")" : "?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return NLS.bind(Messages.Labels_relation, new Object[] { sources, relation.getKind().getLiteral(), target });
	}

	static String excerpt(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String flat = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + '\u2026';
	}
}

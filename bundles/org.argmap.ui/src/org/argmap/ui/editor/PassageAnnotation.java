package org.argmap.ui.editor;

import org.argmap.interchange.NodeKinds;
import org.argmap.model.Node;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapLabels;
import org.eclipse.jface.text.source.Annotation;

/** A highlighted passage: one anchor of one node, typed by the node's kind so each kind gets its colour. */
public final class PassageAnnotation extends Annotation {

	static final String TYPE_PREFIX = "org.argmap.ui.passage."; //$NON-NLS-1$
	/** The brief highlight of a passage revealed for a node selected elsewhere. */
	static final String FLASH_TYPE = "org.argmap.ui.flash"; //$NON-NLS-1$
	/** Words a corpus search found. */
	static final String FOUND_TYPE = "org.argmap.ui.found"; //$NON-NLS-1$

	private final Node node;
	private final TextAnchor anchor;

	PassageAnnotation(Node node, TextAnchor anchor) {
		super(typeOf(NodeKinds.of(node)), false, MapLabels.text(node));
		this.node = node;
		this.anchor = anchor;
	}

	static String typeOf(String kind) {
		return TYPE_PREFIX + kind;
	}

	public Node node() {
		return node;
	}

	public TextAnchor anchor() {
		return anchor;
	}
}

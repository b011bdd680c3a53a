package org.argmap.interchange;

import java.util.regex.Pattern;

import org.argmap.model.Analogy;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.edit.MapLabels;

/** A node's kind as the word every interchange format writes, and back. */
public final class NodeKinds {

	public static final String CLAIM = "claim"; //$NON-NLS-1$
	public static final String REBUTTAL = "rebuttal"; //$NON-NLS-1$
	public static final String ANALOGY = "analogy"; //$NON-NLS-1$

	/** Compiled once: {@link String#split} compiles its pattern on every call, once per node of an export. */
	private static final Pattern WHITESPACE = Pattern.compile("\\s+"); //$NON-NLS-1$

	private NodeKinds() {
	}

	public static String of(Node node) {
		if (node instanceof Analogy) {
			return ANALOGY;
		}
		return node instanceof Rebuttal ? REBUTTAL : CLAIM;
	}

	/** An empty node of the kind named {@code kind} (no id, no critical questions), or null for other words. */
	public static Node create(String kind) {
		return switch (kind) {
		case CLAIM -> ArgmapFactory.eINSTANCE.createClaim();
		case REBUTTAL -> ArgmapFactory.eINSTANCE.createRebuttal();
		case ANALOGY -> ArgmapFactory.eINSTANCE.createAnalogy();
		default -> null;
		};
	}

	/**
	 * The node's text wrapped at {@code columns} characters, for drawings; a node with a label has its name (as
	 * the workbench shows it) above the text.
	 */
	public static String drawnLabel(Node node, int columns) {
		StringBuilder label = new StringBuilder();
		if (node.getLabel() != null && !node.getLabel().isBlank()) {
			label.append(MapLabels.text(node)).append('\n');
		}
		int lineLength = 0;
		String text = node.getText() == null ? "" : node.getText().strip(); //$NON-NLS-1$
		for (String word : WHITESPACE.split(text)) {
			if (lineLength > 0 && lineLength + 1 + word.length() > columns) {
				label.append('\n');
				lineLength = 0;
			} else if (lineLength > 0) {
				label.append(' ');
				lineLength++;
			}
			label.append(word);
			lineLength += word.length();
		}
		return label.toString();
	}
}

package org.argmap.interchange;

import java.util.Locale;

/** The formats a map can be exported to, by the names the command line and the export wizard use. */
public enum InterchangeFormat {

	/** GraphML with data keys only: networkx, igraph, graph-tool, JGraphT, Gephi, Cytoscape. */
	GRAPHML("graphml", "graphml"), //$NON-NLS-1$ //$NON-NLS-2$
	/** The same GraphML plus yFiles graphics, so yEd opens a readable, coloured map. */
	GRAPHML_YED("graphml-yed", "graphml"), //$NON-NLS-1$ //$NON-NLS-2$
	/** AIF JSON node sets, as AIFdb publishes them and OVA reads them. */
	AIF("aif", "json"), //$NON-NLS-1$ //$NON-NLS-2$
	/** An OVA3 analysis: the AIF node set with OVA's drawing and answered critical questions. */
	OVA("ova", "json"), //$NON-NLS-1$ //$NON-NLS-2$
	/** W3C Web Annotations (JSON-LD) of every anchor, for annotation tools; read back onto a map's documents. */
	WEB_ANNOTATION("web-annotation", "jsonld"), //$NON-NLS-1$ //$NON-NLS-2$
	/** Graphviz DOT, for drawing only: it is not read back. */
	DOT("dot", "dot"), //$NON-NLS-1$ //$NON-NLS-2$
	/** Argdown text, which the Argdown tools read; Argmap reads it back through {@code argdown json}. */
	ARGDOWN("argdown", "argdown"), //$NON-NLS-1$ //$NON-NLS-2$
	/** Cytoscape.js JSON, laid out and styled by kind, which Cytoscape desktop imports: not read back. */
	CYTOSCAPE("cytoscape", "cyjs"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String formatName;
	private final String extension;

	InterchangeFormat(String formatName, String extension) {
		this.formatName = formatName;
		this.extension = extension;
	}

	public String formatName() {
		return formatName;
	}

	/**
	 * The format a file's name asks for by its extension ({@code .gv} counts as DOT), or null. For
	 * {@code .graphml} it is the portable flavour, which every tool reads.
	 */
	public static InterchangeFormat forFileName(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".gv")) { //$NON-NLS-1$
			return DOT;
		}
		for (InterchangeFormat format : values()) {
			if (lower.endsWith("." + format.extension)) { //$NON-NLS-1$
				return format;
			}
		}
		return null;
	}

	/** The format called {@code name} on the command line, or null. */
	public static InterchangeFormat named(String name) {
		for (InterchangeFormat format : values()) {
			if (format.formatName.equals(name.toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		return null;
	}
}

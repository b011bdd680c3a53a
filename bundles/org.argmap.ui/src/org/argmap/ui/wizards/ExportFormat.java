package org.argmap.ui.wizards;

import org.argmap.core.drawing.PictureExport;
import org.argmap.interchange.InterchangeFormat;

/** What File > Export writes: the interchange formats, and the graph as drawn, as PNG or SVG. */
public enum ExportFormat {

	GRAPHML(InterchangeFormat.GRAPHML, "graphml", Messages.Export_graphml), //$NON-NLS-1$
	GRAPHML_YED(InterchangeFormat.GRAPHML_YED, "graphml", Messages.Export_graphmlYed), //$NON-NLS-1$
	AIF(InterchangeFormat.AIF, "json", Messages.Export_aif), //$NON-NLS-1$
	OVA(InterchangeFormat.OVA, "json", Messages.Export_ova), //$NON-NLS-1$
	WEB_ANNOTATION(InterchangeFormat.WEB_ANNOTATION, "jsonld", Messages.Export_webAnnotation), //$NON-NLS-1$
	DOT(InterchangeFormat.DOT, "dot", Messages.Export_dot), //$NON-NLS-1$
	ARGDOWN(InterchangeFormat.ARGDOWN, "argdown", Messages.Export_argdown), //$NON-NLS-1$
	CYTOSCAPE(InterchangeFormat.CYTOSCAPE, "cyjs", Messages.Export_cytoscape), //$NON-NLS-1$
	PNG(null, "png", Messages.Export_png), //$NON-NLS-1$
	SVG(null, "svg", Messages.Export_svg); //$NON-NLS-1$

	private final InterchangeFormat interchange;
	private final String extension;
	private final String description;

	ExportFormat(InterchangeFormat interchange, String extension, String description) {
		this.interchange = interchange;
		this.extension = extension;
		this.description = description;
	}

	/** The image format written, or null for an interchange format. */
	public PictureExport.Format picture() {
		return interchange == null ? PictureExport.Format.valueOf(name()) : null;
	}

	/** The interchange format written, or null for an image of the graph. */
	public InterchangeFormat interchange() {
		return interchange;
	}

	public String extension() {
		return extension;
	}

	/** What the user reads in the wizard: the format and the tools that open it. */
	public String description() {
		return description;
	}

	/** The name the preferences and the command line use: {@code graphml-yed}, {@code png}, ... */
	public String formatName() {
		return interchange != null ? interchange.formatName() : picture().formatName();
	}

	/**
	 * The format a file name asks for by its extension, as the command line tells it ({@code .graphml} is the
	 * portable flavour, {@code .gv} is DOT), or null.
	 */
	public static ExportFormat forFileName(String fileName) {
		InterchangeFormat interchange = InterchangeFormat.forFileName(fileName);
		if (interchange != null) {
			return valueOf(interchange.name());
		}
		PictureExport.Format picture = PictureExport.Format.forFileName(fileName);
		return picture == null ? null : valueOf(picture.name());
	}

	/** The format called {@code name}, or null. */
	public static ExportFormat named(String name) {
		for (ExportFormat format : values()) {
			if (format.formatName().equals(name)) {
				return format;
			}
		}
		return null;
	}
}

package org.argmap.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.argmap.interchange.aif.AifReader;
import org.argmap.interchange.aif.AifWriter;
import org.argmap.interchange.argdown.ArgdownJsonReader;
import org.argmap.interchange.argdown.ArgdownWriter;
import org.argmap.interchange.cytoscape.CytoscapeWriter;
import org.argmap.interchange.dot.DotWriter;
import org.argmap.interchange.graphml.GraphmlReader;
import org.argmap.interchange.graphml.GraphmlWriter;
import org.argmap.interchange.webannotation.WebAnnotationWriter;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Identified;
import org.argmap.model.MapElements;
import org.argmap.model.persistence.FileReplacement;

/**
 * Export to any {@link InterchangeFormat} and import from GraphML, AIF JSON (OVA3's analyses included) or
 * Argdown JSON, the format told by content.
 */
public final class Interchange {


	private Interchange() {
	}

	/** Writes {@code map} in {@code format} to {@code out} (not closed). */
	public static void export(ArgumentMap map, InterchangeFormat format, OutputStream out) throws IOException {
		checkIdsAreUnique(map);
		switch (format) {
		case GRAPHML -> GraphmlWriter.write(map, GraphmlWriter.Flavour.PORTABLE, out);
		case GRAPHML_YED -> GraphmlWriter.write(map, GraphmlWriter.Flavour.YED, out);
		case AIF -> AifWriter.write(map, out);
		case OVA -> AifWriter.writeOva(map, out);
		case WEB_ANNOTATION -> WebAnnotationWriter.write(map, out);
		case DOT -> DotWriter.write(map, out);
		case ARGDOWN -> ArgdownWriter.write(map, out);
		case CYTOSCAPE -> CytoscapeWriter.write(map, out);
		}
	}

	/** Writes {@code map} to {@code file} so that a failed export leaves any previous file as it was. */
	public static void export(ArgumentMap map, InterchangeFormat format, Path file) throws IOException {
		export(map, format, file, () -> false);
	}

	/**
	 * Writes {@code map} to {@code file} so that a failed or cancelled export leaves any previous file as it
	 * was.
	 *
	 * @param cancelled asked as the file is written; once it answers true the export stops with an
	 *                  {@link InterruptedIOException} and nothing is written
	 */
	public static void export(ArgumentMap map, InterchangeFormat format, Path file, BooleanSupplier cancelled)
			throws IOException {
		FileReplacement.write(file, cancelled, out -> export(map, format, out));
	}

	/**
	 * Reads a map from GraphML, AIF JSON or Argdown JSON, telling GraphML and JSON apart by their first character
	 * and Argdown by its top-level fields; GraphML from other tools is read as {@code options} say.
	 */
	public static ImportedMap importFile(Path file, ImportOptions options) throws ImportException {
		int first = InputLimits.read(file, Interchange::firstSignificantByte);
		return switch (first) {
		case '<' -> GraphmlReader.read(file, options);
		case '{', '[' -> InputLimits.read(file, ArgdownJsonReader::isArgdownJson) ? ArgdownJsonReader.read(file)
				: AifReader.read(file);
		case -1 -> throw new ImportException(file, 0, 0, Messages.Import_empty, null);
		default -> throw new ImportException(file, 1, 1, Messages.Import_unknownFormat, null);
		};
	}

	/** The first byte that is not white space or part of a UTF-8 byte order mark, or -1. */
	private static int firstSignificantByte(InputStream in) throws IOException {
		int b;
		do {
			b = in.read();
		} while (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0xEF || b == 0xBB || b == 0xBF);
		return b;
	}

	/**
	 * Every format links elements by id, so two elements with one id would give a file that no reader, Argmap's
	 * own included, can take back.
	 */
	private static void checkIdsAreUnique(ArgumentMap map) throws UnexportableMapException {
		Map<String, Identified> seen = new HashMap<>();
		List<Identified> elements = new ArrayList<>(map.getDocuments());
		elements.addAll(map.getNodes());
		elements.addAll(map.getRelations());
		for (Identified element : elements) {
			Identified other = element.getId() == null ? null : seen.putIfAbsent(element.getId(), element);
			if (other != null) {
				throw new UnexportableMapException(Messages.bind(Messages.Export_duplicateId,
						new Object[] { MapElements.describe(other), MapElements.describe(element), element.getId() }));
			}
		}
	}
}

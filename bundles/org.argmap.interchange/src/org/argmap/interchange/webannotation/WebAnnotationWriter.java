package org.argmap.interchange.webannotation;

import static org.argmap.interchange.webannotation.WebAnnotationVocabulary.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.argmap.interchange.JsonFiles;
import org.argmap.interchange.NodeKinds;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.TextAnchor;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes every anchor of a map as a W3C Web Annotation (Web Annotation Data Model, JSON-LD), all in one
 * AnnotationCollection: the target is the passage of the document ({@code TextQuoteSelector} with exact,
 * prefix and suffix, and {@code TextPositionSelector} with start and end), the body is the node (a describing
 * TextualBody with its text, whose id names the node, and a classifying one with its kind). An orphaned
 * anchor has no place left, so it carries the quote only.
 */
public final class WebAnnotationWriter {

	private final JsonGenerator json;

	private WebAnnotationWriter(JsonGenerator json) {
		this.json = json;
	}

	/** Writes the annotations of {@code map} to {@code out} (not closed). */
	public static void write(ArgumentMap map, OutputStream out) throws IOException {
		try (JsonGenerator json = JsonFiles.generator(out)) {
			new WebAnnotationWriter(json).writeCollection(map);
		}
	}

	private void writeCollection(ArgumentMap map) throws IOException {
		List<Node> anchored = map.getNodes().stream().filter(node -> !node.getAnchors().isEmpty()).toList();
		// an anchor without its document (a damaged map, which validation reports) points nowhere
		long total = anchored.stream().flatMap(node -> node.getAnchors().stream())
				.filter(anchor -> anchor.getDocument() != null).count();
		json.writeStartObject();
		json.writeStringField(CONTEXT, ANNOTATION_CONTEXT);
		json.writeStringField(ID, collectionId(map));
		json.writeStringField(TYPE, COLLECTION);
		if (map.getTitle() != null) {
			json.writeStringField(LABEL, map.getTitle());
		}
		json.writeNumberField(TOTAL, total);
		json.writeObjectFieldStart(FIRST);
		json.writeStringField(TYPE, PAGE);
		json.writeNumberField(START_INDEX, 0);
		json.writeArrayFieldStart(ITEMS);
		for (Node node : anchored) {
			for (int i = 0; i < node.getAnchors().size(); i++) {
				if (node.getAnchors().get(i).getDocument() != null) {
					writeAnnotation(node, node.getAnchors().get(i), i + 1);
				}
			}
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeEndObject();
	}

	private void writeAnnotation(Node node, TextAnchor anchor, int number) throws IOException {
		json.writeStartObject();
		json.writeStringField(ID, ANCHOR_PREFIX + node.getId() + ':' + number);
		json.writeStringField(TYPE, ANNOTATION);
		json.writeStringField(MOTIVATION, DESCRIBING);
		json.writeArrayFieldStart(BODY);
		json.writeStartObject();
		json.writeStringField(ID, NODE_PREFIX + node.getId());
		json.writeStringField(TYPE, TEXTUAL_BODY);
		json.writeStringField(VALUE, node.getText() == null ? "" : node.getText()); //$NON-NLS-1$
		json.writeStringField(FORMAT, PLAIN_TEXT);
		json.writeStringField(PURPOSE, DESCRIBING);
		json.writeEndObject();
		json.writeStartObject();
		json.writeStringField(TYPE, TEXTUAL_BODY);
		json.writeStringField(VALUE, NodeKinds.of(node));
		json.writeStringField(PURPOSE, CLASSIFYING);
		json.writeEndObject();
		json.writeEndArray();
		json.writeObjectFieldStart(TARGET);
		json.writeStringField(SOURCE, source(anchor.getDocument()));
		json.writeArrayFieldStart(SELECTOR);
		json.writeStartObject();
		json.writeStringField(TYPE, QUOTE_SELECTOR);
		json.writeStringField(EXACT, anchor.getExact() == null ? "" : anchor.getExact()); //$NON-NLS-1$
		if (anchor.getPrefix() != null) {
			json.writeStringField(PREFIX, anchor.getPrefix());
		}
		if (anchor.getSuffix() != null) {
			json.writeStringField(SUFFIX, anchor.getSuffix());
		}
		json.writeEndObject();
		if (anchor.getStatus() != AnchorStatus.ORPHANED) {
			json.writeStartObject();
			json.writeStringField(TYPE, POSITION_SELECTOR);
			json.writeNumberField(START, anchor.getStart());
			json.writeNumberField(END, anchor.getEnd());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeEndObject();
	}

	/**
	 * The collection's IRI, which the model requires: a name-based UUID of the map's title and creation time,
	 * the same for every export of one map.
	 */
	private static String collectionId(ArgumentMap map) {
		String name = "argmap " + map.getTitle() + ' ' + (map.getCreated() == null ? "" : map.getCreated().getTime()); //$NON-NLS-1$ //$NON-NLS-2$
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
	}
}

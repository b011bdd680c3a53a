package org.argmap.interchange.aif;

import static org.argmap.interchange.aif.AifVocabulary.*;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.interchange.JsonFiles;
import org.argmap.interchange.JsonModel;
import org.argmap.interchange.NodeKinds;
import org.argmap.interchange.RelationEnds;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a map as an AIF node set with Jackson's streaming generator: claims, rebuttals and analogies are
 * I-nodes; each relation is an S-node (RA for support and analogy, the latter with the
 * argument-from-analogy scheme; CA for attack and undercut, an undercut pointing at the S-node it attacks;
 * MA for equivalence) with edges from its premises and to its conclusion. Node ids are the map's ids.
 */
public final class AifWriter {

	private static final DateTimeFormatter AIFDB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final JsonGenerator json;
	private final ArgumentMap map;
	private final String timestamp;

	private AifWriter(JsonGenerator json, ArgumentMap map) {
		this.json = json;
		this.map = map;
		Date modified = map.getModified() != null ? map.getModified() : new Date();
		this.timestamp = AIFDB_TIME.format(modified.toInstant());
	}

	/** Writes {@code map} to {@code out} (not closed). */
	public static void write(ArgumentMap map, OutputStream out) throws IOException {
		write(map, out, false);
	}

	/**
	 * Writes {@code map} to {@code out} (not closed) as OVA3 saves an analysis: the node set under "AIF" with
	 * OVA's scheme and critical-question fulfilments, where OVA draws each node under "OVA", and Argmap's
	 * extension beside them.
	 */
	public static void writeOva(ArgumentMap map, OutputStream out) throws IOException {
		write(map, out, true);
	}

	private static void write(ArgumentMap map, OutputStream out, boolean ova) throws IOException {
		for (Relation relation : map.getRelations()) {
			RelationEnds.checkComplete(relation);
		}
		try (JsonGenerator json = JsonFiles.generator(out)) {
			new AifWriter(json, map).writeFile(ova ? new OvaDrawing(map) : null);
		}
	}

	/** The node set, wrapped with OVA's parts when {@code ova} is given. */
	private void writeFile(OvaDrawing ova) throws IOException {
		json.writeStartObject();
		if (ova != null) {
			json.writeObjectFieldStart(OVA_WRAPPER);
		}
		MapEvaluation grounded = MapEvaluation.of(map, Semantics.GROUNDED);
		json.writeArrayFieldStart(NODES);
		for (Node node : map.getNodes()) {
			iNode(node.getId(), node.getText());
			json.writeStringField(GROUNDED, grounded.label(node).word());
			json.writeEndObject();
		}
		if (ova != null) {
			for (OvaDrawing.Answer answer : ova.answers()) {
				iNode(answer.nodeId(), answer.question().getAnswer());
				json.writeEndObject();
			}
		}
		for (Relation relation : map.getRelations()) {
			String type = nodeType(relation.getKind());
			json.writeStartObject();
			String scheme = schemeName(relation, type);
			json.writeStringField(NODE_ID, relation.getId());
			json.writeStringField(TEXT, scheme);
			json.writeStringField(TYPE, type);
			if (relation.getScheme() != null || relation.getKind() == RelationKind.ANALOGY) {
				json.writeStringField(SCHEME, scheme);
			}
			json.writeStringField(TIMESTAMP, timestamp);
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart(EDGES);
		for (Relation relation : map.getRelations()) {
			List<Node> sources = relation.getSources();
			for (int i = 0; i < sources.size(); i++) {
				edge(relation.getId() + ".premise" + (i + 1), sources.get(i).getId(), relation.getId()); //$NON-NLS-1$
			}
			edge(relation.getId() + ".conclusion", relation.getId(), relation.getTarget().getId()); //$NON-NLS-1$
		}
		json.writeEndArray();
		json.writeArrayFieldStart(LOCUTIONS);
		json.writeEndArray();
		json.writeArrayFieldStart(PARTICIPANTS);
		json.writeEndArray();
		if (ova != null) {
			ova.writeFulfilments(json);
			json.writeEndObject();
			json.writeStringField(OVA_TEXT, ""); //$NON-NLS-1$
			ova.writeLayout(json);
		}
		writeExtension();
		json.writeEndObject();
	}

	/** Starts an I-node's object, left open for more fields. */
	private void iNode(String id, String text) throws IOException {
		json.writeStartObject();
		json.writeStringField(NODE_ID, id);
		json.writeStringField(TEXT, text == null ? "" : text); //$NON-NLS-1$
		json.writeStringField(TYPE, I);
		json.writeStringField(TIMESTAMP, timestamp);
	}

	/**
	 * What AIF tools show for the S-node: its scheme, and for an analogy the name AIFdb and arguebuf know it by
	 * (Walton's longer name, which older maps carry, reads as a default inference there).
	 */
	static String schemeName(Relation relation, String type) {
		String scheme = relation.getScheme();
		if (relation.getKind() == RelationKind.ANALOGY && (scheme == null || scheme.equalsIgnoreCase(WALTON_ANALOGY))) {
			return MapElements.ANALOGY_SCHEME;
		}
		return scheme != null ? scheme : defaultScheme(type);
	}

	private void edge(String id, String from, String to) throws IOException {
		json.writeStartObject();
		json.writeStringField(EDGE_ID, id);
		json.writeStringField(FROM_ID, from);
		json.writeStringField(TO_ID, to);
		json.writeEndObject();
	}

	/**
	 * Argmap's extension, written from the model's own features by {@link JsonModel}: the map's and each
	 * document's attributes, each node's kind, attributes (its text is the I-node's) and parts, and each
	 * relation's attributes.
	 */
	private void writeExtension() throws IOException {
		json.writeObjectFieldStart(EXTENSION);
		json.writeStringField(EXTENSION_FORMAT_FIELD, EXTENSION_FORMAT);
		json.writeObjectFieldStart(EXTENSION_MAP);
		JsonModel.writeColumns(json, map, Set.of());
		json.writeEndObject();
		json.writeArrayFieldStart(EXTENSION_DOCUMENTS);
		for (SourceDocument document : map.getDocuments()) {
			json.writeStartObject();
			json.writeStringField(EXTENSION_ID, document.getId());
			JsonModel.writeColumns(json, document, Set.of());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeObjectFieldStart(NODES);
		for (Node node : map.getNodes()) {
			json.writeObjectFieldStart(node.getId());
			json.writeStringField(EXTENSION_KIND, NodeKinds.of(node));
			JsonModel.writeFields(json, node, IN_NODE_SET);
			json.writeEndObject();
		}
		json.writeEndObject();
		json.writeObjectFieldStart(EXTENSION_RELATIONS);
		for (Relation relation : map.getRelations()) {
			json.writeObjectFieldStart(relation.getId());
			JsonModel.writeColumns(json, relation, Set.of());
			json.writeEndObject();
		}
		json.writeEndObject();
		json.writeEndObject();
	}
}

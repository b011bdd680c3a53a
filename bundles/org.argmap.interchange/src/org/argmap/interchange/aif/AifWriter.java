package org.argmap.interchange.aif;

import static org.argmap.interchange.aif.AifVocabulary.*;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.interchange.NodeKinds;
import org.argmap.interchange.RelationEnds;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Correspondence;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

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
		JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
		try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
			json.useDefaultPrettyPrinter();
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

	private void writeExtension() throws IOException {
		json.writeObjectFieldStart(EXTENSION);
		json.writeStringField("format", EXTENSION_FORMAT); //$NON-NLS-1$
		json.writeObjectFieldStart("map"); //$NON-NLS-1$
		string("title", map.getTitle()); //$NON-NLS-1$
		string("description", map.getDescription()); //$NON-NLS-1$
		string("created", instant(map.getCreated())); //$NON-NLS-1$
		string("modified", instant(map.getModified())); //$NON-NLS-1$
		json.writeEndObject();
		json.writeArrayFieldStart("documents"); //$NON-NLS-1$
		for (SourceDocument document : map.getDocuments()) {
			json.writeStartObject();
			string("id", document.getId()); //$NON-NLS-1$
			string("title", document.getTitle()); //$NON-NLS-1$
			string("author", document.getAuthor()); //$NON-NLS-1$
			string("date", document.getDate()); //$NON-NLS-1$
			string("location", document.getLocation()); //$NON-NLS-1$
			string("mediaType", document.getMediaType()); //$NON-NLS-1$
			string("sha256", document.getSha256()); //$NON-NLS-1$
			string("snapshot", document.getSnapshot()); //$NON-NLS-1$
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeObjectFieldStart(NODES);
		for (Node node : map.getNodes()) {
			json.writeObjectFieldStart(node.getId());
			writeNodeDetails(node);
			json.writeEndObject();
		}
		json.writeEndObject();
		json.writeObjectFieldStart("relations"); //$NON-NLS-1$
		for (Relation relation : map.getRelations()) {
			json.writeObjectFieldStart(relation.getId());
			string("kind", relation.getKind().getLiteral()); //$NON-NLS-1$
			string("note", relation.getNote()); //$NON-NLS-1$
			if (relation.getScheme() != null && !relation.getScheme().equals(schemeName(relation, nodeType(relation.getKind())))) {
				string(SCHEME, relation.getScheme());
			}
			json.writeEndObject();
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private void writeNodeDetails(Node node) throws IOException {
		string("kind", NodeKinds.of(node)); //$NON-NLS-1$
		string("label", node.getLabel()); //$NON-NLS-1$
		string("note", node.getNote()); //$NON-NLS-1$
		if (node instanceof Claim claim) {
			json.writeBooleanField("implicit", claim.isImplicit()); //$NON-NLS-1$
		}
		if (!node.getTags().isEmpty()) {
			json.writeArrayFieldStart("tags"); //$NON-NLS-1$
			for (String tag : node.getTags()) {
				json.writeString(tag);
			}
			json.writeEndArray();
		}
		if (node.getPosition() != null) {
			json.writeObjectFieldStart("position"); //$NON-NLS-1$
			json.writeNumberField("x", node.getPosition().getX()); //$NON-NLS-1$
			json.writeNumberField("y", node.getPosition().getY()); //$NON-NLS-1$
			json.writeEndObject();
		}
		if (!node.getAnchors().isEmpty()) {
			json.writeArrayFieldStart("anchors"); //$NON-NLS-1$
			for (TextAnchor anchor : node.getAnchors()) {
				json.writeStartObject();
				string("document", anchor.getDocument() == null ? null : anchor.getDocument().getId()); //$NON-NLS-1$
				json.writeNumberField("start", anchor.getStart()); //$NON-NLS-1$
				json.writeNumberField("end", anchor.getEnd()); //$NON-NLS-1$
				string("exact", anchor.getExact()); //$NON-NLS-1$
				string("prefix", anchor.getPrefix()); //$NON-NLS-1$
				string("suffix", anchor.getSuffix()); //$NON-NLS-1$
				string("status", anchor.getStatus().getLiteral()); //$NON-NLS-1$
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		if (node instanceof Analogy analogy) {
			string("sourceCase", analogy.getSourceCase()); //$NON-NLS-1$
			string("targetCase", analogy.getTargetCase()); //$NON-NLS-1$
			json.writeArrayFieldStart("correspondences"); //$NON-NLS-1$
			for (Correspondence correspondence : analogy.getCorrespondences()) {
				json.writeStartObject();
				string("source", correspondence.getSourceAspect()); //$NON-NLS-1$
				string("target", correspondence.getTargetAspect()); //$NON-NLS-1$
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("questions"); //$NON-NLS-1$
			for (CriticalQuestion question : analogy.getCriticalQuestions()) {
				json.writeStartObject();
				string("kind", question.getKind().getLiteral()); //$NON-NLS-1$
				string("status", question.getStatus().getLiteral()); //$NON-NLS-1$
				string("answer", question.getAnswer()); //$NON-NLS-1$
				json.writeEndObject();
			}
			json.writeEndArray();
		}
	}

	private void string(String name, String value) throws IOException {
		if (value != null) {
			json.writeStringField(name, value);
		}
	}

	private static String instant(Date date) {
		return date == null ? null : Instant.ofEpochMilli(date.getTime()).toString();
	}
}

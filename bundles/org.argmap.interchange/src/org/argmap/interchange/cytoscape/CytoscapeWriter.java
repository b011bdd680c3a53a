package org.argmap.interchange.cytoscape;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.argmap.core.drawing.KindColours;
import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.interchange.ExportLayout;
import org.argmap.interchange.JsonFiles;
import org.argmap.interchange.JsonModel;
import org.argmap.interchange.NodeKinds;
import org.argmap.interchange.RelationEnds;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.edit.MapLabels;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a map as Cytoscape.js JSON ({@code elements} with {@code data}, {@code position} and
 * {@code classes}), the form Cytoscape desktop imports as {@code .cyjs} and networkx reads with
 * {@code cytoscape_graph}. Nodes are placed by {@link ExportLayout} (positions are box centres, as
 * Cytoscape.js wants them) and carry their kind, grounded label and implicitness as classes for stylesheets.
 * Every attribute of a node or relation is a data column under its own name, as {@link JsonModel} writes it.
 * Relations become edges as in GraphML: one per premise, ids {@code relation.1}, {@code relation.2}, … for
 * linked premises, and an undercut is an edge to the conclusion of the inference it attacks, naming that
 * inference in {@code undercuts}. Export only: the map's own file and GraphML are the ways back in.
 */
public final class CytoscapeWriter {

	private final JsonGenerator json;
	private final ArgumentMap map;
	private final MapEvaluation grounded;

	private CytoscapeWriter(JsonGenerator json, ArgumentMap map) {
		this.json = json;
		this.map = map;
		grounded = MapEvaluation.of(map, Semantics.GROUNDED);
	}

	/**
	 * Writes {@code map} to {@code out} (not closed).
	 *
	 * @throws IOException if writing fails, or naming the relation when the map has an incomplete relation
	 */
	public static void write(ArgumentMap map, OutputStream out) throws IOException {
		for (Relation relation : map.getRelations()) {
			RelationEnds.landingNode(relation);
		}
		try (JsonGenerator json = JsonFiles.generator(out)) {
			new CytoscapeWriter(json, map).writeDocument();
		}
	}

	private void writeDocument() throws IOException {
		json.writeStartObject();
		json.writeStringField("format_version", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
		json.writeStringField("generated_by", "argmap"); //$NON-NLS-1$ //$NON-NLS-2$
		json.writeStringField("target_cytoscapejs_version", "~3.0"); //$NON-NLS-1$ //$NON-NLS-2$
		json.writeObjectFieldStart("data"); //$NON-NLS-1$
		string("name", map.getTitle()); //$NON-NLS-1$
		string("description", map.getDescription()); //$NON-NLS-1$
		json.writeEndObject();
		// read by networkx's cytoscape_graph: directed edges, and two relations may join the same two nodes
		json.writeBooleanField("directed", true); //$NON-NLS-1$
		json.writeBooleanField("multigraph", true); //$NON-NLS-1$
		json.writeObjectFieldStart("elements"); //$NON-NLS-1$
		json.writeArrayFieldStart("nodes"); //$NON-NLS-1$
		Iterator<Box> boxes = ExportLayout.boxes(map);
		for (Node node : map.getNodes()) {
			writeNode(node, boxes.next());
		}
		json.writeEndArray();
		json.writeArrayFieldStart("edges"); //$NON-NLS-1$
		for (Relation relation : map.getRelations()) {
			writeEdges(relation);
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeEndObject();
	}

	private void writeNode(Node node, Box box) throws IOException {
		String kind = NodeKinds.of(node);
		boolean implicit = node instanceof Claim claim && claim.isImplicit();
		String label = grounded.label(node).word();
		json.writeStartObject();
		json.writeObjectFieldStart("data"); //$NON-NLS-1$
		string("id", node.getId()); //$NON-NLS-1$
		string("value", node.getId()); //$NON-NLS-1$ // networkx's cytoscape_graph names nodes by it
		string("name", MapLabels.text(node)); //$NON-NLS-1$
		string("kind", kind); //$NON-NLS-1$
		JsonModel.writeColumns(json, node, Set.of());
		string("grounded", label); //$NON-NLS-1$
		string("color", KindColours.border(node)); //$NON-NLS-1$
		json.writeNumberField("width", box.width()); //$NON-NLS-1$
		json.writeNumberField("height", box.height()); //$NON-NLS-1$
		json.writeEndObject();
		json.writeObjectFieldStart("position"); //$NON-NLS-1$
		json.writeNumberField("x", box.centerX()); //$NON-NLS-1$
		json.writeNumberField("y", box.centerY()); //$NON-NLS-1$
		json.writeEndObject();
		json.writeStringField("classes", kind + (implicit ? " implicit" : "") + " grounded-" + label); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		json.writeEndObject();
	}

	private void writeEdges(Relation relation) throws IOException {
		Node landing = RelationEnds.landingNode(relation);
		List<Node> sources = relation.getSources();
		boolean linked = sources.size() > 1;
		String kind = relation.getKind().getLiteral();
		for (int i = 0; i < sources.size(); i++) {
			String id = linked ? relation.getId() + '.' + (i + 1) : relation.getId();
			json.writeStartObject();
			json.writeObjectFieldStart("data"); //$NON-NLS-1$
			string("id", id); //$NON-NLS-1$
			string("key", id); //$NON-NLS-1$ // networkx's cytoscape_graph tells parallel edges apart by it
			string("source", sources.get(i).getId()); //$NON-NLS-1$
			string("target", landing.getId()); //$NON-NLS-1$
			string("relation", relation.getId()); //$NON-NLS-1$
			JsonModel.writeColumns(json, relation, Set.of());
			string("interaction", kind); //$NON-NLS-1$ // Cytoscape desktop's column for the edge type
			if (relation.getKind() == RelationKind.UNDERCUT && relation.getTarget() instanceof Relation attacked) {
				string("undercuts", attacked.getId()); //$NON-NLS-1$
			}
			string("color", KindColours.line(relation.getKind())); //$NON-NLS-1$
			json.writeEndObject();
			json.writeStringField("classes", kind + (linked ? " linked" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			json.writeEndObject();
		}
	}

	private void string(String field, String value) throws IOException {
		if (value != null) {
			json.writeStringField(field, value);
		}
	}
}

package org.argmap.interchange.aif;

import static org.argmap.interchange.aif.AifVocabulary.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.argmap.core.layout.MapLayout;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.interchange.NodeKinds;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What an OVA3 analysis adds to a node set: where OVA draws each node, which scheme each S-node fulfils, and
 * the critical questions answered. OVA answers a question by pointing at an I-node, so each answered or
 * conceded question of an analogy gets an I-node holding the answer, beside the analogy and joined to nothing.
 */
final class OvaDrawing {

	/** An answered or conceded question, the argument from analogy it questions, and its answer's I-node id. */
	record Answer(String nodeId, Relation inference, CriticalQuestion question) {
	}

	private static final double WIDTH = 220;
	private static final double LINE_HEIGHT = 16;
	private static final int WRAP_COLUMNS = 32;
	/** OVA draws an S-node as a small box around its scheme name. */
	private static final double SCHEME_WIDTH = 120;
	private static final double SCHEME_HEIGHT = 30;
	private static final double ANSWER_GAP = 40;

	private final ArgumentMap map;
	private final Map<Node, Box> boxes;
	private final Map<Relation, double[]> junctions;
	private final List<Answer> answers = new ArrayList<>();

	OvaDrawing(ArgumentMap map) {
		this.map = map;
		MapLayout.Result layout = MapLayout.compute(map, node -> new double[] { WIDTH, height(node) });
		this.boxes = new IdentityHashMap<>(layout.boxes());
		this.junctions = layout.junctions();
		for (Node node : map.getNodes()) {
			if (node instanceof Analogy analogy) {
				Relation inference = map.getRelations().stream()
						.filter(relation -> relation.getKind() == RelationKind.ANALOGY
								&& relation.getSources().contains(analogy))
						.findFirst().orElse(null);
				for (CriticalQuestion question : analogy.getCriticalQuestions()) {
					if (inference != null && question.getStatus() != QuestionStatus.OPEN) {
						answers.add(new Answer(analogy.getId() + ".cq." + question.getKind().getLiteral(), //$NON-NLS-1$
								inference, question));
					}
				}
			}
		}
	}

	List<Answer> answers() {
		return answers;
	}

	/** The scheme, descriptor and critical-question fulfilments, fields of the node set. */
	void writeFulfilments(JsonGenerator json) throws IOException {
		json.writeArrayFieldStart(SCHEME_FULFILMENTS);
		for (Relation relation : map.getRelations()) {
			String schemeId = defaultSchemeId(AifWriter.schemeName(relation, nodeType(relation.getKind())));
			if (schemeId != null) {
				json.writeStartObject();
				json.writeStringField(NODE_ID, relation.getId());
				json.writeStringField(SCHEME_ID, schemeId);
				json.writeEndObject();
			}
		}
		json.writeEndArray();
		json.writeArrayFieldStart(DESCRIPTOR_FULFILMENTS);
		json.writeEndArray();
		json.writeArrayFieldStart(QUESTION_FULFILMENTS);
		for (Answer answer : answers) {
			json.writeStartObject();
			json.writeStringField(NODE_ID, answer.inference().getId());
			json.writeStringField(DESCRIPTOR_ID, QUESTION_DESCRIPTOR + answer.question().getKind().getLiteral() + ':'
					+ answer.question().getStatus().getLiteral());
			json.writeStringField(SELECTED_ID, answer.nodeId());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	/**
	 * OVA's drawing: each node's top left corner (a node the user placed where they placed it, the rest where
	 * the workbench's layout puts them), each S-node between its premises and its conclusion.
	 */
	void writeLayout(JsonGenerator json) throws IOException {
		json.writeObjectFieldStart(OVA_LAYOUT);
		json.writeStringField("firstname", ""); //$NON-NLS-1$ //$NON-NLS-2$
		json.writeStringField("surname", ""); //$NON-NLS-1$ //$NON-NLS-2$
		json.writeStringField("url", ""); //$NON-NLS-1$ //$NON-NLS-2$
		json.writeArrayFieldStart(NODES);
		for (Node node : map.getNodes()) {
			Box box = boxes.get(node);
			double[] corner = node.getPosition() != null
					? new double[] { node.getPosition().getX(), node.getPosition().getY() }
					: new double[] { box.x(), box.y() };
			place(json, node.getId(), corner);
		}
		for (Relation relation : map.getRelations()) {
			double[] centre = schemeCentre(relation);
			place(json, relation.getId(), new double[] { centre[0] - SCHEME_WIDTH / 2, centre[1] - SCHEME_HEIGHT / 2 });
		}
		Map<Node, Integer> answersBeside = new IdentityHashMap<>();
		for (Answer answer : answers) {
			Node analogy = answer.inference().getSources().get(0);
			Box box = boxes.get(analogy);
			int index = answersBeside.merge(analogy, 1, Integer::sum) - 1;
			place(json, answer.nodeId(), new double[] { box.x() + box.width() + ANSWER_GAP,
					box.y() + index * (box.height() + ANSWER_GAP / 2) });
		}
		json.writeEndArray();
		json.writeArrayFieldStart(EDGES);
		for (Relation relation : map.getRelations()) {
			for (Node source : relation.getSources()) {
				edge(json, source.getId(), relation.getId());
			}
			edge(json, relation.getId(), relation.getTarget().getId());
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/** Where the premises meet, else halfway between the first premise and the conclusion. */
	private double[] schemeCentre(Relation relation) {
		double[] junction = junctions.get(relation);
		if (junction != null) {
			return junction;
		}
		Box source = boxes.get(relation.getSources().get(0));
		double[] target = relation.getTarget() instanceof Node node
				? new double[] { boxes.get(node).centerX(), boxes.get(node).centerY() }
				: schemeCentre((Relation) relation.getTarget());
		return new double[] { (source.centerX() + target[0]) / 2, (source.centerY() + target[1]) / 2 };
	}

	private static void place(JsonGenerator json, String id, double[] corner) throws IOException {
		json.writeStartObject();
		json.writeStringField(NODE_ID, id);
		json.writeBooleanField(VISIBLE, true);
		json.writeNumberField(X, corner[0]);
		json.writeNumberField(Y, corner[1]);
		json.writeStringField(TIMESTAMP, ""); //$NON-NLS-1$
		json.writeEndObject();
	}

	private static void edge(JsonGenerator json, String from, String to) throws IOException {
		json.writeStartObject();
		json.writeStringField(FROM_ID, from);
		json.writeStringField(TO_ID, to);
		json.writeBooleanField(VISIBLE, true);
		json.writeEndObject();
	}

	private static double height(Node node) {
		return (NodeKinds.drawnLabel(node, WRAP_COLUMNS).lines().count() + 1) * LINE_HEIGHT;
	}
}

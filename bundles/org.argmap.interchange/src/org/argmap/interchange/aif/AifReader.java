package org.argmap.interchange.aif;

import static org.argmap.interchange.aif.AifVocabulary.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.InputLimits;
import org.argmap.interchange.JsonModel;
import org.argmap.interchange.JsonTree;
import org.argmap.interchange.Messages;
import org.argmap.interchange.NodeKinds;
import org.argmap.model.Analogy;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.CriticalQuestion;
import org.argmap.model.CriticalQuestionKind;
import org.argmap.model.Identified;
import org.argmap.model.Ids;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.QuestionStatus;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.eclipse.emf.ecore.EReference;

/**
 * Reads an AIF node set (as AIFdb publishes it, or wrapped by OVA under {@code "AIF"}) into a new map.
 * I-nodes become claims, RA/CA/MA nodes relations between them; a CA pointing at another S-node is an
 * undercut. Dialogue structure (L, YA, TA nodes and locutions) has no place in a map and is counted, not
 * read. When the file carries Argmap's extension, documents, anchors and every detail come back exactly.
 * An OVA3 analysis is read the same way; without the extension, which OVA drops when it saves, its drawing
 * gives the nodes their positions and the critical questions Argmap answered come back from its fulfilments.
 */
public final class AifReader {

	private static final ArgmapFactory FACTORY = ArgmapFactory.eINSTANCE;

	private record AifNode(String id, String type, String text, String scheme, Map<String, Object> where) {
	}

	private final JsonTree tree;
	private final ArgumentMap map = FACTORY.createArgumentMap();
	private final List<String> notices = new ArrayList<>();
	private final Map<String, AifNode> aifNodes = new LinkedHashMap<>();
	private final Map<String, List<String>> incoming = new HashMap<>();
	private final Map<String, List<String>> outgoing = new HashMap<>();
	private final Map<String, Node> nodes = new HashMap<>();
	private final Set<String> usedIds = new HashSet<>();
	private final Map<String, Relation> relationsByAifId = new LinkedHashMap<>();
	private Map<String, Object> extension = Map.of();

	private AifReader(JsonTree tree) {
		this.tree = tree;
	}

	public static ImportedMap read(Path file) throws ImportException {
		return InputLimits.read(file, in -> read(in, file));
	}

	/** Reads {@code in} (not closed), naming {@code file} in messages. */
	public static ImportedMap read(InputStream in, Path file) throws ImportException {
		JsonTree tree = JsonTree.parse(InputLimits.limited(in, file), file);
		AifReader reader = new AifReader(tree);
		reader.readNodeSet();
		return new ImportedMap(reader.map, List.copyOf(reader.notices));
	}

	private void readNodeSet() throws ImportException {
		if (!(tree.root() instanceof Map<?, ?> root)) {
			throw tree.failure(tree.root(), Messages.Aif_notNodeSet);
		}
		Map<String, Object> nodeSet = object(root);
		Map<String, Object> ova = Map.of();
		if (nodeSet.get(OVA_WRAPPER) instanceof Map<?, ?> wrapped) {
			ova = objectField(nodeSet, OVA_LAYOUT);
			nodeSet = object(wrapped);
		}
		if (!(nodeSet.get(NODES) instanceof List<?> nodeList) || !(nodeSet.get(EDGES) instanceof List<?> edgeList)) {
			throw tree.failure(nodeSet, Messages.Aif_notNodeSet);
		}
		Map<String, Object> extensionHolder = root.get(EXTENSION) != null ? object(root) : nodeSet;
		Map<String, Object> given = objectField(extensionHolder, EXTENSION);
		if (EXTENSION_FORMAT.equals(given.get(EXTENSION_FORMAT_FIELD))) {
			extension = given;
			readMapDetails();
		}
		Map<String, Integer> skipped = new TreeMap<>();
		for (Object entry : nodeList) {
			Map<String, Object> node = objectAt(entry, nodeSet);
			String id = requiredId(node, NODE_ID);
			String type = string(node, TYPE);
			if (type == null) {
				throw tree.failure(node, Messages.bind(Messages.Aif_missingField, TYPE));
			}
			if (aifNodes.put(id, new AifNode(id, type, string(node, TEXT), string(node, SCHEME), node)) != null) {
				throw tree.failure(node, Messages.bind(Messages.Aif_duplicateNode, id));
			}
		}
		for (Object entry : edgeList) {
			Map<String, Object> edge = objectAt(entry, nodeSet);
			String from = requiredId(edge, FROM_ID);
			String to = requiredId(edge, TO_ID);
			for (String end : new String[] { from, to }) {
				if (!aifNodes.containsKey(end)) {
					throw tree.failure(edge, Messages.bind(Messages.Aif_unknownEndpoint, end));
				}
			}
			outgoing.computeIfAbsent(from, key -> new ArrayList<>()).add(to);
			incoming.computeIfAbsent(to, key -> new ArrayList<>()).add(from);
		}
		List<Fulfilment> answers = questionFulfilments(nodeSet);
		Set<String> answerNodes = new HashSet<>();
		for (Fulfilment answer : answers) {
			if (isAnswerNode(answer.selected())) {
				answerNodes.add(answer.selected());
			}
		}
		for (AifNode node : aifNodes.values()) {
			if (answerNodes.contains(node.id())) {
				continue;
			}
			if (node.type().equals(I)) {
				addClaim(node);
			} else if (!isSchemeNode(node)) {
				skipped.merge(node.type(), 1, Integer::sum);
			}
		}
		readRelations();
		if (extension.isEmpty()) {
			readQuestions(answers);
			readLayout(ova);
		}
		if (!skipped.isEmpty()) {
			notices.add(Messages.bind(Messages.Aif_dialogueSkipped, skipped.toString()));
		}
	}

	// --- OVA3's parts: answered critical questions and the drawing ---

	/** An OVA critical-question fulfilment that Argmap wrote: scheme node, question, status, answering node. */
	private record Fulfilment(String schemeNode, CriticalQuestionKind kind, QuestionStatus status, String selected) {
	}

	/** Argmap's fulfilments; OVA's own (AIFdb descriptors, numbered) are counted and told. */
	private List<Fulfilment> questionFulfilments(Map<String, Object> nodeSet) throws ImportException {
		List<Fulfilment> fulfilments = new ArrayList<>();
		int foreign = 0;
		for (Object entry : arrayField(nodeSet, QUESTION_FULFILMENTS)) {
			Map<String, Object> fields = objectAt(entry, nodeSet);
			String descriptor = string(fields, DESCRIPTOR_ID);
			if (descriptor == null || !descriptor.startsWith(QUESTION_DESCRIPTOR)) {
				foreign++;
				continue;
			}
			String[] parts = descriptor.substring(QUESTION_DESCRIPTOR.length()).split(":", -1); //$NON-NLS-1$
			CriticalQuestionKind kind = parts.length == 2 ? CriticalQuestionKind.get(parts[0]) : null;
			QuestionStatus status = parts.length == 2 ? QuestionStatus.get(parts[1]) : null;
			if (kind == null || status == null) {
				throw tree.failure(fields, DESCRIPTOR_ID, Messages.bind(Messages.Ova_badQuestion, descriptor));
			}
			String schemeNode = requiredId(fields, NODE_ID);
			String selected = requiredId(fields, SELECTED_ID);
			for (String end : new String[] { schemeNode, selected }) {
				if (!aifNodes.containsKey(end)) {
					throw tree.failure(fields, Messages.bind(Messages.Ova_unknownNode, end));
				}
			}
			fulfilments.add(new Fulfilment(schemeNode, kind, status, selected));
		}
		if (foreign > 0) {
			notices.add(Messages.bind(Messages.Ova_foreignQuestions, foreign));
		}
		return fulfilments;
	}

	/** An I-node joined to nothing holds only an answer; one the argument uses stays a claim. */
	private boolean isAnswerNode(String id) {
		return I.equals(aifNodes.get(id).type()) && !incoming.containsKey(id) && !outgoing.containsKey(id);
	}

	private void readQuestions(List<Fulfilment> fulfilments) {
		int unmatched = 0;
		for (Fulfilment fulfilment : fulfilments) {
			Relation inference = relationsByAifId.get(fulfilment.schemeNode());
			if (inference == null || inference.getKind() != RelationKind.ANALOGY
					|| !(inference.getSources().get(0) instanceof Analogy analogy)) {
				unmatched++;
				continue;
			}
			CriticalQuestion question = analogy.getCriticalQuestions().stream()
					.filter(asked -> asked.getKind() == fulfilment.kind()).findFirst().orElseGet(() -> {
						CriticalQuestion added = FACTORY.createCriticalQuestion();
						added.setKind(fulfilment.kind());
						analogy.getCriticalQuestions().add(added);
						return added;
					});
			String answer = aifNodes.get(fulfilment.selected()).text();
			question.setStatus(fulfilment.status());
			question.setAnswer(answer == null || answer.isEmpty() ? null : answer);
		}
		if (unmatched > 0) {
			notices.add(Messages.bind(Messages.Ova_unmatchedQuestions, unmatched));
		}
	}

	/** OVA's corner of each I-node becomes the node's position: an OVA user placed every node by hand. */
	private void readLayout(Map<String, Object> ova) throws ImportException {
		for (Object entry : arrayField(ova, NODES)) {
			Map<String, Object> fields = objectAt(entry, ova);
			Node node = nodes.get(requiredId(fields, NODE_ID));
			if (node != null) {
				node.setPosition(MapElements.newPosition(coordinate(fields, X), coordinate(fields, Y)));
			}
		}
	}

	/** A number, or a number written as a string, as OVA's older files have them. */
	private double coordinate(Map<String, Object> object, String field) throws ImportException {
		if (object.get(field) instanceof String text) {
			try {
				double value = Double.parseDouble(text.strip());
				if (Double.isFinite(value)) {
					return value;
				}
			} catch (NumberFormatException e) {
				// not a number: refused below
			}
		}
		return number(object, field);
	}

	private static boolean isSchemeNode(AifNode node) {
		return node.type().equals(RA) || node.type().equals(CA) || node.type().equals(MA);
	}

	private void addClaim(AifNode aif) throws ImportException {
		Map<String, Object> details = detailsOf(NODES, aif.id());
		String kind = details.containsKey(EXTENSION_KIND) ? string(details, EXTENSION_KIND) : guessedKind(aif);
		Node node = NodeKinds.create(kind);
		if (node == null) {
			throw tree.failure(aif.where(), Messages.bind(Messages.Aif_badExtension, aif.id(), "kind " + kind)); //$NON-NLS-1$
		}
		node.setId(ownId(aif.id()));
		node.setText(aif.text());
		if (!details.isEmpty()) {
			JsonModel.readFields(tree, details, node, IN_NODE_SET, this::document, aif.id());
		} else if (node instanceof Analogy analogy) {
			// copied first: adding moves each question out of the list being read
			analogy.getCriticalQuestions().addAll(List.copyOf(MapElements.newAnalogy(null, null, null).getCriticalQuestions()));
		}
		nodes.put(aif.id(), node);
		map.getNodes().add(node);
	}

	/**
	 * Without the extension: the sole premise of an analogy scheme node is an analogy, an I-node whose only
	 * part is to attack is a rebuttal, the rest are claims.
	 */
	private String guessedKind(AifNode aif) {
		List<String> targets = outgoing.getOrDefault(aif.id(), List.of());
		if (targets.stream().map(aifNodes::get).anyMatch(target -> isAnalogyInference(target) && premiseCount(target) == 1)) {
			return NodeKinds.ANALOGY;
		}
		boolean attacks = !targets.isEmpty() && targets.stream().allMatch(target -> CA.equals(aifNodes.get(target).type()));
		return attacks ? NodeKinds.REBUTTAL : NodeKinds.CLAIM;
	}

	private static boolean isAnalogyInference(AifNode node) {
		return node.type().equals(RA) && isAnalogyScheme(scheme(node));
	}

	private int premiseCount(AifNode schemeNode) {
		return (int) incoming.getOrDefault(schemeNode.id(), List.of()).stream()
				.filter(from -> I.equals(aifNodes.get(from).type())).count();
	}

	private void readRelations() throws ImportException {
		Map<String, Relation> relations = relationsByAifId;
		List<Relation> comparisons = new ArrayList<>();
		int analogies = 0;
		Map<Relation, String> undercutTargets = new HashMap<>();
		int incomplete = 0;
		for (AifNode aif : aifNodes.values()) {
			if (!isSchemeNode(aif)) {
				continue;
			}
			List<Node> sources = new ArrayList<>();
			for (String from : incoming.getOrDefault(aif.id(), List.of())) {
				if (nodes.get(from) != null) {
					sources.add(nodes.get(from));
				}
			}
			List<String> targets = outgoing.getOrDefault(aif.id(), List.of()).stream()
					.filter(to -> nodes.containsKey(to) || isSchemeNode(aifNodes.get(to))).toList();
			if (sources.isEmpty() || targets.size() != 1) {
				incomplete++;
				continue;
			}
			String target = targets.get(0);
			Map<String, Object> details = detailsOf(EXTENSION_RELATIONS, aif.id());
			RelationKind kind = relationKind(aif, details, nodes.get(target) == null);
			if (kind == null) {
				incomplete++;
				continue;
			}
			Relation relation = FACTORY.createRelation();
			relation.setId(ownId(aif.id()));
			relation.setKind(kind);
			relation.getSources().addAll(sources);
			// files written before every attribute was carried left out a scheme the S-node names
			relation.setScheme(scheme(aif));
			JsonModel.readColumns(tree, details, relation, Set.of(), aif.id());
			if (nodes.get(target) != null) {
				relation.setTarget(nodes.get(target));
			} else {
				undercutTargets.put(relation, target);
			}
			if (kind == RelationKind.SUPPORT && !details.containsKey(EXTENSION_KIND) && isAnalogyScheme(relation.getScheme())) {
				readAsAnalogy(aif, relation, comparisons);
				analogies++;
			}
			relations.put(aif.id(), relation);
		}
		for (Map.Entry<Relation, String> undercut : undercutTargets.entrySet()) {
			ArgumentElement attacked = relations.get(undercut.getValue());
			if (attacked == null) {
				relations.values().remove(undercut.getKey());
				incomplete++;
			} else {
				undercut.getKey().setTarget(attacked);
			}
		}
		map.getRelations().addAll(relations.values());
		map.getRelations().addAll(comparisons);
		if (analogies > 0) {
			notices.add(Messages.bind(Messages.Aif_analogies, analogies));
		}
		if (incomplete > 0) {
			notices.add(Messages.bind(Messages.Aif_danglingScheme, incomplete));
		}
	}

	/**
	 * Turns the support read from an analogy scheme node into an argument from analogy. Its sole premise is
	 * the analogy; several premises (similarity and base premise, which AIF does not tell apart) jointly
	 * support a new analogy node that stands for their comparison. AIF has no cases: the source case is the
	 * analogy's text, the target case the conclusion's.
	 */
	private void readAsAnalogy(AifNode aif, Relation relation, List<Relation> comparisons) {
		Analogy analogy;
		if (relation.getSources().size() == 1 && relation.getSources().get(0) instanceof Analogy premise) {
			analogy = premise;
		} else {
			String text = relation.getSources().stream().map(Node::getText).filter(Objects::nonNull)
					.collect(Collectors.joining(" ")); //$NON-NLS-1$
			analogy = MapElements.newAnalogy(text, null, null);
			analogy.setId(ownId(aif.id() + "-analogy")); //$NON-NLS-1$
			map.getNodes().add(analogy);
			Relation comparison = MapElements.newRelation(RelationKind.SUPPORT, analogy,
					relation.getSources().toArray(Node[]::new));
			comparison.setId(ownId(aif.id() + "-premises")); //$NON-NLS-1$
			comparisons.add(comparison);
			relation.getSources().clear();
			relation.getSources().add(analogy);
		}
		relation.setKind(RelationKind.ANALOGY);
		if (analogy.getSourceCase() == null) {
			analogy.setSourceCase(analogy.getText());
		}
		if (analogy.getTargetCase() == null && relation.getTarget() instanceof Node conclusion) {
			analogy.setTargetCase(conclusion.getText());
		}
	}

	/** The relation kind, or null when AIF says something a map cannot hold (an inference to an inference). */
	private RelationKind relationKind(AifNode aif, Map<String, Object> details, boolean targetIsSchemeNode)
			throws ImportException {
		String literal = string(details, EXTENSION_KIND);
		if (literal != null) {
			return known(aif, RelationKind.get(literal), "kind " + literal); //$NON-NLS-1$
		}
		return switch (aif.type()) {
		case CA -> targetIsSchemeNode ? RelationKind.UNDERCUT : RelationKind.ATTACK;
		case MA -> targetIsSchemeNode ? null : RelationKind.EQUIVALENCE;
		default -> targetIsSchemeNode ? null : RelationKind.SUPPORT;
		};
	}

	/** The scheme name, unless it is only AIFdb's name for "no particular scheme". */
	private static String scheme(AifNode aif) {
		if (aif.scheme() != null) {
			return aif.scheme();
		}
		String text = aif.text();
		return text == null || text.equals(defaultScheme(aif.type())) ? null : text;
	}

	// --- Argmap's extension ---

	private void readMapDetails() throws ImportException {
		JsonModel.readColumns(tree, objectField(extension, EXTENSION_MAP), map, Set.of(), EXTENSION_MAP);
		for (Object entry : arrayField(extension, EXTENSION_DOCUMENTS)) {
			Map<String, Object> fields = objectAt(entry, extension);
			SourceDocument document = FACTORY.createSourceDocument();
			document.setId(string(fields, EXTENSION_ID));
			JsonModel.readColumns(tree, fields, document, Set.of(), document.getId());
			map.getDocuments().add(document);
		}
	}

	/** An anchor's document, the one reference the extension holds by id. */
	private Identified document(EReference reference, String id) {
		return map.getDocuments().stream().filter(document -> id != null && id.equals(document.getId())).findFirst()
				.orElse(null);
	}

	private Map<String, Object> detailsOf(String part, String id) throws ImportException {
		return objectField(objectField(extension, part), id);
	}

	// --- small readers that name the place of a wrong value ---

	private String requiredId(Map<String, Object> object, String field) throws ImportException {
		Object value = object.get(field);
		if (value instanceof String text && !text.isEmpty()) {
			return text;
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		throw tree.failure(object, Messages.bind(Messages.Aif_missingField, field));
	}

	/** The AIF id as an Argmap id: kept when usable (ours always are), else made from it. */
	private String ownId(String aifId) {
		String id = ImportedMap.usableId(aifId) ? aifId : "aif-" + aifId.replaceAll("[^A-Za-z0-9_.-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return usedIds.add(id) ? id : Ids.newId("aif"); //$NON-NLS-1$
	}

	private Map<String, Object> objectAt(Object entry, Map<String, Object> parent) throws ImportException {
		if (entry instanceof Map<?, ?> object) {
			return object(object);
		}
		throw tree.failure(parent, Messages.Aif_notNodeSet);
	}

	private static Map<String, Object> object(Map<?, ?> object) {
		return JsonTree.object(object);
	}

	private Map<String, Object> objectField(Map<String, Object> object, String field) throws ImportException {
		return tree.objectField(object, field);
	}

	private List<?> arrayField(Map<String, Object> object, String field) throws ImportException {
		return tree.arrayField(object, field);
	}

	private String string(Map<String, Object> object, String field) throws ImportException {
		return tree.string(object, field);
	}

	private double number(Map<String, Object> object, String field) throws ImportException {
		return tree.number(object, field);
	}

	private <T> T known(AifNode aif, T value, String what) throws ImportException {
		if (value == null) {
			throw tree.failure(aif.where(), Messages.bind(Messages.Aif_badExtension, aif.id(), what));
		}
		return value;
	}
}

package org.argmap.interchange.webannotation;

import static org.argmap.interchange.webannotation.WebAnnotationVocabulary.*;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.argmap.core.anchoring.TextAnchors;
import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.InputLimits;
import org.argmap.interchange.JsonTree;
import org.argmap.interchange.Messages;
import org.argmap.interchange.NodeKinds;
import org.argmap.interchange.TextRanges;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.argmap.model.validation.DocumentTexts;

/**
 * Reads W3C Web Annotations of text passages onto a map's documents: an AnnotationCollection (its first page),
 * an AnnotationPage, a JSON array of annotations or a single one. A target's source names one of the map's
 * documents by location (or Argmap's document IRI); its TextPositionSelector gives the place and its
 * TextQuoteSelector the quote. An annotation quoting without a position becomes an orphaned anchor that
 * re-anchoring can place. The body names the node: Argmap's node IRI for a node the map has, else a new node
 * with the describing body's text and the classifying body's kind (a claim unless it says otherwise). The map
 * itself is not touched; {@link AnnotationImport#command} applies what was read.
 */
public final class WebAnnotationReader {

	private final JsonTree tree;
	private final ArgumentMap map;
	private final DocumentTexts texts;
	/** The map's nodes by id, the first of any that share one: looked up once per annotation. */
	private final Map<String, Node> nodesById = new HashMap<>();
	private final List<String> notices = new ArrayList<>();
	private final Map<String, Node> newNodes = new LinkedHashMap<>();
	private final List<AnnotationImport.Placement> placements = new ArrayList<>();
	private final Set<String> unknownSources = new TreeSet<>();
	private int withoutPassage;
	private int alreadyAnchored;
	private int unknownKinds;

	private WebAnnotationReader(JsonTree tree, ArgumentMap map, DocumentTexts texts) {
		this.tree = tree;
		this.map = map;
		this.texts = texts;
		map.getNodes().forEach(node -> nodesById.putIfAbsent(node.getId(), node));
	}

	/** Reads {@code file}, checking positions against the documents' texts as {@code texts} gives them. */
	public static AnnotationImport read(Path file, ArgumentMap map, DocumentTexts texts) throws ImportException {
		return InputLimits.read(file, in -> read(in, file, map, texts));
	}

	/** Reads {@code in} (not closed), naming {@code file} in messages. */
	public static AnnotationImport read(InputStream in, Path file, ArgumentMap map, DocumentTexts texts)
			throws ImportException {
		WebAnnotationReader reader = new WebAnnotationReader(JsonTree.parse(InputLimits.limited(in, file), file), map,
				texts);
		for (Map<String, Object> annotation : reader.annotations()) {
			reader.readAnnotation(annotation);
		}
		reader.tell();
		return new AnnotationImport(List.copyOf(reader.newNodes.values()), List.copyOf(reader.placements),
				List.copyOf(reader.notices));
	}

	private List<Map<String, Object>> annotations() throws ImportException {
		Object root = tree.root();
		List<?> items;
		if (root instanceof List<?> list) {
			items = list;
		} else if (root instanceof Map<?, ?> given) {
			Map<String, Object> object = JsonTree.object(given);
			if (isA(object, ANNOTATION)) {
				return List.of(object);
			}
			Map<String, Object> page = isA(object, COLLECTION) ? tree.objectField(object, FIRST) : object;
			if (!isA(page, PAGE)) {
				throw tree.failure(page, Messages.WebAnnotation_notAnnotations);
			}
			if (page.get(NEXT) != null) {
				notices.add(Messages.WebAnnotation_morePages);
			}
			items = tree.arrayField(page, ITEMS);
		} else {
			throw tree.failure(root, Messages.WebAnnotation_notAnnotations);
		}
		List<Map<String, Object>> annotations = new ArrayList<>();
		for (Object item : items) {
			if (!(item instanceof Map<?, ?> annotation) || !isA(JsonTree.object(annotation), ANNOTATION)) {
				throw tree.failure(item instanceof Map<?, ?> ? item : root, Messages.WebAnnotation_notAnnotations);
			}
			annotations.add(JsonTree.object(annotation));
		}
		return annotations;
	}

	/** Whether {@code object}'s type, one name or several, includes {@code type}. */
	private static boolean isA(Map<String, Object> object, String type) {
		Object given = object.get(TYPE);
		return type.equals(given) || given instanceof List<?> types && types.contains(type);
	}

	private void readAnnotation(Map<String, Object> annotation) throws ImportException {
		Map<String, Object> target = first(annotation, TARGET);
		SourceDocument document = target == null ? null : document(target);
		if (target == null || document == null) {
			return;
		}
		TextAnchor anchor = anchor(target, document);
		if (anchor == null) {
			withoutPassage++;
			return;
		}
		Map<String, Object> description = body(annotation, DESCRIBING);
		String nodeIri = description == null ? null : tree.string(description, ID);
		String nodeId = nodeIri != null && nodeIri.startsWith(NODE_PREFIX) ? nodeIri.substring(NODE_PREFIX.length())
				: null;
		Node existing = nodeId == null ? null : nodesById.get(nodeId);
		if (existing == null) {
			Node node = newNodes.get(nodeId);
			if (node == null) {
				node = newNode(annotation, description, nodeId);
				newNodes.put(nodeId != null ? nodeId : node.getId(), node);
			}
			node.getAnchors().add(anchor);
		} else if (existing.getAnchors().stream().anyMatch(held -> samePassage(held, anchor))) {
			alreadyAnchored++;
		} else {
			placements.add(new AnnotationImport.Placement(existing, anchor));
		}
	}

	/** The target: an object, or the first object of several; an IRI alone names no passage. */
	private Map<String, Object> first(Map<String, Object> object, String field) throws ImportException {
		Object value = object.get(field);
		if (value instanceof List<?> list) {
			value = list.stream().filter(Map.class::isInstance).findFirst().orElse(null);
		}
		if (value instanceof Map<?, ?> given) {
			return JsonTree.object(given);
		}
		if (value == null || value instanceof String) {
			withoutPassage++;
			return null;
		}
		throw tree.wrongType(object, field, Messages.Aif_jsonObject);
	}

	private SourceDocument document(Map<String, Object> target) throws ImportException {
		String source = target.get(SOURCE) instanceof Map<?, ?> resource ? tree.string(JsonTree.object(resource), ID)
				: tree.string(target, SOURCE);
		if (source == null) {
			throw tree.failure(target, Messages.bind(Messages.Aif_missingField, SOURCE));
		}
		for (SourceDocument document : map.getDocuments()) {
			if (source.equals(WebAnnotationVocabulary.source(document)) || source.equals(document.getLocation())
					|| source.equals(DOCUMENT_PREFIX + document.getId())) {
				return document;
			}
		}
		unknownSources.add(source);
		return null;
	}

	/** The passage the selectors give, or null when they give none. */
	private TextAnchor anchor(Map<String, Object> target, SourceDocument document) throws ImportException {
		Map<String, Object> quote = null;
		Map<String, Object> position = null;
		Object selectors = target.get(SELECTOR);
		for (Object selector : selectors instanceof List<?> list ? list : selectors == null ? List.of() : List.of(selectors)) {
			if (!(selector instanceof Map<?, ?> given)) {
				throw tree.wrongType(target, SELECTOR, Messages.Aif_jsonObject);
			}
			Map<String, Object> object = JsonTree.object(given);
			if (isA(object, QUOTE_SELECTOR) && quote == null) {
				quote = object;
			} else if (isA(object, POSITION_SELECTOR) && position == null) {
				position = object;
			}
		}
		if (quote == null && position == null) {
			return null;
		}
		if (position == null) {
			return quoted(quote, document, AnchorStatus.ORPHANED);
		}
		int start = tree.offset(position, START);
		int end = tree.offset(position, END);
		if (end <= start) {
			throw tree.failure(position, END, Messages.bind(Messages.WebAnnotation_badRange, start, end));
		}
		Optional<String> known = texts.textOf(document);
		if (known.isEmpty()) {
			// without the text nothing can be checked or quoted: keep what the file says, re-anchoring checks it
			TextAnchor anchor = quote == null ? ArgmapFactory.eINSTANCE.createTextAnchor()
					: quoted(quote, document, AnchorStatus.ANCHORED);
			anchor.setDocument(document);
			anchor.setStart(start);
			anchor.setEnd(end);
			anchor.setStatus(AnchorStatus.ANCHORED);
			return anchor;
		}
		String text = known.get();
		String documentName = MapElements.describe(document);
		if (end > text.length()) {
			throw tree.failure(position, END,
					Messages.bind(Messages.WebAnnotation_pastEnd, new Object[] { end, documentName, text.length() }));
		}
		for (String field : List.of(START, END)) {
			int offset = field.equals(START) ? start : end;
			if (TextRanges.splitsPair(text, offset)) {
				throw tree.failure(position, field, Messages.bind(Messages.WebAnnotation_splitsPair, offset, documentName));
			}
		}
		TextAnchor placed = TextAnchors.create(document, text, start, end);
		String exact = quote == null ? null : tree.string(quote, EXACT);
		if (exact == null || exact.equals(placed.getExact())) {
			return placed;
		}
		// the document changed since the annotation was made: the quote says what was meant, re-anchoring finds it
		TextAnchor orphan = quoted(quote, document, AnchorStatus.ORPHANED);
		orphan.setStart(start);
		orphan.setEnd(end);
		return orphan;
	}

	private TextAnchor quoted(Map<String, Object> quote, SourceDocument document, AnchorStatus status)
			throws ImportException {
		TextAnchor anchor = ArgmapFactory.eINSTANCE.createTextAnchor();
		anchor.setDocument(document);
		anchor.setExact(tree.string(quote, EXACT));
		anchor.setPrefix(tree.string(quote, PREFIX));
		anchor.setSuffix(tree.string(quote, SUFFIX));
		anchor.setStatus(status);
		return anchor;
	}

	/** The first TextualBody (a body with a value) with {@code purpose}; for describing also one without purpose. */
	private Map<String, Object> body(Map<String, Object> annotation, String purpose) throws ImportException {
		Object bodies = annotation.get(BODY);
		for (Object body : bodies instanceof List<?> list ? list : bodies == null ? List.of() : List.of(bodies)) {
			if (body instanceof Map<?, ?> given) {
				Map<String, Object> object = JsonTree.object(given);
				String stated = tree.string(object, PURPOSE);
				if (object.containsKey(VALUE) && (purpose.equals(stated) || stated == null && purpose.equals(DESCRIBING))) {
					return object;
				}
			}
		}
		return null;
	}

	private Node newNode(Map<String, Object> annotation, Map<String, Object> description, String nodeId)
			throws ImportException {
		String text = description != null ? tree.string(description, VALUE) : tree.string(annotation, BODY_VALUE);
		Map<String, Object> classification = body(annotation, CLASSIFYING);
		String kind = classification == null ? NodeKinds.CLAIM : tree.string(classification, VALUE);
		Node node = switch (Objects.requireNonNullElse(kind, NodeKinds.CLAIM)) {
		case NodeKinds.REBUTTAL -> MapElements.newRebuttal(text);
		case NodeKinds.ANALOGY -> MapElements.newAnalogy(text, null, null);
		case NodeKinds.CLAIM -> MapElements.newClaim(text);
		default -> {
			unknownKinds++;
			yield MapElements.newClaim(text);
		}
		};
		if (ImportedMap.usableId(nodeId) && !isTaken(nodeId)) {
			node.setId(nodeId);
		}
		return node;
	}

	/** Whether a document or relation of the map has {@code id} already (a node with it would be the node). */
	private boolean isTaken(String id) {
		return map.getDocuments().stream().anyMatch(document -> id.equals(document.getId()))
				|| map.getRelations().stream().anyMatch(relation -> id.equals(relation.getId()));
	}

	private static boolean samePassage(TextAnchor held, TextAnchor read) {
		return held.getDocument() == read.getDocument() && held.getStart() == read.getStart()
				&& held.getEnd() == read.getEnd() && Objects.equals(held.getExact(), read.getExact());
	}

	private void tell() {
		if (!unknownSources.isEmpty()) {
			notices.add(Messages.bind(Messages.WebAnnotation_unknownDocuments, String.join(", ", unknownSources))); //$NON-NLS-1$
		}
		if (withoutPassage > 0) {
			notices.add(Messages.bind(Messages.WebAnnotation_withoutPassage, withoutPassage));
		}
		if (alreadyAnchored > 0) {
			notices.add(Messages.bind(Messages.WebAnnotation_alreadyAnchored, alreadyAnchored));
		}
		if (unknownKinds > 0) {
			notices.add(Messages.bind(Messages.WebAnnotation_unknownKinds, unknownKinds));
		}
	}
}

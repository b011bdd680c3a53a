package org.argmap.tests.support;

import java.io.IOException;
import java.nio.file.Path;

import org.argmap.model.Analogy;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * One annotator's map, built passage by passage on documents given with their text (kept as the snapshot, so
 * maps built on the same text share the document), for tests and benchmarks of agreement.
 */
public final class AnnotatedMaps {

	private final ArgumentMap map;
	private SourceDocument document;

	private AnnotatedMaps(String title) {
		map = MapElements.newMap(title);
	}

	/** A map whose first document holds {@code text}. */
	public static AnnotatedMaps on(String title, String text) {
		return new AnnotatedMaps(title).document(title + ".txt", text); //$NON-NLS-1$
	}

	/** Adds a document; the passages that follow are marked in it. */
	public AnnotatedMaps document(String location, String text) {
		document = MapElements.newDocument(location, location);
		document.setSnapshot(text);
		map.getDocuments().add(document);
		return this;
	}

	public Claim claim(int start, int end) {
		return anchored(MapElements.newClaim(quote(start, end)), start, end);
	}

	public Rebuttal rebuttal(int start, int end) {
		return anchored(MapElements.newRebuttal(quote(start, end)), start, end);
	}

	public Analogy analogy(int start, int end, String sourceCase, String targetCase) {
		return anchored(MapElements.newAnalogy(quote(start, end), sourceCase, targetCase), start, end);
	}

	/** An unstated premise: a claim with no passage. */
	public Claim implicit(String text) {
		Claim claim = MapElements.newClaim(text);
		claim.setImplicit(true);
		map.getNodes().add(claim);
		return claim;
	}

	public Relation relate(RelationKind kind, ArgumentElement target, Node... sources) {
		Relation relation = MapElements.newRelation(kind, target, sources);
		map.getRelations().add(relation);
		return relation;
	}

	public ArgumentMap map() {
		return map;
	}

	/** Saves the map as a new map file. */
	public Path saveAs(Path file) throws IOException {
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		MapStore.save(resource, file);
		return file;
	}

	private String quote(int start, int end) {
		return document.getSnapshot().substring(start, end);
	}

	private <N extends Node> N anchored(N node, int start, int end) {
		String text = document.getSnapshot();
		node.getAnchors().add(MapElements.newAnchor(document, start, end, text.substring(start, end),
				text.substring(Math.max(0, start - 32), start), text.substring(end, Math.min(text.length(), end + 32))));
		map.getNodes().add(node);
		return node;
	}
}

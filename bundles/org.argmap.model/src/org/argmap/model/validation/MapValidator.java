package org.argmap.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.argmap.model.Analogy;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.ClaimLink;
import org.argmap.model.Conflict;
import org.argmap.model.Identified;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.TextAnchor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;

/**
 * The rules a map must keep, with messages that name the element the way a user sees it. Each finding's
 * data starts with the offending element, so views can select it.
 */
public final class MapValidator extends EObjectValidator {

	public static final String SOURCE = "org.argmap.model"; //$NON-NLS-1$

	public static final int MISSING_ID = 1;
	public static final int DUPLICATE_ID = 2;
	public static final int ANCHOR_WITHOUT_DOCUMENT = 3;
	public static final int ANCHOR_OUT_OF_RANGE = 4;
	public static final int QUOTE_MISMATCH = 5;
	public static final int ANCHOR_ORPHANED = 6;
	public static final int ANALOGY_CASES = 7;
	public static final int RELATION_ENDPOINTS = 8;
	public static final int SELF_SUPPORT = 9;
	public static final int EMPTY_TEXT = 10;
	public static final int CONFIDENCE_OUT_OF_RANGE = 11;
	public static final int MERGE_CONFLICT = 12;
	public static final int MALFORMED_CLAIM_LINK = 13;

	/** Validates the whole map, checking anchors against the texts {@code texts} supplies. */
	public static Diagnostic validate(ArgumentMap map, DocumentTexts texts) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(ArgmapPackage.eINSTANCE, new MapValidator());
		Diagnostician diagnostician = new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject object) {
				return object instanceof Identified identified ? MapElements.describe(identified)
						: super.getObjectLabel(object);
			}
		};
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(DocumentTexts.class, texts);
		BasicDiagnostic result = diagnostician.createDefaultDiagnostic(map);
		diagnostician.validate(map, result, context);
		return result;
	}

	@Override
	protected EPackage getEPackage() {
		return ArgmapPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// Of EMF's generic constraints only these two say something our own rules do not say better.
		boolean valid = validate_EveryProxyResolves(object, diagnostics, context)
				& validate_EveryReferenceIsContained(object, diagnostics, context);
		if (object instanceof ArgumentMap map) {
			valid &= validateIds(map, diagnostics);
		} else if (object instanceof Node node) {
			valid &= validateNode(node, diagnostics, context);
		} else if (object instanceof Relation relation) {
			valid &= validateRelation(relation, diagnostics);
		} else if (object instanceof Conflict conflict) {
			// a merge could not decide: until someone does, the map says two things at once
			valid &= report(diagnostics, Diagnostic.ERROR, MERGE_CONFLICT,
					NLS.bind(Messages.Validation_mergeConflict, conflict.getDescription(), conflict.getId()), conflict);
		}
		return valid;
	}

	/** Missing and repeated ids only: what a merge or diff, which match elements by id, needs first. */
	public static Diagnostic validateIds(ArgumentMap map) {
		BasicDiagnostic diagnostics = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0, null, new Object[] { map });
		validateIds(map, diagnostics);
		return diagnostics;
	}

	private static boolean validateIds(ArgumentMap map, DiagnosticChain diagnostics) {
		boolean valid = true;
		Map<String, Identified> seen = new HashMap<>();
		for (List<? extends Identified> elements : List.of(map.getDocuments(), map.getNodes(), map.getRelations(),
				map.getConflicts())) {
			for (Identified element : elements) {
				String id = element.getId();
				if (id == null || id.isBlank()) {
					valid = report(diagnostics, Diagnostic.ERROR, MISSING_ID,
							NLS.bind(Messages.Validation_missingId, MapElements.describe(element)), element);
					continue;
				}
				Identified other = seen.putIfAbsent(id, element);
				if (other != null) {
					valid = report(diagnostics, Diagnostic.ERROR, DUPLICATE_ID, NLS.bind(Messages.Validation_duplicateId,
							new Object[] { MapElements.describe(other), MapElements.describe(element), id }), element);
				}
			}
		}
		return valid;
	}

	private static boolean validateNode(Node node, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		String name = MapElements.describe(node);
		if (node.getText() == null || node.getText().isBlank()) {
			report(diagnostics, Diagnostic.WARNING, EMPTY_TEXT, NLS.bind(Messages.Validation_emptyText, name), node);
		}
		if (node instanceof Analogy analogy && (isBlank(analogy.getSourceCase()) || isBlank(analogy.getTargetCase()))) {
			valid = report(diagnostics, Diagnostic.ERROR, ANALOGY_CASES, NLS.bind(Messages.Validation_analogyCases, name),
					node);
		}
		for (String link : node.getEquivalents()) {
			// a hand-edited or foreign file; search and the workbench skip such a link, so say where it is
			if (ClaimLink.parse(link) == null) {
				report(diagnostics, Diagnostic.WARNING, MALFORMED_CLAIM_LINK,
						NLS.bind(Messages.Validation_malformedClaimLink, name, link), node);
			}
		}
		DocumentTexts texts = (DocumentTexts) context.getOrDefault(DocumentTexts.class, DocumentTexts.SNAPSHOTS);
		List<TextAnchor> anchors = node.getAnchors();
		for (int i = 0; i < anchors.size(); i++) {
			valid &= validateAnchor(name, i + 1, anchors.get(i), node, texts, diagnostics);
		}
		return valid;
	}

	private static boolean validateAnchor(String name, int number, TextAnchor anchor, Node node, DocumentTexts texts,
			DiagnosticChain diagnostics) {
		SourceDocument document = anchor.getDocument();
		ArgumentMap map = node.eContainer() instanceof ArgumentMap owner ? owner : null;
		if (document == null || map == null || !map.getDocuments().contains(document)) {
			return report(diagnostics, Diagnostic.ERROR, ANCHOR_WITHOUT_DOCUMENT,
					NLS.bind(Messages.Validation_anchorWithoutDocument, name, number), node, anchor);
		}
		String documentName = MapElements.describe(document);
		if (anchor.getStatus() == AnchorStatus.ORPHANED) {
			report(diagnostics, Diagnostic.WARNING, ANCHOR_ORPHANED,
					NLS.bind(Messages.Validation_anchorOrphaned, new Object[] { name, number, documentName }), node, anchor);
			return true;
		}
		// a hand-edited file can say anything; the Anchors view would sort and print it as a percentage
		if (anchor.isSetConfidence() && !(anchor.getConfidence() >= 0 && anchor.getConfidence() <= 1)) {
			return report(diagnostics, Diagnostic.ERROR, CONFIDENCE_OUT_OF_RANGE, NLS.bind(
					Messages.Validation_confidenceOutOfRange, new Object[] { name, number, anchor.getConfidence() }),
					node, anchor);
		}
		Optional<String> text = texts.textOf(document);
		int length = text.map(String::length).orElse(Integer.MAX_VALUE);
		if (anchor.getStart() < 0 || anchor.getStart() > anchor.getEnd() || anchor.getEnd() > length) {
			String size = text.isPresent() ? NLS.bind(Messages.Validation_documentLength, length) : ""; //$NON-NLS-1$
			return report(diagnostics, Diagnostic.ERROR, ANCHOR_OUT_OF_RANGE, NLS.bind(Messages.Validation_anchorOutOfRange,
					new Object[] { name, number, anchor.getStart(), anchor.getEnd(), documentName, size }), node, anchor);
		}
		if (text.isPresent()) {
			String found = text.get().substring(anchor.getStart(), anchor.getEnd());
			if (!found.equals(anchor.getExact())) {
				return report(diagnostics, Diagnostic.ERROR, QUOTE_MISMATCH,
						NLS.bind(Messages.Validation_quoteMismatch, new Object[] { name, number, documentName,
								excerpt(anchor.getExact()), excerpt(found) }), node, anchor);
			}
		}
		return true;
	}

	private static boolean validateRelation(Relation relation, DiagnosticChain diagnostics) {
		String name = MapElements.describe(relation);
		List<Node> sources = relation.getSources();
		ArgumentElement target = relation.getTarget();
		if (sources.isEmpty() || target == null) {
			return endpointProblem(diagnostics, relation, NLS.bind(Messages.Validation_relationIncomplete, name));
		}
		EObject map = relation.eContainer();
		if (target.eContainer() != map || sources.stream().anyMatch(source -> source.eContainer() != map)) {
			return endpointProblem(diagnostics, relation, NLS.bind(Messages.Validation_relationOutsideMap, name));
		}
		RelationKind kind = relation.getKind();
		if ((kind == RelationKind.UNDERCUT) != (target instanceof Relation)) {
			String expected = kind == RelationKind.UNDERCUT ? Messages.Validation_aRelation : Messages.Validation_aNode;
			return endpointProblem(diagnostics, relation, NLS.bind(Messages.Validation_wrongTarget, name, expected));
		}
		if (target == relation) {
			return endpointProblem(diagnostics, relation, NLS.bind(Messages.Validation_undercutsItself, name));
		}
		if (kind != RelationKind.SUPPORT && sources.size() != 1) {
			return endpointProblem(diagnostics, relation,
					NLS.bind(Messages.Validation_singleSource, name, sources.size()));
		}
		if (kind == RelationKind.ANALOGY && !(sources.get(0) instanceof Analogy)) {
			return endpointProblem(diagnostics, relation, NLS.bind(Messages.Validation_analogySource, name));
		}
		if (sources.contains(target)) {
			String targetName = MapElements.describe((Identified) target);
			int code = kind == RelationKind.SUPPORT ? SELF_SUPPORT : RELATION_ENDPOINTS;
			String message = kind == RelationKind.SUPPORT ? Messages.Validation_selfSupport
					: Messages.Validation_selfRelation;
			return report(diagnostics, Diagnostic.ERROR, code, NLS.bind(message, targetName, name), relation, target);
		}
		return true;
	}

	private static boolean endpointProblem(DiagnosticChain diagnostics, Relation relation, String message) {
		return report(diagnostics, Diagnostic.ERROR, RELATION_ENDPOINTS, message, relation);
	}

	/** Adds a finding; answers whether the element is still valid (only errors make it invalid). */
	private static boolean report(DiagnosticChain diagnostics, int severity, int code, String message,
			Object... data) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, data));
		}
		return severity < Diagnostic.ERROR;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String excerpt(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String oneLine = text.replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return oneLine.length() > 50 ? oneLine.substring(0, 47) + "..." : oneLine; //$NON-NLS-1$
	}
}

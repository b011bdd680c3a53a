package org.argmap.model;

import java.util.Arrays;
import java.util.Date;
import java.util.Locale;

/**
 * Creates model elements complete with their ids and required parts, so that callers never build a
 * half-initialised claim or an analogy without its critical questions. Adding them to a map is the
 * caller's business (through a command when the map is being edited).
 */
public final class MapElements {

	private static final ArgmapFactory FACTORY = ArgmapFactory.eINSTANCE;

	/**
	 * The AIF scheme name of argument from analogy as AIFdb's corpora, OVA and arguebuf spell it (Walton's
	 * "Argument From Analogy" is unknown to them).
	 */
	public static final String ANALOGY_SCHEME = "Analogy"; //$NON-NLS-1$

	private MapElements() {
	}

	public static ArgumentMap newMap(String title) {
		ArgumentMap map = FACTORY.createArgumentMap();
		map.setTitle(title);
		Date now = new Date();
		map.setCreated(now);
		map.setModified(now);
		return map;
	}

	public static SourceDocument newDocument(String title, String location) {
		SourceDocument document = FACTORY.createSourceDocument();
		document.setId(Ids.newId("doc")); //$NON-NLS-1$
		document.setTitle(title);
		document.setLocation(location);
		return document;
	}

	public static Claim newClaim(String text) {
		Claim claim = FACTORY.createClaim();
		claim.setId(Ids.newId("c")); //$NON-NLS-1$
		claim.setText(text);
		return claim;
	}

	public static Rebuttal newRebuttal(String text) {
		Rebuttal rebuttal = FACTORY.createRebuttal();
		rebuttal.setId(Ids.newId("r")); //$NON-NLS-1$
		rebuttal.setText(text);
		return rebuttal;
	}

	/** An analogy with its three critical questions (Walton), all open. */
	public static Analogy newAnalogy(String text, String sourceCase, String targetCase) {
		Analogy analogy = FACTORY.createAnalogy();
		analogy.setId(Ids.newId("a")); //$NON-NLS-1$
		analogy.setText(text);
		analogy.setSourceCase(sourceCase);
		analogy.setTargetCase(targetCase);
		for (CriticalQuestionKind kind : CriticalQuestionKind.VALUES) {
			CriticalQuestion question = FACTORY.createCriticalQuestion();
			question.setKind(kind);
			question.setStatus(QuestionStatus.OPEN);
			analogy.getCriticalQuestions().add(question);
		}
		return analogy;
	}

	public static Correspondence newCorrespondence(String sourceAspect, String targetAspect) {
		Correspondence correspondence = FACTORY.createCorrespondence();
		correspondence.setSourceAspect(sourceAspect);
		correspondence.setTargetAspect(targetAspect);
		return correspondence;
	}

	/**
	 * A relation from {@code sources} to {@code target}. Several sources of a support are linked premises;
	 * an analogy relation gets the argument-from-analogy scheme.
	 */
	public static Relation newRelation(RelationKind kind, ArgumentElement target, Node... sources) {
		Relation relation = FACTORY.createRelation();
		relation.setId(Ids.newId("rel")); //$NON-NLS-1$
		relation.setKind(kind);
		relation.setTarget(target);
		relation.getSources().addAll(Arrays.asList(sources));
		if (kind == RelationKind.ANALOGY) {
			relation.setScheme(ANALOGY_SCHEME);
		}
		return relation;
	}

	/** An anchored passage {@code [start, end)} of {@code document}; quote and context come from the caller. */
	public static TextAnchor newAnchor(SourceDocument document, int start, int end, String exact, String prefix,
			String suffix) {
		TextAnchor anchor = FACTORY.createTextAnchor();
		anchor.setDocument(document);
		anchor.setStart(start);
		anchor.setEnd(end);
		anchor.setExact(exact);
		anchor.setPrefix(prefix);
		anchor.setSuffix(suffix);
		anchor.setStatus(AnchorStatus.ANCHORED);
		return anchor;
	}

	public static Position newPosition(double x, double y) {
		Position position = FACTORY.createPosition();
		position.setX(x);
		position.setY(y);
		return position;
	}

	/** How people call an element in messages: its kind and its label, else the start of its text, and its id. */
	public static String describe(Identified element) {
		String kind = element.eClass().getName().toLowerCase(Locale.ROOT);
		String name = null;
		if (element instanceof Node node) {
			name = node.getLabel() != null && !node.getLabel().isBlank() ? node.getLabel() : node.getText();
		} else if (element instanceof Relation relation) {
			kind = relation.getKind().getLiteral() + " relation"; //$NON-NLS-1$
		} else if (element instanceof SourceDocument document) {
			name = document.getTitle() != null ? document.getTitle() : document.getLocation();
			kind = "document"; //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder(kind);
		if (name != null && !name.isBlank()) {
			String shortName = name.length() > 60 ? name.substring(0, 57).strip() + "..." : name; //$NON-NLS-1$
			text.append(" \u201c").append(shortName.replaceAll("\\s+", " ")).append('\u201d'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (element.getId() != null) {
			text.append(" (").append(element.getId()).append(')'); //$NON-NLS-1$
		}
		return text.toString();
	}
}

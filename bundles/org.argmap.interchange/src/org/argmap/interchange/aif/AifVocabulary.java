package org.argmap.interchange.aif;

import java.util.Locale;
import java.util.Set;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.RelationKind;
import org.eclipse.emf.ecore.EAttribute;

/** Field names and node types of AIF JSON as AIFdb publishes it, and the name of Argmap's extension. */
final class AifVocabulary {

	static final String NODES = "nodes"; //$NON-NLS-1$
	static final String EDGES = "edges"; //$NON-NLS-1$
	static final String LOCUTIONS = "locutions"; //$NON-NLS-1$
	static final String PARTICIPANTS = "participants"; //$NON-NLS-1$
	static final String NODE_ID = "nodeID"; //$NON-NLS-1$
	static final String EDGE_ID = "edgeID"; //$NON-NLS-1$
	static final String FROM_ID = "fromID"; //$NON-NLS-1$
	static final String TO_ID = "toID"; //$NON-NLS-1$
	static final String TEXT = "text"; //$NON-NLS-1$
	static final String TYPE = "type"; //$NON-NLS-1$
	static final String SCHEME = "scheme"; //$NON-NLS-1$
	static final String TIMESTAMP = "timestamp"; //$NON-NLS-1$
	/** Argmap's field on I-nodes: whether the claim stands under grounded semantics (in, out, undec). */
	static final String GROUNDED = "grounded"; //$NON-NLS-1$
	/** OVA wraps the node set in an object under this name. */
	static final String OVA_WRAPPER = "AIF"; //$NON-NLS-1$

	// OVA3's analysis file (res/js/ova-save.js): the node set under "AIF", the drawing under "OVA"
	static final String OVA_LAYOUT = "OVA"; //$NON-NLS-1$
	static final String OVA_TEXT = "text"; //$NON-NLS-1$
	static final String SCHEME_FULFILMENTS = "schemefulfillments"; //$NON-NLS-1$
	static final String DESCRIPTOR_FULFILMENTS = "descriptorfulfillments"; //$NON-NLS-1$
	/** Which node answers which critical question of a scheme node. */
	static final String QUESTION_FULFILMENTS = "cqdescriptorfulfillments"; //$NON-NLS-1$
	static final String SCHEME_ID = "schemeID"; //$NON-NLS-1$
	static final String DESCRIPTOR_ID = "descriptorID"; //$NON-NLS-1$
	static final String SELECTED_ID = "selectedID"; //$NON-NLS-1$
	static final String VISIBLE = "visible"; //$NON-NLS-1$
	static final String X = "x"; //$NON-NLS-1$
	static final String Y = "y"; //$NON-NLS-1$
	/**
	 * The descriptor ids Argmap gives its critical questions: {@code argmap:<question kind>:<status>}. AIFdb's
	 * own descriptor ids are numbers, so these never clash; OVA keeps them through loading and saving.
	 */
	static final String QUESTION_DESCRIPTOR = "argmap:"; //$NON-NLS-1$
	/** AIFdb's ids of the default schemes, which OVA3 gives the S-nodes it loads from plain AIF. */
	static final String DEFAULT_INFERENCE_ID = "72"; //$NON-NLS-1$
	static final String DEFAULT_CONFLICT_ID = "71"; //$NON-NLS-1$
	static final String DEFAULT_REPHRASE_ID = "144"; //$NON-NLS-1$

	static final String I = "I"; //$NON-NLS-1$
	static final String RA = "RA"; //$NON-NLS-1$
	static final String CA = "CA"; //$NON-NLS-1$
	static final String MA = "MA"; //$NON-NLS-1$

	static final String DEFAULT_INFERENCE = "Default Inference"; //$NON-NLS-1$
	static final String DEFAULT_CONFLICT = "Default Conflict"; //$NON-NLS-1$
	static final String DEFAULT_REPHRASE = "Default Rephrase"; //$NON-NLS-1$

	/**
	 * The names of argument from analogy in AIF corpora and tools, lower case with single spaces: AIFdb and OVA
	 * call it "Analogy" (as arguebuf's scheme enum does), Araucaria "From-analogy", Walton's catalogue
	 * "Argument From Analogy"; practical reasoning from analogy is the variant arguebuf also knows.
	 */
	private static final Set<String> ANALOGY_SCHEMES = Set.of("analogy", "argument from analogy", //$NON-NLS-1$ //$NON-NLS-2$
			"argument by analogy", "from analogy", "practical reasoning from analogy"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * Walton's own name, which older maps carry: arguebuf and AIFdb do not know it, so it is written as
	 * {@link org.argmap.model.MapElements#ANALOGY_SCHEME}.
	 */
	static final String WALTON_ANALOGY = "Argument From Analogy"; //$NON-NLS-1$

	/**
	 * Argmap's extension: a top-level object that AIF tools ignore, holding what AIF has no place for
	 * (documents, anchors, labels, notes, tags, positions, analogy details, relation kinds).
	 */
	static final String EXTENSION = "argmap"; //$NON-NLS-1$
	static final String EXTENSION_FORMAT = "argmap-aif-1"; //$NON-NLS-1$
	static final String EXTENSION_FORMAT_FIELD = "format"; //$NON-NLS-1$
	/** The extension's parts; nodes are under {@link #NODES}. */
	static final String EXTENSION_MAP = "map"; //$NON-NLS-1$
	static final String EXTENSION_DOCUMENTS = "documents"; //$NON-NLS-1$
	static final String EXTENSION_RELATIONS = "relations"; //$NON-NLS-1$
	static final String EXTENSION_ID = "id"; //$NON-NLS-1$
	/** A node's kind: claim, rebuttal or analogy, its class rather than an attribute. */
	static final String EXTENSION_KIND = "kind"; //$NON-NLS-1$
	/** What the extension leaves to the node set: a node's text is its I-node's. */
	static final Set<EAttribute> IN_NODE_SET = Set.of(ArgmapPackage.Literals.NODE__TEXT);

	private AifVocabulary() {
	}

	/** The AIF S-node type of a relation kind. */
	static String nodeType(RelationKind kind) {
		return switch (kind) {
		case SUPPORT, ANALOGY -> RA;
		case ATTACK, UNDERCUT -> CA;
		case EQUIVALENCE -> MA;
		};
	}

	/** Whether {@code scheme} names argument from analogy, however a corpus spells it. */
	static boolean isAnalogyScheme(String scheme) {
		return scheme != null
				&& ANALOGY_SCHEMES.contains(scheme.strip().replaceAll("[\\s_-]+", " ").toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** AIFdb's id of the scheme called {@code name}, when it is one of the defaults; else null. */
	static String defaultSchemeId(String name) {
		return switch (name) {
		case DEFAULT_INFERENCE -> DEFAULT_INFERENCE_ID;
		case DEFAULT_CONFLICT -> DEFAULT_CONFLICT_ID;
		case DEFAULT_REPHRASE -> DEFAULT_REPHRASE_ID;
		default -> null;
		};
	}

	/** The scheme name AIFdb gives an S-node of this type when no particular scheme applies. */
	static String defaultScheme(String type) {
		return switch (type) {
		case CA -> DEFAULT_CONFLICT;
		case MA -> DEFAULT_REPHRASE;
		default -> DEFAULT_INFERENCE;
		};
	}
}

package org.argmap.interchange.aif;

import java.util.Locale;
import java.util.Set;

import org.argmap.model.RelationKind;

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

	/** The scheme name AIFdb gives an S-node of this type when no particular scheme applies. */
	static String defaultScheme(String type) {
		return switch (type) {
		case CA -> DEFAULT_CONFLICT;
		case MA -> DEFAULT_REPHRASE;
		default -> DEFAULT_INFERENCE;
		};
	}
}

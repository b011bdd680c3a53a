package org.argmap.interchange.graphml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.argmap.interchange.ModelColumns;
import org.argmap.interchange.ModelColumns.Column;
import org.argmap.model.ArgmapPackage;
import org.eclipse.emf.ecore.EObject;

/**
 * The attribute names of Argmap's GraphML, shared by writer and reader. Every value is a {@code <data>}
 * element whose {@code <key>} declares {@code attr.name} and {@code attr.type}; key ids are the attribute
 * names with a domain prefix ({@code n.}, {@code e.}, {@code g.}), because GraphML wants ids unique across
 * domains while node and edge both have a {@code kind}. Repeated parts (anchors, documents,
 * correspondences, critical questions) are numbered from 1, since GraphML values are scalars.
 */
final class GraphmlVocabulary {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns"; //$NON-NLS-1$
	static final String YFILES_NAMESPACE = "http://www.yworks.com/xml/graphml"; //$NON-NLS-1$
	static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"; //$NON-NLS-1$

	/** Value of {@link #FORMAT}: marks a file written by Argmap, read back without loss. */
	static final String FORMAT_VERSION = "argmap-graphml-1"; //$NON-NLS-1$

	// graph
	static final String FORMAT = "argmapFormat"; //$NON-NLS-1$
	static final String DOCUMENT = "document"; //$NON-NLS-1$
	static final List<Column> MAP_COLUMNS = ModelColumns.of(ArgmapPackage.Literals.ARGUMENT_MAP);
	static final List<Column> DOCUMENT_COLUMNS = ModelColumns.of(ArgmapPackage.Literals.SOURCE_DOCUMENT);

	/** Where igraph, networkx and others keep a node's or edge's own id once they have renamed it. */
	static final String ID = "id"; //$NON-NLS-1$

	// node
	static final String KIND = "kind"; //$NON-NLS-1$
	static final String TEXT = "text"; //$NON-NLS-1$
	/**
	 * Top left corner of the node as drawn: where the user placed it, else where ELK put it, so that Gephi and
	 * Cytoscape open a laid out map. Read back as the node's position only when {@link #PLACED}.
	 */
	static final String X = "x"; //$NON-NLS-1$
	static final String Y = "y"; //$NON-NLS-1$
	/** Whether the user placed the node; files without it (before ELK coordinates) placed every x and y. */
	static final String PLACED = "placed"; //$NON-NLS-1$
	/** Drawing hints under the names Gephi's GraphML importer maps to node size and colour. Written only. */
	static final String SIZE = "size"; //$NON-NLS-1$
	static final String RED = "r"; //$NON-NLS-1$
	static final String GREEN = "g"; //$NON-NLS-1$
	static final String BLUE = "b"; //$NON-NLS-1$
	/** Whether the node stands under grounded semantics: in, out or undec. Written, never read back. */
	static final String GROUNDED = "grounded"; //$NON-NLS-1$
	/** Label, text, note, tags, implicit, source and target case: every attribute of every node kind. */
	static final List<Column> NODE_COLUMNS = ModelColumns.ofAll(ArgmapPackage.Literals.CLAIM,
			ArgmapPackage.Literals.REBUTTAL, ArgmapPackage.Literals.ANALOGY);
	static final String ANCHOR = "anchor"; //$NON-NLS-1$
	/** The anchor's document by id, and its title and location for tools that see only the node. */
	static final String[] ANCHOR_DOCUMENT_FIELDS = { "document", "documentTitle", "location" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** An anchor's exact passage is its {@code quote}, the name GraphML files had before the columns. */
	static final List<Column> ANCHOR_COLUMNS = ModelColumns.of(ArgmapPackage.Literals.TEXT_ANCHOR,
			Map.of(ArgmapPackage.Literals.TEXT_ANCHOR__EXACT, "quote")); //$NON-NLS-1$
	static final String CORRESPONDENCE = "correspondence"; //$NON-NLS-1$
	static final List<Column> CORRESPONDENCE_COLUMNS = ModelColumns.of(ArgmapPackage.Literals.CORRESPONDENCE);
	static final String QUESTION = "question"; //$NON-NLS-1$
	static final List<Column> QUESTION_COLUMNS = ModelColumns.of(ArgmapPackage.Literals.CRITICAL_QUESTION);

	// edge
	static final String RELATION = "relation"; //$NON-NLS-1$
	static final String PREMISE_GROUP = "premiseGroup"; //$NON-NLS-1$
	static final String UNDERCUTS = "undercuts"; //$NON-NLS-1$
	/** Kind, scheme, note and every other attribute of a relation, on each of its edges. */
	static final List<Column> RELATION_COLUMNS = ModelColumns.of(ArgmapPackage.Literals.RELATION);
	/**
	 * The relation kind again, as the edge label Gephi shows ({@code label}) and in Cytoscape's standard
	 * {@code interaction} column; {@link #KIND} is the one read back.
	 */
	static final String EDGE_LABEL = "label"; //$NON-NLS-1$
	static final String INTERACTION = "interaction"; //$NON-NLS-1$

	static final String NODE_GRAPHICS = "y.nodegraphics"; //$NON-NLS-1$
	static final String EDGE_GRAPHICS = "y.edgegraphics"; //$NON-NLS-1$

	/** Tags are one string: comma separated, a comma or backslash inside a tag escaped by a backslash. */
	static final char TAG_SEPARATOR = ',';

	private GraphmlVocabulary() {
	}

	/** {@code anchor2.quote}, {@code document1.title}: the name of a field of the index-th repeated part. */
	static String numbered(String part, int index, String field) {
		return part + index + '.' + field;
	}

	/** The owner's value of {@code column} as one GraphML value, a list as tags; null for none. */
	static String cell(Column column, EObject owner) {
		if (!column.isList()) {
			return column.text(owner);
		}
		List<String> tags = column.texts(owner);
		return tags.isEmpty() ? null : joinTags(tags);
	}

	/** Sets the owner's value of {@code column} from one GraphML value, as {@link Column#set} says. */
	static void setCell(Column column, EObject owner, String value) {
		if (column.isList()) {
			for (String tag : splitTags(value)) {
				column.set(owner, tag);
			}
		} else {
			column.set(owner, value);
		}
	}

	static String joinTags(Iterable<String> tags) {
		StringBuilder joined = new StringBuilder();
		for (String tag : tags) {
			if (!joined.isEmpty()) {
				joined.append(TAG_SEPARATOR).append(' ');
			}
			for (char c : tag.toCharArray()) {
				if (c == TAG_SEPARATOR || c == '\\') {
					joined.append('\\');
				}
				joined.append(c);
			}
		}
		return joined.toString();
	}

	/** Inverse of {@link #joinTags} for a non-empty list: exact, spaces at a tag's ends included. */
	static List<String> splitTags(String joined) {
		List<String> tags = new ArrayList<>();
		StringBuilder tag = new StringBuilder();
		boolean escaped = false;
		boolean afterSeparator = false;
		for (char c : joined.toCharArray()) {
			if (afterSeparator && c == ' ') {
				afterSeparator = false;
				continue;
			}
			afterSeparator = false;
			if (escaped) {
				tag.append(c);
				escaped = false;
			} else if (c == '\\') {
				escaped = true;
			} else if (c == TAG_SEPARATOR) {
				tags.add(tag.toString());
				tag.setLength(0);
				afterSeparator = true;
			} else {
				tag.append(c);
			}
		}
		tags.add(tag.toString());
		return tags;
	}
}

package org.argmap.interchange.dot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.argmap.core.drawing.KindColours;
import org.argmap.interchange.NodeKinds;
import org.argmap.interchange.RelationEnds;
import org.argmap.model.Analogy;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;

/**
 * Writes a map as a Graphviz digraph for drawing ({@code dot -Tsvg}), conclusions on top. A relation with
 * linked premises, or one that is undercut, passes through a small junction point, so that the premises
 * visibly join before their conclusion and an undercut lands on the inference it attacks.
 */
public final class DotWriter {

	private static final int WRAP_COLUMNS = 32;

	private final Writer out;
	private final Set<Relation> junctions = new HashSet<>();

	private DotWriter(Writer out) {
		this.out = out;
	}

	/** Writes {@code map} to {@code stream} (not closed). */
	public static void write(ArgumentMap map, OutputStream stream) throws IOException {
		for (Relation relation : map.getRelations()) {
			RelationEnds.checkComplete(relation);
		}
		Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		new DotWriter(writer).writeMap(map);
		writer.flush();
	}

	private void writeMap(ArgumentMap map) throws IOException {
		for (Relation relation : map.getRelations()) {
			if (relation.getSources().size() > 1) {
				junctions.add(relation);
			}
			if (relation.getTarget() instanceof Relation attacked) {
				junctions.add(attacked);
			}
		}
		out.write("digraph " + quoted(map.getTitle() == null ? "argmap" : map.getTitle()) + " {\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.write("  rankdir=BT;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n"); //$NON-NLS-1$
		out.write("  edge [fontname=\"Helvetica\", fontsize=9];\n"); //$NON-NLS-1$
		for (Node node : map.getNodes()) {
			out.write("  " + quoted(node.getId()) + " [label=" + quoted(NodeKinds.drawnLabel(node, WRAP_COLUMNS)) + ", " + style(node) + "];\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		for (Relation relation : map.getRelations()) {
			writeRelation(relation);
		}
		out.write("}\n"); //$NON-NLS-1$
	}

	private void writeRelation(Relation relation) throws IOException {
		String attributes = attributes(relation.getKind());
		String target = relation.getTarget() instanceof Relation attacked ? junctionId(attacked)
				: quoted(relation.getTarget().getId());
		if (!junctions.contains(relation)) {
			out.write("  " + quoted(relation.getSources().get(0).getId()) + " -> " + target + " [" + attributes //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "];\n"); //$NON-NLS-1$
			return;
		}
		String junction = junctionId(relation);
		out.write("  " + junction + " [shape=point, width=0.08, label=\"\"];\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Node source : relation.getSources()) {
			out.write("  " + quoted(source.getId()) + " -> " + junction + " [arrowhead=none, " + attributes + "];\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		out.write("  " + junction + " -> " + target + " [" + attributes + "];\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String junctionId(Relation relation) {
		return quoted("junction:" + relation.getId()); //$NON-NLS-1$
	}

	private static String attributes(RelationKind kind) {
		String colour = "color=\"" + KindColours.line(kind) + "\""; //$NON-NLS-1$ //$NON-NLS-2$
		return switch (kind) {
		case SUPPORT -> colour;
		case ATTACK -> colour + ", arrowhead=tee, label=\"attack\""; //$NON-NLS-1$
		case UNDERCUT -> colour + ", style=dashed, arrowhead=tee, label=\"undercut\""; //$NON-NLS-1$
		case ANALOGY -> colour + ", style=dashed, label=\"analogy\""; //$NON-NLS-1$
		case EQUIVALENCE -> colour + ", style=dotted, dir=both, label=\"equivalent\""; //$NON-NLS-1$
		};
	}

	private static String style(Node node) {
		String colours = "fillcolor=\"" + KindColours.fill(node) + "\", color=\"" + KindColours.border(node) + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (node instanceof Analogy) {
			return "shape=hexagon, " + colours; //$NON-NLS-1$
		}
		boolean implicit = node instanceof Claim claim && !(node instanceof Rebuttal) && claim.isImplicit();
		return implicit ? colours + ", style=\"rounded,filled,dashed\"" : colours; //$NON-NLS-1$
	}

	/** A DOT quoted string: quotes and backslashes escaped, line breaks as {@code \n}, controls dropped. */
	static String quoted(String value) {
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			} else if (c == '\n') {
				quoted.append("\\n"); //$NON-NLS-1$
			} else if (c >= 0x20) {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}
}

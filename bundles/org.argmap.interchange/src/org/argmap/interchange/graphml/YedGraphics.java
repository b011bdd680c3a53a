package org.argmap.interchange.graphml;

import static org.argmap.interchange.graphml.GraphmlVocabulary.EDGE_GRAPHICS;
import static org.argmap.interchange.graphml.GraphmlVocabulary.NODE_GRAPHICS;

import java.io.IOException;

import org.argmap.core.drawing.KindColours;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.interchange.ExportLayout;
import org.argmap.model.Analogy;
import org.argmap.model.Claim;
import org.argmap.model.Node;
import org.argmap.model.RelationKind;

/**
 * The yFiles graphics of the yEd flavour: one rounded box per node, coloured by kind, with its label and
 * wrapped text, and one coloured, labelled line per edge, placed by {@link ExportLayout}, so yEd opens a
 * readable map before any layout is run there.
 */
final class YedGraphics {

	private YedGraphics() {
	}

	static void declareKeys(XmlOutput xml) throws IOException {
		declare(xml, NODE_GRAPHICS, "node", "nodegraphics"); //$NON-NLS-1$ //$NON-NLS-2$
		declare(xml, EDGE_GRAPHICS, "edge", "edgegraphics"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void declare(XmlOutput xml, String id, String domain, String type)
			throws IOException {
		xml.empty("key", "id", id, "for", domain, "yfiles.type", type); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	static void writeNode(XmlOutput xml, Node node, Box box) throws IOException {
		String label = ExportLayout.drawnLabel(node);
		xml.start("data"); //$NON-NLS-1$
		xml.attribute("key", NODE_GRAPHICS); //$NON-NLS-1$
		xml.start("y:ShapeNode"); //$NON-NLS-1$
		empty(xml, "Geometry", "x", Double.toString(box.x()), "y", Double.toString(box.y()), "width", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				Double.toString(box.width()), "height", Double.toString(box.height())); //$NON-NLS-1$
		empty(xml, "Fill", "color", KindColours.fill(node), "transparent", "false"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		boolean implicit = node instanceof Claim claim && claim.isImplicit();
		empty(xml, "BorderStyle", "color", KindColours.border(node), "type", implicit ? "dashed" : "line", "width", "1.5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		xml.start("y:NodeLabel"); //$NON-NLS-1$
		xml.attribute("alignment", "center"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.attribute("fontFamily", "Dialog"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.attribute("fontSize", "12"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.attribute("modelName", "internal"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.attribute("modelPosition", "c"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.text(label);
		xml.end();
		empty(xml, "Shape", "type", node instanceof Analogy ? "hexagon" : "roundrectangle"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		xml.end();
		xml.end();
	}

	static void writeEdge(XmlOutput xml, RelationKind kind) throws IOException {
		xml.start("data"); //$NON-NLS-1$
		xml.attribute("key", EDGE_GRAPHICS); //$NON-NLS-1$
		xml.start("y:PolyLineEdge"); //$NON-NLS-1$
		String line = switch (kind) {
		case SUPPORT, ATTACK -> "line"; //$NON-NLS-1$
		case UNDERCUT -> "dashed"; //$NON-NLS-1$
		case ANALOGY -> "dashed_dotted"; //$NON-NLS-1$
		case EQUIVALENCE -> "dotted"; //$NON-NLS-1$
		};
		empty(xml, "LineStyle", "color", KindColours.line(kind), "type", line, "width", "2.0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		empty(xml, "Arrows", "source", kind == RelationKind.EQUIVALENCE ? "standard" : "none", "target", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				kind == RelationKind.ATTACK || kind == RelationKind.UNDERCUT ? "t_shape" : "standard"); //$NON-NLS-1$ //$NON-NLS-2$
		if (kind != RelationKind.SUPPORT) {
			xml.start("y:EdgeLabel"); //$NON-NLS-1$
			xml.attribute("textColor", KindColours.line(kind)); //$NON-NLS-1$
			xml.text(kind.getLiteral());
			xml.end();
		}
		xml.end();
		xml.end();
	}

	private static void empty(XmlOutput xml, String name, String... attributes) throws IOException {
		xml.empty("y:" + name, attributes); //$NON-NLS-1$
	}
}

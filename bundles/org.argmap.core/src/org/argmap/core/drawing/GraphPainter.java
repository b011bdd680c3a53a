package org.argmap.core.drawing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.core.layout.MapDrawing;
import org.argmap.core.layout.MapLayout;
import org.argmap.core.layout.MapLayout.Box;
import org.argmap.core.layout.MapLayout.Route;
import org.argmap.model.Analogy;
import org.argmap.model.AnchorStatus;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;

/**
 * Draws a laid-out map on a {@link Surface}: relations as coloured lines by kind with arrowheads (a bar for
 * attacks and undercuts), junctions where linked premises meet, nodes as rounded boxes (analogies as
 * hexagons, implicit premises dashed) with their label and text, and a legend under
 * the map whose entries are as wide as their text.
 */
public final class GraphPainter {

	public static final double LEGEND_HEIGHT = 44;
	private static final double ARROW = 9;
	/** From a legend entry's line to its text, and from its text to the next entry. */
	private static final double LEGEND_LINE = 40;
	private static final double LEGEND_GAP = 24;
	private static final double LEGEND_MARGIN = 10;
	private static final double ORPHAN_BADGE = 7;
	/** How far the ring of an evaluated node lies outside its border, and how thick it is. */
	private static final double RING_GAP = 4;
	private static final double RING_WIDTH = 3;

	private GraphPainter() {
	}

	/** The size of the whole drawing, legend included. */
	public static double[] size(MapDrawing layout, NodeFigures figures) {
		double legend = legendX(figures)[RelationKind.VALUES.size()] - LEGEND_GAP + LEGEND_MARGIN;
		return new double[] { Math.max(layout.width(), legend), layout.height() + LEGEND_HEIGHT };
	}

	/** Where each legend entry starts, measured from its text, and after the last, where the next would. */
	private static double[] legendX(NodeFigures figures) {
		double[] starts = new double[RelationKind.VALUES.size() + 1];
		double x = LEGEND_MARGIN;
		for (int i = 0; i < RelationKind.VALUES.size(); i++) {
			starts[i] = x;
			x += LEGEND_LINE + figures.labelWidth(DrawingStyle.legend(RelationKind.VALUES.get(i))) + LEGEND_GAP;
		}
		starts[RelationKind.VALUES.size()] = x;
		return starts;
	}

	/**
	 * Draws the map.
	 *
	 * @param visible the part of the drawing in view ({@code x, y, width, height}): what lies wholly outside is
	 *                skipped, which keeps panning a large map smooth; null draws everything (exports)
	 */
	public static void paint(Surface surface, MapDrawing layout, NodeFigures figures, DrawingStyle style,
			Set<?> selected, Node moving, double[] movingTo, double[] visible) {
		for (Route route : layout.routes()) {
			if (visible == null || intersects(route, visible)) {
				drawRoute(surface, route, selected.contains(route.relation()));
			}
		}
		for (Map.Entry<Relation, double[]> junction : layout.junctions().entrySet()) {
			double[] point = junction.getValue();
			if (visible == null || inside(point[0], point[1], visible, MapLayout.JUNCTION_SIZE)) {
				surface.circle(point[0], point[1], MapLayout.JUNCTION_SIZE / 2,
						DrawingStyle.line(junction.getKey().getKind()));
			}
		}
		for (Map.Entry<Node, Box> entry : layout.boxes().entrySet()) {
			Box box = entry.getValue();
			if (entry.getKey() == moving) {
				box = new Box(movingTo[0], movingTo[1], box.width(), box.height());
			}
			if (visible == null || box.x() < visible[0] + visible[2] && box.x() + box.width() > visible[0]
					&& box.y() < visible[1] + visible[3] && box.y() + box.height() > visible[1]) {
				drawNode(surface, entry.getKey(), box, figures, style, selected.contains(entry.getKey()));
			}
		}
		drawLegend(surface, figures, layout.height() + 8);
	}

	private static boolean inside(double x, double y, double[] visible, double margin) {
		return x >= visible[0] - margin && x <= visible[0] + visible[2] + margin && y >= visible[1] - margin
				&& y <= visible[1] + visible[3] + margin;
	}

	private static boolean intersects(Route route, double[] visible) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (double[] point : route.points()) {
			minX = Math.min(minX, point[0]);
			minY = Math.min(minY, point[1]);
			maxX = Math.max(maxX, point[0]);
			maxY = Math.max(maxY, point[1]);
		}
		return minX <= visible[0] + visible[2] + ARROW && maxX >= visible[0] - ARROW
				&& minY <= visible[1] + visible[3] + ARROW && maxY >= visible[1] - ARROW;
	}

	private static void drawRoute(Surface surface, Route route, boolean selected) {
		List<double[]> points = route.points();
		if (points.size() < 2) {
			return;
		}
		RelationKind kind = route.relation().getKind();
		double[] flat = new double[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			flat[2 * i] = points.get(i)[0];
			flat[2 * i + 1] = points.get(i)[1];
		}
		Rgb colour = selected ? DrawingStyle.SELECTION : DrawingStyle.line(kind);
		surface.polyline(flat, colour, selected ? 3 : 1.6, DrawingStyle.dashes(kind));
		if (route.arrow()) {
			arrowhead(surface, points.get(points.size() - 2), points.get(points.size() - 1), kind, colour);
		}
	}

	private static void arrowhead(Surface surface, double[] from, double[] to, RelationKind kind, Rgb colour) {
		double dx = to[0] - from[0];
		double dy = to[1] - from[1];
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			return;
		}
		double ux = dx / length;
		double uy = dy / length;
		if (kind == RelationKind.ATTACK || kind == RelationKind.UNDERCUT) {
			// a bar across the line: "blocks"
			double bx = to[0] - ux * 3;
			double by = to[1] - uy * 3;
			surface.polyline(new double[] { bx - uy * ARROW * 0.7, by + ux * ARROW * 0.7, bx + uy * ARROW * 0.7,
					by - ux * ARROW * 0.7 }, colour, 2.4, null);
			return;
		}
		double baseX = to[0] - ux * ARROW;
		double baseY = to[1] - uy * ARROW;
		surface.polygon(new double[] { to[0], to[1], baseX - uy * ARROW / 2, baseY + ux * ARROW / 2,
				baseX + uy * ARROW / 2, baseY - ux * ARROW / 2 }, colour, colour, 1, null);
	}

	private static void drawNode(Surface surface, Node node, Box box, NodeFigures figures, DrawingStyle style,
			boolean selected) {
		surface.beginNode(node.getId());
		Rgb ring = style.ring(node);
		if (ring != null) {
			// outside the border, so that the kind's colours stay as they are; a line, not a filled shape,
			// so that the arrowheads that end at the border stay visible
			surface.polyline(ring(box.x() - RING_GAP, box.y() - RING_GAP, box.width() + 2 * RING_GAP,
					box.height() + 2 * RING_GAP, 7 + RING_GAP), ring, RING_WIDTH, null);
		}
		Rgb border = selected ? DrawingStyle.SELECTION : DrawingStyle.border(node);
		double lineWidth = selected ? 3 : 1.4;
		if (node instanceof Analogy) {
			double inset = 10;
			surface.polygon(new double[] { box.x() + inset, box.y(), box.x() + box.width() - inset, box.y(),
					box.x() + box.width(), box.centerY(), box.x() + box.width() - inset, box.y() + box.height(),
					box.x() + inset, box.y() + box.height(), box.x(), box.centerY() }, style.fill(node), border,
					lineWidth, null);
		} else {
			surface.roundRectangle(box.x(), box.y(), box.width(), box.height(), 14, style.fill(node), border,
					lineWidth, DrawingStyle.borderDashes(node));
		}
		if (node.getAnchors().stream().anyMatch(anchor -> anchor.getStatus() == AnchorStatus.ORPHANED)) {
			// the passage this node stands for is lost: a red badge until it is re-anchored or deleted
			surface.circle(box.x() + box.width() - 4, box.y() + 4, ORPHAN_BADGE, DrawingStyle.ORPHANED);
			surface.text("!", box.x() + box.width() - 6, box.y() - 3, true, DrawingStyle.BACKGROUND); //$NON-NLS-1$
		}
		NodeFigures.Lines lines = figures.lines(node);
		double y = box.y() + NodeFigures.PADDING;
		for (int i = 0; i < lines.lines().size(); i++) {
			surface.text(lines.lines().get(i), box.x() + NodeFigures.PADDING, y, i < lines.labelLines(),
					DrawingStyle.TEXT);
			y += figures.lineHeight();
		}
		surface.endNode();
	}

	/** The closed outline of a rectangle with rounded corners of {@code radius}, as polyline points. */
	private static double[] ring(double x, double y, double width, double height, double radius) {
		int steps = 6;
		double[][] corners = { { x + width - radius, y + radius }, { x + width - radius, y + height - radius },
				{ x + radius, y + height - radius }, { x + radius, y + radius } };
		double[] points = new double[(4 * (steps + 1) + 1) * 2];
		int i = 0;
		for (int corner = 0; corner < 4; corner++) {
			for (int step = 0; step <= steps; step++) {
				double angle = Math.PI / 2 * (corner - 1 + (double) step / steps);
				points[i++] = corners[corner][0] + radius * Math.cos(angle);
				points[i++] = corners[corner][1] + radius * Math.sin(angle);
			}
		}
		points[i++] = points[0];
		points[i] = points[1];
		return points;
	}

	private static void drawLegend(Surface surface, NodeFigures figures, double y) {
		double[] starts = legendX(figures);
		for (int i = 0; i < RelationKind.VALUES.size(); i++) {
			RelationKind kind = RelationKind.VALUES.get(i);
			double x = starts[i];
			Rgb colour = DrawingStyle.line(kind);
			surface.polyline(new double[] { x, y + 8, x + 34, y + 8 }, colour, 1.6, DrawingStyle.dashes(kind));
			arrowhead(surface, new double[] { x, y + 8 }, new double[] { x + 34, y + 8 }, kind, colour);
			surface.text(DrawingStyle.legend(kind), x + LEGEND_LINE, y, false, DrawingStyle.TEXT);
		}
	}

	/** The node under a point of the drawing, or null. */
	public static Node nodeAt(MapDrawing layout, double x, double y) {
		Node found = null;
		for (Map.Entry<Node, Box> entry : layout.boxes().entrySet()) {
			if (entry.getValue().contains(x, y)) {
				found = entry.getKey(); // the last drawn is on top
			}
		}
		return found;
	}

	/** The relation whose line passes within {@code tolerance} of a point of the drawing, or null. */
	public static Relation relationAt(MapDrawing layout, double x, double y, double tolerance) {
		Relation found = null;
		double nearest = tolerance;
		for (Route route : layout.routes()) {
			List<double[]> points = route.points();
			for (int i = 1; i < points.size(); i++) {
				double distance = distanceToSegment(x, y, points.get(i - 1), points.get(i));
				if (distance <= nearest) {
					nearest = distance;
					found = route.relation();
				}
			}
		}
		return found;
	}

	private static double distanceToSegment(double x, double y, double[] a, double[] b) {
		double dx = b[0] - a[0];
		double dy = b[1] - a[1];
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / lengthSquared));
		return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
	}
}

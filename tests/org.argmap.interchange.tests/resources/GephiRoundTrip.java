import java.io.File;

import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.Node;
import org.gephi.io.exporter.api.ExportController;
import org.gephi.io.exporter.plugin.ExporterGraphML;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens a GraphML file in the Gephi toolkit and saves it again as GraphML, as a Gephi user does with "Open"
 * and "Export graph file". Prints what Gephi made of the file, one fact a line, for GraphmlGephiTest:
 * "nodes N", "edges N", then "node ID X Y R G B" with Gephi's own position and colour of each node.
 * Run in Java's single-file source mode: java -cp gephi-toolkit-all.jar GephiRoundTrip.java IN OUT
 */
public class GephiRoundTrip {

	public static void main(String[] arguments) throws Exception {
		ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
		projects.newProject();
		Workspace workspace = projects.getCurrentWorkspace();

		ImportController importer = Lookup.getDefault().lookup(ImportController.class);
		Container container = importer.importFile(new File(arguments[0]));
		importer.process(container, new DefaultProcessor(), workspace);

		Graph graph = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace).getGraph();
		System.out.println("nodes " + graph.getNodeCount());
		System.out.println("edges " + graph.getEdgeCount());
		for (Node node : graph.getNodes()) {
			System.out.println("node " + node.getId() + " " + node.x() + " " + node.y() + " "
					+ node.getColor().getRed() + " " + node.getColor().getGreen() + " " + node.getColor().getBlue());
		}
		for (Edge edge : graph.getEdges()) {
			System.out.println("edge " + edge.getId() + " " + edge.getSource().getId() + " " + edge.getTarget().getId()
					+ " " + edge.getLabel());
		}

		ExportController exporter = Lookup.getDefault().lookup(ExportController.class);
		ExporterGraphML graphml = (ExporterGraphML) exporter.getExporter("graphml");
		graphml.setWorkspace(workspace);
		// What a user ticks to keep the drawing: Gephi's own coordinates, not rescaled, with colours and sizes.
		graphml.setExportPosition(true);
		graphml.setNormalize(false);
		graphml.setExportColors(true);
		graphml.setExportSize(true);
		graphml.setExportAttributes(true);
		exporter.exportFile(new File(arguments[1]), graphml);
	}
}

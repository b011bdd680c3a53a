package org.argmap.ui.editor;

import java.nio.file.Path;
import java.util.Arrays;

import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.SyntheticMaps;
import org.argmap.ui.graph.GraphCanvas;
import org.argmap.ui.handlers.OpenMapHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Panning a generated 2,000-node debate on the graph canvas in the running workbench: the time each repaint takes while the
 * view moves (goal: at least 30 frames per second), and how long the layout job took to show the map.
 */
class GraphCanvasBenchmark {

	private static final int STEPS = 200;

	@TempDir
	Path folder;

	@Test
	void panning() throws Exception {
		ArgumentMap map = SyntheticMaps.debate(17, 2_000);
		Path mapFile = folder.resolve("large.argmap");
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(map);
		MapStore.save(resource, mapFile);

		long start = System.nanoTime();
		MapEditor editor = OpenMapHandler.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
				mapFile);
		GraphCanvas graph = editor.graph();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 600_000;
		while (graph.layout() == null && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
		print("open to laid-out graph", String.format("%.0f ms (layout in a background job)", (System.nanoTime() - start) / 1e6));
		// Listeners run in the order they were added: this one runs after the canvas has painted.
		long[] painted = { 0 };
		graph.control().addListener(SWT.Paint, event -> painted[0] = System.nanoTime());
		double[] repaints = new double[STEPS];
		for (int i = 0; i < STEPS; i++) {
			long before = System.nanoTime();
			painted[0] = 0;
			graph.pan(i % 40 < 20 ? -60 : 60, i % 80 < 40 ? -15 : 15);
			while (painted[0] == 0) { // the frame: from the pan until the canvas has been painted
				if (!display.readAndDispatch()) {
					display.timerExec(1, () -> {
					});
					display.sleep();
				}
			}
			repaints[i] = (painted[0] - before) / 1e6;
		}
		Arrays.sort(repaints);
		double median = repaints[STEPS / 2];
		print("drawing size", String.format("%.0f x %.0f px, %d nodes", graph.layout().width(), graph.layout().height(),
				graph.layout().boxes().size()));
		print("repaint while panning", String.format("median %.1f ms, 95th percentile %.1f ms, worst %.1f ms (%d steps, zoom %.2f)",
				median, repaints[STEPS * 95 / 100], repaints[STEPS - 1], STEPS, graph.zoom()));
		print("frames per second", String.format("%.0f at the median (goal >= 30)", 1000 / median));
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	private static void print(String figure, String value) {
		System.out.printf("BENCHMARK %-18s %-38s %s%n", "graph-canvas", figure, value);
	}
}

package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.argmap.cli.ExitCode;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code export --format png|svg} on the sample map: the graph as the workbench draws it, without a display. */
class PictureExportTest {

	@TempDir
	Path folder;

	private Path mapFile;
	private final CommandLine commandLine = new CommandLine();

	@BeforeEach
	void writeSample() {
		assertEquals(ExitCode.SUCCESS, commandLine.run("sample", folder.toString()), commandLine.err());
		mapFile = folder.resolve("ai-progress-wall.argmap");
	}

	@Test
	void pngHasTheSvgsSizeAndIsDrawnInColour() throws Exception {
		Path png = folder.resolve("map.png");
		assertEquals(ExitCode.SUCCESS, commandLine.run("export", "--format", "png", mapFile.toString(), png.toString()),
				commandLine.err());
		ArgumentMap map = MapStore.load(mapFile);
		assertTrue(commandLine.err().contains("(png: " + map.getNodes().size() + " nodes"), commandLine.err());
		byte[] bytes = Files.readAllBytes(png);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, Arrays.copyOf(bytes, 8));
		BufferedImage image = ImageIO.read(png.toFile());

		Element svg = svg(export("svg")).getDocumentElement();
		assertEquals(Integer.parseInt(svg.getAttribute("width")), image.getWidth(), "one layout for PNG and SVG");
		assertEquals(Integer.parseInt(svg.getAttribute("height")), image.getHeight());
		assertTrue(image.getWidth() > 1000 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());

		int drawn = 0;
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				int pixel = image.getRGB(x, y);
				colours.add(pixel);
				drawn += pixel == image.getRGB(0, 0) ? 0 : 1;
			}
		}
		assertTrue(drawn > image.getWidth() * image.getHeight() / 9 / 20, "more than 5% of the image is drawn: " + drawn);
		assertTrue(colours.contains(0xffdcebff), "claims in their fill colour");
		assertTrue(colours.contains(0xfffde2de), "rebuttals in theirs");
		assertTrue(colours.size() > 20, "boxes, lines and antialiased text: " + colours.size());
	}

	@Test
	void svgHasOneGroupPerNodeAndALegendWhoseEntriesDoNotOverlap() throws Exception {
		Document document = svg(export("svg"));
		NodeList groups = document.getElementsByTagName("g");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if ("node".equals(group.getAttribute("class"))) {
				ids.add(group.getAttribute("id"));
			}
		}
		List<String> nodeIds = MapStore.load(mapFile).getNodes().stream().map(Node::getId).toList();
		assertEquals(new HashSet<>(nodeIds), new HashSet<>(ids));
		assertEquals(nodeIds.size(), ids.size(), "one group per node");

		// the legend: the texts outside any node, each after a 34 px sample of its line
		Element root = document.getDocumentElement();
		FontMetrics metrics = metrics(root);
		List<double[]> entries = new ArrayList<>();
		for (org.w3c.dom.Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element text && text.getTagName().equals("text")) {
				double x = Double.parseDouble(text.getAttribute("x"));
				entries.add(new double[] { x - 40, x + metrics.stringWidth(text.getTextContent()) });
			}
		}
		assertEquals(5, entries.size(), "one legend entry per relation kind");
		entries.sort((a, b) -> Double.compare(a[0], b[0]));
		for (int i = 1; i < entries.size(); i++) {
			assertTrue(entries.get(i - 1)[1] + 8 <= entries.get(i)[0],
					"legend entry " + i + " starts after the text before it: " + Arrays.toString(entries.get(i - 1))
							+ " " + Arrays.toString(entries.get(i)));
		}
		assertTrue(entries.get(entries.size() - 1)[1] <= Double.parseDouble(root.getAttribute("width")),
				"the legend fits the drawing");
	}

	@Test
	void formatFollowsTheExtensionAndDashIsStandardOutput() throws IOException {
		Path svg = folder.resolve("Map.SVG");
		assertEquals(ExitCode.SUCCESS, commandLine.run("export", mapFile.toString(), svg.toString()), commandLine.err());
		assertTrue(Files.readString(svg).contains("<svg"));
		assertEquals(ExitCode.SUCCESS, commandLine.run("export", "--format", "svg", mapFile.toString(), "-"),
				commandLine.err());
		assertEquals(Files.readString(svg).lines().toList(), commandLine.out().lines().toList(),
				"the same drawing on standard output");
		assertEquals(ExitCode.USAGE, commandLine.run("export", "--format", "jpeg", mapFile.toString(), "-"));
		assertTrue(commandLine.err().contains("png or svg"), commandLine.err());
	}

	@Test
	void refusesToDrawOverTheMapAndLeavesItAsItWas() throws IOException {
		byte[] before = Files.readAllBytes(mapFile);
		assertEquals(ExitCode.USAGE,
				commandLine.run("export", "--format", "png", mapFile.toString(), mapFile.toString()));
		assertTrue(commandLine.err().contains("is the map"), commandLine.err());
		assertArrayEquals(before, Files.readAllBytes(mapFile));
	}

	private String export(String format) {
		assertEquals(ExitCode.SUCCESS, commandLine.run("export", "--format", format, mapFile.toString(), "-"),
				commandLine.err());
		return commandLine.out();
	}

	private static Document svg(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** The legend's font as the SVG names it, measured by Java 2D (sans-serif is Java's SansSerif). */
	private static FontMetrics metrics(Element root) {
		Element text = (Element) root.getElementsByTagName("text").item(0);
		assertTrue(text.getAttribute("font-family").startsWith("sans-serif"), text.getAttribute("font-family"));
		Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1)
				.deriveFont(Float.parseFloat(text.getAttribute("font-size")));
		Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		FontMetrics metrics = graphics.getFontMetrics(font);
		graphics.dispose();
		return metrics;
	}
}

package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.tests.support.ExampleMaps;
import org.argmap.tests.support.MapText;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user opens Argmap's GraphML in igraph or networkx and saves it again: igraph renames the nodes n0, n1, …
 * (keeping the ids in an {@code id} attribute), writes every key on every element with '' where a value is
 * missing and stores whole numbers as doubles; networkx drops edge ids into an attribute and regroups the
 * edges by their source. Importing what the tool saved gives the map that was exported, except for the
 * order of relations, which neither tool keeps, the places of the nodes, which are layout, and CR-LF line
 * ends, which both tools write as a bare CR that every XML parser must read as LF.
 */
class GraphmlRewrittenByOtherToolsTest {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0} rewrites the {1} map")
	@CsvSource({ "igraph, sample", "igraph, every-kind", "networkx, sample", "networkx, every-kind" })
	void reimportGivesTheExportedMap(String tool, String which) throws Exception {
		ArgumentMap original = which.equals("sample") ? Exports.sample(folder.resolve("sample"))
				: ExampleMaps.everyKind();
		Path exported = folder.resolve("exported.graphml");
		Interchange.export(original, InterchangeFormat.GRAPHML, exported);
		Path rewritten = folder.resolve("rewritten-by-" + tool + ".graphml");
		Python.run(tool, folder, "rewrite_graphml.py", tool, exported.toString(), rewritten.toString());

		ImportedMap imported = Interchange.importFile(rewritten, ImportOptions.DEFAULTS);

		String expected = MapText.of(withoutLayoutOrOrder(original)).replace("&#xD;&#xA;", "&#xA;");
		assertEquals(expected, MapText.of(withoutLayoutOrOrder(imported.map())), Files.readString(rewritten));
		assertEquals(List.of(), imported.notices());
	}

	@ParameterizedTest(name = "{0} without its format marker")
	@CsvSource({ "sample", "every-kind" })
	void withoutTheFormatMarkerArgmapsAttributesStillMakeTheMap(String which) throws Exception {
		ArgumentMap original = which.equals("sample") ? Exports.sample(folder.resolve("sample"))
				: ExampleMaps.everyKind();
		String unmarked = Exports.exportText(original, InterchangeFormat.GRAPHML)
				.replaceAll("<data key=\"g.argmapFormat\">[^<]*</data>", "");

		ImportedMap imported = Exports.readGraphml(unmarked);

		assertEquals(MapText.of(original), MapText.of(imported.map()));
		assertEquals(1, imported.notices().size(), imported.notices().toString());
		assertTrue(imported.notices().get(0).contains("format marker"), imported.notices().get(0));
	}

	private static ArgumentMap withoutLayoutOrOrder(ArgumentMap map) {
		ArgumentMap copy = EcoreUtil.copy(map);
		for (Node node : copy.getNodes()) {
			node.setPosition(null);
		}
		ECollections.sort(copy.getRelations(), Comparator.comparing(Relation::getId));
		return copy;
	}
}

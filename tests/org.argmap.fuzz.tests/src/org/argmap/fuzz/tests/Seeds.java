package org.argmap.fuzz.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapStore;
import org.argmap.sample.SampleMap;
import org.argmap.tests.support.ExampleMaps;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Valid files to start fuzzing from, made by Argmap's own writers so they follow the formats as they are today:
 * the sample map and the map with one of everything, in each format, and a GraphML file from another tool.
 */
final class Seeds {

	private Seeds() {
	}

	static Stream<byte[]> argmap() {
		try {
			Path folder = Files.createTempDirectory("argmap-seeds");
			Path everyKind = folder.resolve("every-kind.argmap");
			Resource resource = MapStore.createResource(new ResourceSetImpl(), everyKind);
			resource.getContents().add(ExampleMaps.everyKind());
			MapStore.save(resource, everyKind);
			return Stream.of(Files.readAllBytes(everyKind), Files.readAllBytes(SampleMap.write(folder)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Stream<byte[]> graphml() {
		List<byte[]> seeds = new ArrayList<>(exports(InterchangeFormat.GRAPHML, InterchangeFormat.GRAPHML_YED));
		seeds.add("""
				<?xml version="1.0" encoding="UTF-8"?>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="d0" for="node" attr.name="name" attr.type="string"/>
				  <key id="d1" for="edge" attr.name="type" attr.type="string"/>
				  <graph edgedefault="directed">
				    <node id="a"><data key="d0">Taxes should rise</data></node>
				    <node id="b"><data key="d0">Schools need money</data></node>
				    <node id="c"><data key="d0">Growth would suffer</data></node>
				    <edge source="b" target="a"><data key="d1">pro</data></edge>
				    <edge source="c" target="a"><data key="d1">con</data></edge>
				  </graph>
				</graphml>
				""".getBytes(StandardCharsets.UTF_8));
		return seeds.stream();
	}

	static Stream<byte[]> aif() {
		return exports(InterchangeFormat.AIF, InterchangeFormat.OVA).stream();
	}

	private static List<byte[]> exports(InterchangeFormat... formats) {
		try {
			Path folder = Files.createTempDirectory("argmap-seeds");
			ArgumentMap sample = MapStore.load(SampleMap.write(folder));
			List<byte[]> seeds = new ArrayList<>();
			for (InterchangeFormat format : formats) {
				for (ArgumentMap map : List.of(ExampleMaps.everyKind(), sample)) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					Interchange.export(map, format, out);
					seeds.add(out.toByteArray());
				}
			}
			return seeds;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

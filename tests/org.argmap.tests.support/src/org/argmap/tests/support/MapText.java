package org.argmap.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/** A map as its .argmap file holds it: the measure of "the same map" in round-trip tests. */
public final class MapText {

	private MapText() {
	}

	/** The map serialized as a save would write it; a map in no resource is put into a new one. */
	public static String of(ArgumentMap map) throws IOException {
		Resource resource = map.eResource();
		if (resource == null) {
			resource = MapStore.createResource(new ResourceSetImpl(), Path.of("compared.argmap"));
			resource.getContents().add(map);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}
}

package org.argmap.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.core.anchoring.TextAnchors;
import org.argmap.core.text.DocumentText;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * A map file {@code debate.argmap} beside its source {@code obsolete.txt}: two claims anchored in the source,
 * the second supporting the first, and a way to run {@code argmap} on them and read what it printed.
 */
final class MapOnDisk {

	static final String WALL = "Returns to pre-training scaling are plateauing, several labs report.";
	static final String REASONING = "Reasoning models open a new dimension of scaling at inference time.";
	static final String ORIGINAL = "Is AI progress hitting a wall?\n" + WALL + "\nMeanwhile, " + REASONING + "\n";

	final Path mapFile;
	final Path source;
	private final CommandLine commandLine = new CommandLine();

	MapOnDisk(Path folder) throws IOException {
		source = folder.resolve("obsolete.txt");
		Files.writeString(source, ORIGINAL, StandardCharsets.UTF_8);
		mapFile = folder.resolve("debate.argmap");
		ArgumentMap map = MapElements.newMap("Wall");
		SourceDocument document = MapElements.newDocument("Obsolete", "obsolete.txt");
		document.setSha256(DocumentText.sha256(ORIGINAL));
		map.getDocuments().add(document);
		Claim wall = claimOn(document, WALL);
		Claim reasoning = claimOn(document, REASONING);
		map.getNodes().add(wall);
		map.getNodes().add(reasoning);
		map.getRelations().add(MapElements.newRelation(RelationKind.SUPPORT, wall, reasoning));
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(map);
		MapStore.save(resource, mapFile);
	}

	private static Claim claimOn(SourceDocument document, String passage) {
		Claim claim = MapElements.newClaim(passage);
		int start = ORIGINAL.indexOf(passage);
		claim.getAnchors().add(TextAnchors.create(document, ORIGINAL, start, start + passage.length()));
		return claim;
	}

	void editSource(String text) throws IOException {
		Files.writeString(source, text, StandardCharsets.UTF_8);
	}

	int run(String... arguments) {
		return commandLine.run(arguments);
	}

	String out() {
		return commandLine.out();
	}

	String err() {
		return commandLine.err();
	}
}

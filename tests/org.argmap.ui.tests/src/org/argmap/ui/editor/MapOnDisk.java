package org.argmap.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.argmap.core.anchoring.TextAnchors;
import org.argmap.core.text.DocumentText;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/** A map beside its source text, as a user keeps them: {@code debate.argmap} and {@code obsolete.txt}. */
final class MapOnDisk {

	static final String WALL = "Pre-training returns are plateauing, several labs report.";
	static final String REASONING = "Meanwhile, reasoning models scale at inference time.";
	static final String TEXT = "Is AI progress hitting a wall?\n" + WALL + "\n" + REASONING + "\n";

	final Path mapFile;
	final Path source;

	/** A map with one document and, if {@code anchoredClaim}, one claim anchored on {@link #WALL}. */
	MapOnDisk(Path folder, boolean anchoredClaim) throws IOException {
		this(folder, anchoredClaim ? new String[] { WALL } : new String[0]);
	}

	/** A map with one document and a claim anchored on each of {@code passages}. */
	MapOnDisk(Path folder, String... passages) throws IOException {
		source = folder.resolve("obsolete.txt");
		Files.writeString(source, TEXT, StandardCharsets.UTF_8);
		mapFile = folder.resolve("debate.argmap");
		ArgumentMap map = MapElements.newMap("Is AI progress hitting a wall?");
		SourceDocument document = MapElements.newDocument("The Obsolete post", "obsolete.txt");
		document.setSha256(DocumentText.sha256(TEXT));
		map.getDocuments().add(document);
		for (String passage : passages) {
			Claim claim = MapElements.newClaim(passage);
			int start = TEXT.indexOf(passage);
			claim.getAnchors().add(TextAnchors.create(document, TEXT, start, start + passage.length()));
			map.getNodes().add(claim);
		}
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(map);
		MapStore.save(resource, mapFile);
	}
}

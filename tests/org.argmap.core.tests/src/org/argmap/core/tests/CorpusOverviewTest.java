package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.argmap.core.anchoring.TextAnchors;
import org.argmap.core.corpus.CorpusOverview;
import org.argmap.core.corpus.CorpusOverview.Entry;
import org.argmap.model.AnchorStatus;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How far a corpus's annotation has come: per map and per document, nodes, anchors and orphans. */
class CorpusOverviewTest {

	private static final String TEXT = "Trains are punctual. Buses are cheap. Bikes are healthy.";

	@TempDir
	Path corpus;

	@Test
	void countsPerMapAndPerDocumentAndNamesWhatIsNotAnnotated() throws Exception {
		Files.createDirectories(corpus.resolve("texts"));
		Files.writeString(corpus.resolve("texts/transport.txt"), TEXT);
		Files.writeString(corpus.resolve("texts/untouched.md"), "# Nobody read me");
		Files.writeString(corpus.resolve("broken.argmap"), "not a map");
		ArgumentMap map = MapElements.newMap("Transport");
		SourceDocument document = MapElements.newDocument("Transport", "texts/transport.txt");
		map.getDocuments().add(document);
		map.getNodes().add(anchored(document, "Trains are punctual", false));
		Claim byAda = anchored(document, "Buses are cheap", true);
		byAda.setAnnotator("ada");
		map.getNodes().add(byAda);
		map.getNodes().add(MapElements.newClaim("Cars are fast"));
		Resource resource = MapStore.createResource(new ResourceSetImpl(), corpus.resolve("transport.argmap"));
		resource.getContents().add(map);
		MapStore.save(resource, corpus.resolve("transport.argmap"));

		List<Entry> entries = CorpusOverview.of(corpus, () -> false);

		assertEquals(List.of("broken.argmap", "texts/transport.txt", "texts/untouched.md", "transport.argmap"),
				entries.stream().map(Entry::file).toList());
		assertEquals(new Entry("transport.argmap", true, 3, 2, 1, List.of("texts/transport.txt"),
				List.of("ada", "transport.argmap"), null), entries.get(3));
		assertEquals(new Entry("texts/transport.txt", false, 2, 2, 1, List.of("transport.argmap"),
				List.of("ada", "transport.argmap"), null), entries.get(1));
		assertEquals(new Entry("texts/untouched.md", false, 0, 0, 0, List.of(), List.of(), null), entries.get(2));
		assertEquals(true, entries.get(0).problem().startsWith(corpus.resolve("broken.argmap").toString()));
	}

	private static Claim anchored(SourceDocument document, String quote, boolean orphaned) {
		Claim claim = MapElements.newClaim(quote);
		int start = TEXT.indexOf(quote);
		claim.getAnchors().add(TextAnchors.create(document, TEXT, start, start + quote.length()));
		if (orphaned) {
			claim.getAnchors().get(0).setStatus(AnchorStatus.ORPHANED);
		}
		return claim;
	}
}

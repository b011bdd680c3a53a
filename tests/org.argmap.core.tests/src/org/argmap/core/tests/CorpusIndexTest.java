package org.argmap.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.argmap.core.corpus.ClaimLinkException;
import org.argmap.core.corpus.CorpusFolder;
import org.argmap.core.corpus.CorpusIndex;
import org.argmap.core.corpus.CorpusIndex.SavedMap;
import org.argmap.core.corpus.CorpusQueryException;
import org.argmap.core.corpus.EquivalentClaims;
import org.argmap.core.corpus.SameClaim;
import org.argmap.core.corpus.SearchHit;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.ClaimLink;
import org.argmap.model.MapElements;
import org.argmap.model.persistence.FileVersion;
import org.argmap.model.persistence.MapStore;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches a small corpus folder of documents and maps: words in documents and in node texts, labels, tags
 * and notes, found where they are; updates that read only what changed; an index that is damaged or gone;
 * claims shared across maps, by their words and by links, and links that lead nowhere or out of the corpus.
 */
class CorpusIndexTest {

	@TempDir
	Path corpus;

	/** A folder beside the corpus, where links must not lead. */
	@TempDir
	Path outside;

	@Test
	void aMapBelongsToTheNearestFolderAboveItThatHasAnIndex() throws Exception {
		Path map = Files.createDirectories(corpus.resolve("essays/2019")).resolve("essay.argmap");
		assertNull(CorpusFolder.indexedFolderOf(map), "no index: saving creates none");
		CorpusIndex.open(corpus).close();
		assertEquals(corpus.toAbsolutePath(), CorpusFolder.indexedFolderOf(map));
	}

	@Test
	void findsDocumentPassagesAndNodesWithWhereTheWordsAre() throws Exception {
		Files.writeString(corpus.resolve("uniforms.txt"), "Uniforms remove distractions. Students focus on learning.");
		Files.writeString(corpus.resolve("homework.txt"), "Homework builds habits.");
		Claim claim = MapElements.newClaim("School uniforms reduce bullying");
		claim.setLabel("Bullying");
		claim.getTags().add("premise");
		claim.setNote("from the 2019 survey");
		save("uniforms.argmap", claim, MapElements.newClaim("Homework is useful"));

		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			List<SearchHit> hits = index.search("uniforms", 10);
			assertEquals(List.of("uniforms.argmap", "uniforms.txt"), hits.stream().map(SearchHit::file).sorted().toList());
			SearchHit document = hits.stream().filter(SearchHit::isDocument).findFirst().orElseThrow();
			int[] match = document.matches().get(0);
			assertEquals("Uniforms", document.text().substring(match[0], match[1]));
			SearchHit node = hits.stream().filter(hit -> !hit.isDocument()).findFirst().orElseThrow();
			assertEquals(claim.getId(), node.nodeId());
			assertEquals("claim", node.kind());

			assertEquals(claim.getId(), index.search("tags:premise", 10).get(0).nodeId());
			assertEquals(claim.getId(), index.search("note:survey", 10).get(0).nodeId());
			assertEquals(claim.getId(), index.search("label:bullying", 10).get(0).nodeId());
			assertEquals(List.of("homework.txt"),
					index.search("habit", 10).stream().map(SearchHit::file).toList(), "stemmed: habit finds habits");
			assertTrue(index.search("nowhere", 10).isEmpty());
		}
	}

	@Test
	void updateReadsOnlyWhatChangedAndForgetsWhatWentAway() throws Exception {
		save("one.argmap", MapElements.newClaim("Trains are punctual"));
		save("two.argmap", MapElements.newClaim("Buses are cheap"));
		Files.writeString(corpus.resolve("notes.txt"), "Cycling is healthy.");
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			assertEquals(0, index.update(), "nothing changed since open");

			Path one = save("one.argmap", MapElements.newClaim("Trains are late"));
			Files.setLastModifiedTime(one, FileTime.fromMillis(Files.getLastModifiedTime(one).toMillis() + 2000));
			Files.delete(corpus.resolve("notes.txt"));
			assertEquals(1, index.update());
			assertEquals(1, index.search("late", 10).size());
			assertTrue(index.search("punctual", 10).isEmpty());
			assertTrue(index.search("cycling", 10).isEmpty());
			assertEquals(1, index.search("cheap", 10).size());

			index.update(save("two.argmap", MapElements.newClaim("Buses are slow")));
			assertEquals(1, index.search("slow", 10).size(), "a saved map is found at once");
		}
	}

	@Test
	void aSavedMapIsIndexedFromMemoryWithoutScanningTheFolder() throws Exception {
		save("one.argmap", MapElements.newClaim("Trains are punctual"));
		CorpusIndex.open(corpus).close();
		Files.writeString(corpus.resolve("notes.txt"), "Cycling is healthy.");
		ArgumentMap map = MapElements.newMap("one");
		map.getNodes().add(MapElements.newClaim("Trains are late"));
		Path one = corpus.resolve("one.argmap");
		Resource resource = MapStore.createResource(new ResourceSetImpl(), one);
		resource.getContents().add(map);
		MapStore.save(resource, one);
		SavedMap saved = SavedMap.of(corpus, one, map);
		map.getNodes().get(0).setText("Trains are cancelled"); // edited on after the save: not what was saved

		CorpusIndex.updateAfterSave(corpus, saved);
		// read as it lies on disk: opening a CorpusIndex would scan the folder and hide what the save did
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(corpus.resolve(CorpusFolder.INDEX_FOLDER)))) {
			IndexSearcher searcher = new IndexSearcher(reader);
			assertEquals(1, searcher.count(new TermQuery(new Term("body", "late"))), "the saved text is committed");
			assertEquals(0, searcher.count(new TermQuery(new Term("body", "punctual"))));
			assertEquals(0, searcher.count(new TermQuery(new Term("body", "cancel"))), "taken when saved");
			assertEquals(0, searcher.count(new TermQuery(new Term("body", "cycl"))), "the folder was not scanned");
		}
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			assertEquals(1, index.search("cycling", 10).size(), "the next search catches up with the rest");
			assertEquals(1, index.search("late", 10).size());
		}
	}

	@Test
	void aMapAnotherProgramWritesRightAfterASaveIsReadByTheNextSearchNotTakenForTheSavedOne() throws Exception {
		CorpusIndex.open(corpus).close();
		ArgumentMap map = MapElements.newMap("one");
		map.getNodes().add(MapElements.newClaim("Trains are late"));
		Path one = corpus.resolve("one.argmap");
		Resource resource = MapStore.createResource(new ResourceSetImpl(), one);
		resource.getContents().add(map);
		FileVersion written = MapStore.saveWatched(resource, one).version();
		// before the index hears of the save
		save("one.argmap", MapElements.newClaim("Trains are punctual"));
		Files.setLastModifiedTime(one, FileTime.fromMillis(written.modified().toMillis() + 2_000));

		CorpusIndex.updateAfterSave(corpus, SavedMap.of(corpus, one, map, written));
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			assertEquals(1, index.search("punctual", 10).size(), "what the file holds is found");
			assertEquals(0, index.search("late", 10).size(), "what the save wrote is gone from the file");
		}
	}

	@Test
	void aSaveIntoAnIndexThatIsDamagedRebuildsItFromTheFiles() throws Exception {
		Path one = save("one.argmap", MapElements.newClaim("Trains are punctual"));
		Files.writeString(corpus.resolve("notes.txt"), "Cycling is healthy.");
		Path index = Files.createDirectories(corpus.resolve(CorpusFolder.INDEX_FOLDER));
		Files.writeString(index.resolve("segments_1"), "not an index");

		CorpusIndex.updateAfterSave(corpus, SavedMap.of(corpus, one, MapStore.load(one)));
		try (CorpusIndex reopened = CorpusIndex.open(corpus)) {
			assertFalse(reopened.rebuilt());
			assertEquals(0, reopened.update(), "the update after the save read every file");
			assertEquals(1, reopened.search("cycling", 10).size());
			assertEquals(1, reopened.search("punctual", 10).size());
		}
	}

	@Test
	void damagedIndexIsRebuiltFromTheFiles() throws Exception {
		save("one.argmap", MapElements.newClaim("Trains are punctual"));
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			assertFalse(index.rebuilt());
		}
		try (Stream<Path> files = Files.list(corpus.resolve(CorpusFolder.INDEX_FOLDER))) {
			for (Path file : files.toList()) {
				if (!file.getFileName().toString().equals("write.lock")) {
					Files.write(file, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
				}
			}
		}
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			assertTrue(index.rebuilt());
			assertEquals(1, index.search("punctual", 10).size());
		}
	}

	@Test
	void unreadableMapIsReportedAndTheRestSearched() throws Exception {
		Files.writeString(corpus.resolve("broken.argmap"), "<not a map");
		save("good.argmap", MapElements.newClaim("Trains are punctual"));
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			assertEquals(1, index.search("punctual", 10).size());
			assertEquals(1, index.problems().size());
			assertTrue(index.problems().get(0).startsWith(corpus.resolve("broken.argmap") + ":"), index.problems().get(0));
		}
	}

	@Test
	void badQuerySaysWhatIsWrong() throws Exception {
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			CorpusQueryException failure = assertThrows(CorpusQueryException.class, () -> index.search("(trains AND", 10));
			assertTrue(failure.getMessage().startsWith("\u201c(trains AND\u201d: "), failure.getMessage());
		}
	}

	@Test
	void aClaimIsFoundInEveryMapThatStatesIt() throws Exception {
		Claim first = MapElements.newClaim("Uniforms reduce bullying.");
		Claim second = MapElements.newClaim("uniforms  reduce Bullying");
		save("a.argmap", first, MapElements.newClaim("Uniforms are cheap"));
		save("b.argmap", second);
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			assertEquals(List.of("a.argmap#" + first.getId(), "b.argmap#" + second.getId()),
					keys(index.mapsStating("Uniforms reduce bullying")));
		}
	}

	@Test
	void aClaimIsFoundInEveryMapLinkedToItWhicheverMapHoldsTheLink() throws Exception {
		Claim uniforms = MapElements.newClaim("Uniforms reduce bullying.");
		Claim dressCodes = MapElements.newClaim("Dress codes cut harassment at school");
		Claim teasing = MapElements.newClaim("Pupils in uniform are teased less");
		Claim unrelated = MapElements.newClaim("Homework builds habits");
		save("a.argmap", uniforms);
		// b links to a from a subfolder; c links to b, so c reaches a only through b
		dressCodes.getEquivalents().add("../a.argmap#" + uniforms.getId());
		save("sub/b.argmap", dressCodes);
		teasing.getEquivalents().add("sub/b.argmap#" + dressCodes.getId());
		save("c.argmap", teasing, unrelated);
		List<String> all = List.of("a.argmap#" + uniforms.getId(), "c.argmap#" + teasing.getId(),
				"sub/b.argmap#" + dressCodes.getId());
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			SameClaim stated = index.mapsStating("uniforms reduce bullying");
			assertEquals(all, keys(stated), "found by its words in a, through links in b and c");
			assertEquals(List.of(), stated.brokenLinks());
			assertEquals(all, keys(index.sameClaimAs("a.argmap", uniforms.getId())), "a holds no link, b and c do");
			assertEquals(all, keys(index.sameClaimAs("c.argmap", teasing.getId())));
			assertEquals(List.of("c.argmap#" + unrelated.getId()), keys(index.sameClaimAs("c.argmap", unrelated.getId())));
		}
	}

	@Test
	void claimsLikeAClaimAreFoundByItsWordsWhateverSyntaxTheyHold() throws Exception {
		Files.writeString(corpus.resolve("uniforms.txt"), "Do uniforms reduce bullying? (Survey: yes)");
		Claim uniforms = MapElements.newClaim("School uniforms reduce bullying");
		save("a.argmap", uniforms, MapElements.newClaim("Homework builds habits"));
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			List<SearchHit> like = index.nodesLike("Do uniforms reduce bullying? (Survey: yes)", 10);
			assertEquals(List.of("a.argmap#" + uniforms.getId()), like.stream().map(hit -> hit.file() + "#" + hit.nodeId()).toList(),
					"nodes only, found by shared words although the text is no valid query");
			assertEquals(List.of(), index.nodesLike("the of and", 10));
			assertEquals(List.of(), index.nodesLike("", 10));
		}
	}

	@Test
	void linksToWhatIsGoneOrOutsideTheCorpusAreReportedNotFollowed() throws Exception {
		Claim elsewhere = MapElements.newClaim("Uniforms reduce bullying");
		ArgumentMap foreign = MapElements.newMap("outside");
		foreign.getNodes().add(elsewhere);
		Resource resource = MapStore.createResource(new ResourceSetImpl(), outside.resolve("x.argmap"));
		resource.getContents().add(foreign);
		MapStore.save(resource, outside.resolve("x.argmap"));
		Claim uniforms = MapElements.newClaim("Uniforms reduce bullying");
		Claim kept = MapElements.newClaim("Homework builds habits");
		save("b.argmap", kept);
		String leavingTheCorpus = corpus.relativize(outside.resolve("x.argmap")) + "#" + elsewhere.getId();
		uniforms.getEquivalents().addAll(List.of("gone.argmap#c-1", "b.argmap#c-deleted", leavingTheCorpus, "not a link"));
		save("a.argmap", uniforms);
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			SameClaim claim = index.mapsStating("Uniforms reduce bullying");
			assertEquals(List.of("a.argmap#" + uniforms.getId()), keys(claim), "nothing outside the corpus is found");
			assertEquals(List.of(
					"a.argmap#" + uniforms.getId() + ": the link \u201c" + leavingTheCorpus
							+ "\u201d is not of the form MAP#ID inside the corpus, and is not followed",
					"a.argmap#" + uniforms.getId() + ": the link \u201cnot a link\u201d is not of the form MAP#ID inside the corpus, and is not followed",
					"a.argmap#" + uniforms.getId() + ": the linked map b.argmap has no node c-deleted any more",
					"a.argmap#" + uniforms.getId() + ": the linked map gone.argmap no longer exists"),
					claim.brokenLinks().stream().sorted().toList());
		}
	}

	@Test
	void aLinkIsMadeOnlyToAnotherMapInsideTheCorpus() throws Exception {
		Path a = save("a.argmap", MapElements.newClaim("Uniforms reduce bullying"));
		Path b = save("essays/b.argmap", MapElements.newClaim("Dress codes cut harassment"));
		CorpusIndex.open(corpus).close();
		assertEquals(new ClaimLink("../a.argmap", "c-1"), EquivalentClaims.link(b, a, "c-1"));
		assertEquals(a.toAbsolutePath(), EquivalentClaims.target(b, new ClaimLink("../a.argmap", "c-1")));

		Path stranger = Files.writeString(outside.resolve("secret.argmap"), "");
		ClaimLinkException escaping = assertThrows(ClaimLinkException.class, () -> EquivalentClaims.link(a, stranger, "c-1"));
		assertEquals(stranger.toAbsolutePath() + ": lies outside the corpus folder " + corpus.toAbsolutePath()
				+ "; claims are linked only within one corpus", escaping.getMessage());
		assertThrows(ClaimLinkException.class,
				() -> EquivalentClaims.target(b, ClaimLink.parse(b.getParent().relativize(stranger) + "#c-1")));
		Path leadingOut = Files.createSymbolicLink(corpus.resolve("inside.argmap"), stranger);
		assertThrows(ClaimLinkException.class, () -> EquivalentClaims.link(a, leadingOut, "c-1"), "a symbolic link leading out");
		assertThrows(ClaimLinkException.class, () -> EquivalentClaims.target(a, ClaimLink.parse("inside.argmap#c-1")));
		assertThrows(ClaimLinkException.class, () -> EquivalentClaims.link(a, a, "c-1"), "its own map");
		assertThrows(ClaimLinkException.class, () -> EquivalentClaims.link(a, corpus.resolve("notes.txt"), "c-1"));
	}

	@Test
	void aLinkIsWrittenRelativeAndNormalizedOrIsNoLink() {
		assertEquals(new ClaimLink("../essays/b.argmap", "c-1"), ClaimLink.parse("../essays/b.argmap#c-1"));
		for (String bad : new String[] { "b.argmap", "b.argmap#", "#c-1", "/etc/b.argmap#c-1", "C:/b.argmap#c-1",
				"file:b.argmap#c-1", "a\\b.argmap#c-1", "essays/../b.argmap#c-1", "./b.argmap#c-1", "../..#c-1",
				"b.txt#c-1", "b.argmap#c 1", "essays//b.argmap#c-1" }) {
			assertNull(ClaimLink.parse(bad), bad);
		}
	}

	private static List<String> keys(SameClaim claim) {
		return claim.nodes().stream().map(hit -> hit.file() + "#" + hit.nodeId()).sorted().toList();
	}

	private Path save(String name, Claim... claims) throws Exception {
		ArgumentMap map = MapElements.newMap(name);
		map.getNodes().addAll(List.of(claims));
		Path file = corpus.resolve(name);
		Files.createDirectories(file.getParent());
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		MapStore.save(resource, file);
		return file;
	}
}

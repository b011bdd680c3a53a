package org.argmap.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.MapElements;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argmap link} as a user types it: a claim of one map linked to the same claim, in other words, in
 * another map of the corpus; {@code search --claim} then finds both maps from either claim's words; links
 * that would leave the corpus are refused, links whose map went away are reported.
 */
class LinkCommandTest {

	@TempDir
	Path corpus;

	@TempDir
	Path outside;

	private final CommandLine argmap = new CommandLine();
	private Path uniformsMap;
	private Path dressCodesMap;
	private Claim uniforms;
	private Claim dressCodes;

	@BeforeEach
	void twoMapsStatingOneClaimInOtherWords() throws Exception {
		uniforms = MapElements.newClaim("Uniforms reduce bullying");
		uniformsMap = save(corpus.resolve("uniforms.argmap"), uniforms);
		dressCodes = MapElements.newClaim("Dress codes cut harassment at school");
		dressCodesMap = save(corpus.resolve("2019/dress-codes.argmap"), dressCodes);
	}

	@Test
	void aLinkedClaimIsFoundInBothMapsFromEitherClaimsWords() throws Exception {
		assertEquals(0, argmap.run("search", "--claim", corpus.toString(), "uniforms reduce bullying"));
		assertEquals(1, argmap.out().lines().count(), "not linked yet: only the map stating it in these words");

		assertEquals(0, argmap.run("link", uniformsMap.toString(), uniforms.getId(), dressCodesMap + "#" + dressCodes.getId()),
				argmap.err());
		String link = "2019/dress-codes.argmap#" + dressCodes.getId();
		assertEquals("linked " + uniformsMap + "#" + uniforms.getId() + " to " + link + "; wrote " + uniformsMap + "\n",
				argmap.out());
		assertEquals(List.of(link), MapStore.load(uniformsMap).getNodes().get(0).getEquivalents());
		assertTrue(Files.exists(corpus.resolve("uniforms.argmap.bak")), "saved as every map is, the old one kept");

		List<String> both = List.of("2019/dress-codes.argmap#" + dressCodes.getId() + " claim: Dress codes cut harassment at school",
				"uniforms.argmap#" + uniforms.getId() + " claim: Uniforms reduce bullying");
		assertEquals(0, argmap.run("search", "--claim", corpus.toString(), "Uniforms reduce bullying."), argmap.err());
		assertEquals(both, argmap.out().lines().sorted().toList());
		assertEquals(0, argmap.run("search", "--claim", corpus.toString(), "dress codes cut harassment at school"),
				argmap.err());
		assertEquals(both, argmap.out().lines().sorted().toList(), "the map without the link finds the one holding it");

		assertEquals(0, argmap.run("link", uniformsMap.toString(), uniforms.getId(), dressCodesMap + "#" + dressCodes.getId()));
		assertTrue(argmap.err().contains("is already linked"), argmap.err());

		assertEquals(0, argmap.run("link", "--remove", uniformsMap.toString(), uniforms.getId(),
				dressCodesMap + "#" + dressCodes.getId()), argmap.err());
		assertEquals(List.of(), MapStore.load(uniformsMap).getNodes().get(0).getEquivalents());
		assertEquals(2, argmap.run("link", "--remove", uniformsMap.toString(), uniforms.getId(),
				dressCodesMap + "#" + dressCodes.getId()));
		assertEquals("argmap link: " + uniformsMap + "#" + uniforms.getId() + " has no link to " + link
				+ "; nothing was written\n", argmap.err());
	}

	@Test
	void wrongNodesAndMapsOutsideTheCorpusAreRefusedNamingThemAndNothingIsWritten() throws Exception {
		byte[] before = Files.readAllBytes(uniformsMap);
		Path stranger = save(outside.resolve("stranger.argmap"), MapElements.newClaim("Uniforms reduce bullying"));
		String target = dressCodesMap + "#" + dressCodes.getId();

		assertEquals(2, argmap.run("link", uniformsMap.toString(), "c-nothing", target));
		assertEquals("argmap link: " + uniformsMap + ": no node has the id 'c-nothing'; nothing was written\n", argmap.err());
		assertEquals(2, argmap.run("link", uniformsMap.toString(), uniforms.getId(), dressCodesMap + "#c-nothing"));
		assertEquals("argmap link: " + dressCodesMap + ": no node has the id 'c-nothing'; nothing was written\n",
				argmap.err());
		assertEquals(2, argmap.run("link", uniformsMap.toString(), uniforms.getId(), stranger + "#c-1"));
		assertEquals("argmap link: " + stranger + ": lies outside the corpus folder " + corpus
				+ "; claims are linked only within one corpus\n", argmap.err());
		assertEquals(2, argmap.run("link", uniformsMap.toString(), uniforms.getId(), uniformsMap + "#" + uniforms.getId()));
		assertTrue(argmap.err().contains("cannot be linked to a claim of its own map"), argmap.err());
		assertEquals(2, argmap.run("link", uniformsMap.toString(), uniforms.getId(), dressCodesMap.toString()));
		assertTrue(argmap.err().startsWith("argmap link: '" + dressCodesMap + "' is not OTHER_MAP#OTHER_NODE\n"),
				argmap.err());
		assertEquals(2, argmap.run("link", corpus.resolve("missing.argmap").toString(), "c-1", target));
		assertTrue(argmap.err().startsWith("argmap link: " + corpus.resolve("missing.argmap")), argmap.err());

		assertArrayEquals(before, Files.readAllBytes(uniformsMap));
	}

	@Test
	void aLinkWhoseMapWentAwayIsReportedAndCanBeRemoved() throws Exception {
		assertEquals(0, argmap.run("link", uniformsMap.toString(), uniforms.getId(), dressCodesMap + "#" + dressCodes.getId()),
				argmap.err());
		Files.delete(dressCodesMap);

		assertEquals(0, argmap.run("search", "--claim", corpus.toString(), "uniforms reduce bullying"));
		assertEquals("uniforms.argmap#" + uniforms.getId() + " claim: Uniforms reduce bullying\n", argmap.out());
		assertEquals("argmap search: uniforms.argmap#" + uniforms.getId()
				+ ": the linked map 2019/dress-codes.argmap no longer exists\n", argmap.err());

		assertEquals(0, argmap.run("link", "--remove", uniformsMap.toString(), uniforms.getId(),
				dressCodesMap + "#" + dressCodes.getId()), argmap.err());
		assertEquals(List.of(), MapStore.load(uniformsMap).getNodes().get(0).getEquivalents());
	}

	private static Path save(Path file, Claim claim) throws Exception {
		Files.createDirectories(file.getParent());
		ArgumentMap map = MapElements.newMap(file.getFileName().toString());
		map.getNodes().add(claim);
		Resource resource = MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		MapStore.save(resource, file);
		return file;
	}
}

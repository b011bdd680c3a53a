package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.corpus.CorpusImport;
import org.argmap.model.ArgumentMap;
import org.argmap.model.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus files a reviewer built to break the readers: each is refused at its line, or read correctly. */
class CorpusBadInputTest {

	/** With a byte order mark, which brat counts as a character, and a character outside the BMP (two chars). */
	private static final String ESSAY = "\uFEFFRain \uD83C\uDF27 falls. The plain floods.\n";

	@TempDir
	Path folder;

	@Test
	void bratSpansAfterAByteOrderMarkAreCountedWithoutIt() throws Exception {
		ArgumentMap map = bratMap("T1\tClaim 1 5\tRain", "T2\tPremise 16 19;26 33\tThe floods.");
		TextAnchor rain = map.getNodes().get(0).getAnchors().get(0);
		assertEquals(List.of(0, 4, "Rain"), List.of(rain.getStart(), rain.getEnd(), rain.getExact()));
		TextAnchor floods = map.getNodes().get(1).getAnchors().get(0);
		assertEquals("The plain floods.", floods.getExact(), "a discontinuous span reaches from first to last");
	}

	@Test
	void bratSpansOutsideTheTextOrInsideACharacterNameTheirLine() throws Exception {
		assertBratRefused("T2\tClaim 0 5\tRain", "spans characters 0 5: not ascending ranges");
		assertBratRefused("T2\tClaim 9 9\t", "spans characters 9 9: not ascending ranges");
		assertBratRefused("T2\tClaim 9 99\tfalls.", "spans characters 9 99: not ascending ranges");
		assertBratRefused("T2\tClaim 1 7\tRain ?", "spans characters 1 7, which cut a character in two");
		assertBratRefused("T2\tClaim 7 15\t? falls.", "spans characters 7 15, which cut a character in two");
		assertBratRefused("T2\tClaim 16 19;26 99\tThe x", "spans characters 16 19;26 99: not ascending ranges");
		assertBratRefused("T2\tClaim 16 19;1 5\tThe x", "spans characters 16 19;1 5: not ascending ranges");
		assertBratRefused("T2\tClaim 16 19;0 5\tThe x", "spans characters 16 19;0 5: not ascending ranges");
		assertBratRefused("T2\tClaim 16 19;26\tThe x", "not a text-bound annotation");
	}

	@Test
	void emptyMicrotextUnitNamesItsLine() throws Exception {
		Path file = writeMicrotext("""
				<arggraph id="micro_x">
				  <edu id="e1">Uniforms help.</edu>
				  <edu id="e2"> </edu>
				  <adu id="a1" type="pro"/>
				  <adu id="a2" type="pro"/>
				  <edge id="c1" src="e1" trg="a1" type="seg"/>
				  <edge id="c2" src="e2" trg="a2" type="seg"/>
				</arggraph>
				""");
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(file.getParent(), null));
		assertTrue(failure.getMessage().startsWith(file + ":3:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("unit 'e2' holds no text"), failure.getMessage());
	}

	@Test
	void lineEndAndByteOrderMarkEntitiesDoNotShiftLaterUnits() throws Exception {
		Path file = writeMicrotext("""
				<arggraph id="micro_y">
				  <edu id="e1">&#xFEFF;Uniforms help,&#13;&#10;says the head.</edu>
				  <edu id="e2">They are cheap.</edu>
				  <adu id="a1" type="pro"/>
				  <adu id="a2" type="pro"/>
				  <edge id="c1" src="e1" trg="a1" type="seg"/>
				  <edge id="c2" src="e2" trg="a2" type="seg"/>
				  <edge id="c3" src="a2" trg="a1" type="sup"/>
				</arggraph>
				""");
		ArgumentMap map = CorpusImport.read(file.getParent(), null).get(0).imported().map();
		String text = map.getDocuments().get(0).getSnapshot();
		assertEquals("Uniforms help,\nsays the head. They are cheap.\n", text);
		assertEquals(List.of("Uniforms help,\nsays the head.", "They are cheap."),
				map.getNodes().stream().map(node -> node.getAnchors().get(0))
						.map(anchor -> text.substring(anchor.getStart(), anchor.getEnd())).toList());
	}

	private Path writeMicrotext(String xml) throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("micro"));
		return Files.writeString(corpus.resolve("micro_x.xml"), xml);
	}

	@Test
	void bratSelfSupportIsRefusedAtItsLineAndAStanceOnTheMajorClaimLeftOut() throws Exception {
		assertBratRefused("R1\tsupports Arg1:T1 Arg2:T1", "relates 'T1' to itself");
		ArgumentMap map = bratMap("T1\tMajorClaim 9 15\tfalls.", "A1\tStance T1 For", "T2\tClaim 16 33\tThe plain floods.",
				"A2\tStance T2 Against");
		assertEquals(1, map.getRelations().size(), "only the claim's stance towards the major claim");
		assertEquals("The plain floods.", map.getRelations().get(0).getSources().get(0).getText());
	}

	@Test
	void microtextEdgesThatMakeNoValidRelationNameTheirLine() throws Exception {
		String units = """
				<arggraph id="micro_z">
				  <edu id="e1">Uniforms help.</edu>
				  <edu id="e2">They are cheap.</edu>
				  <edu id="e3">They are ugly.</edu>
				  <adu id="a1" type="pro"/>
				  <adu id="a2" type="pro"/>
				  <adu id="a3" type="opp"/>
				  <edge id="c1" src="e1" trg="a1" type="seg"/>
				  <edge id="c2" src="e2" trg="a2" type="seg"/>
				  <edge id="c3" src="e3" trg="a3" type="seg"/>
				""";
		assertMicrotextRefused(units + """
				  <edge id="c4" src="a3" trg="a1" type="reb"/>
				  <edge id="c5" src="a2" trg="c4" type="add"/>
				</arggraph>
				""", 12, "adds a linked premise to 'c4', which is no support");
		assertMicrotextRefused(units + """
				  <edge id="c4" src="a2" trg="a2" type="sup"/>
				</arggraph>
				""", 11, "relates 'a2' to itself");
		assertMicrotextRefused(units + """
				  <edge id="c4" src="a2" trg="a1" type="sup"/>
				  <edge id="c5" src="a1" trg="c4" type="add"/>
				</arggraph>
				""", 12, "relates 'a1' to itself");
	}

	private void assertMicrotextRefused(String xml, int line, String problem) throws Exception {
		Path file = writeMicrotext(xml);
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(file.getParent(), null));
		assertTrue(failure.getMessage().startsWith(file + ":" + line + ":"), failure.getMessage());
		assertTrue(failure.getMessage().contains(problem), failure.getMessage());
	}

	@Test
	void namesDifferingOnlyInCaseAreRefusedBeforeOneOverwritesTheOther() throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("brat"));
		for (String name : List.of("Essay1", "essay1")) {
			Files.writeString(corpus.resolve(name + ".txt"), ESSAY);
			Files.writeString(corpus.resolve(name + ".ann"), "T1\tClaim 9 15\tfalls.\n");
		}
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(corpus, null));
		assertTrue(failure.getMessage().contains("would both become the map"), failure.getMessage());
	}

	@Test
	void smallEntryInflatingAThousandfoldIsAZipBomb() throws Exception {
		Path zip = folder.resolve("small-bomb.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("nodeset1.json"));
			out.write(new byte[900 * 1024]);
		}
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(zip, null));
		assertTrue(failure.getMessage().contains("zip bomb"), failure.getMessage());
	}

	@Test
	void manyEntriesAddingUpPastTheArchivesRatioAreAZipBomb() throws Exception {
		Path zip = folder.resolve("many.zip");
		String text = "a".repeat(60 * 1024);
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (int i = 0; i < 1200; i++) {
				out.putNextEntry(new ZipEntry("essay" + i + ".ann"));
				out.write("T1\tClaim 0 1\ta\n".getBytes(StandardCharsets.UTF_8));
				out.putNextEntry(new ZipEntry("essay" + i + ".txt"));
				out.write(text.getBytes(StandardCharsets.UTF_8));
			}
		}
		assertTrue(Files.size(zip) * 100 < 64 * 1024 * 1024, "the archive's own ratio stays under the floor");
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(zip, null));
		assertTrue(failure.getMessage().startsWith(zip + ": "), failure.getMessage());
		assertTrue(failure.getMessage().contains("zip bomb"), failure.getMessage());
	}

	private void assertBratRefused(String secondLine, String problem) throws Exception {
		Path ann = writeBrat("T1\tClaim 9 15\tfalls.", secondLine);
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(ann.getParent(), null));
		assertTrue(failure.getMessage().startsWith(ann + ":2:"), failure.getMessage());
		assertTrue(failure.getMessage().contains(problem), failure.getMessage());
	}

	private ArgumentMap bratMap(String... lines) throws Exception {
		Path ann = writeBrat(lines);
		return CorpusImport.read(ann.getParent(), null).get(0).imported().map();
	}

	private Path writeBrat(String... lines) throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("brat"));
		Files.writeString(corpus.resolve("essay001.txt"), ESSAY);
		return Files.writeString(corpus.resolve("essay001.ann"), String.join("\n", lines) + "\n");
	}
}

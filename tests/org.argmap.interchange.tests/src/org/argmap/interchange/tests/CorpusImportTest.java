package org.argmap.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.argmap.core.text.DocumentLoader;
import org.argmap.interchange.ImportException;
import org.argmap.interchange.corpus.CorpusDocument;
import org.argmap.interchange.corpus.CorpusFormat;
import org.argmap.interchange.corpus.CorpusImport;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Rebuttal;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.argmap.model.TextAnchor;
import org.argmap.model.persistence.MapStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports small corpora written here in each format the field publishes, and checks nodes, relations and
 * anchors against what the files say; then corpora built to hurt.
 */
class CorpusImportTest {

	/** Written with Windows line ends, which brat counts and Argmap's texts do not. */
	private static final String ESSAY = "Should students wear uniforms?\r\n\r\n"
			+ "I believe that school uniforms help students focus. Uniforms remove distractions, because nobody "
			+ "compares brands. Some say uniforms limit self-expression. However, students can express "
			+ "themselves in other ways.\r\n";

	@TempDir
	Path folder;

	@Test
	void bratEssayBecomesAnchoredClaimsWithStancesAndRelations() throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("brat"));
		Files.writeString(corpus.resolve("essay001.txt"), ESSAY);
		Files.writeString(corpus.resolve("essay001.ann"), ann(
				span("T1", "MajorClaim", "school uniforms help students focus"),
				span("T2", "Claim", "Uniforms remove distractions"),
				"A1\tStance T2 For",
				span("T3", "Premise", "nobody compares brands"),
				span("T4", "Claim", "uniforms limit self-expression"),
				"A2\tStance T4 Against",
				span("T5", "Premise", "students can express themselves in other ways"),
				"R1\tsupports Arg1:T3 Arg2:T2",
				"R2\tattacks Arg1:T5 Arg2:T4",
				"#1\tAnnotatorNotes T3\tbrand pressure"));

		List<CorpusDocument> documents = CorpusImport.read(corpus, null);

		assertEquals(1, documents.size());
		ArgumentMap map = documents.get(0).imported().map();
		assertEquals(5, map.getNodes().size());
		assertEquals(4, map.getRelations().size(), "two relations and two stances towards the major claim");
		String text = map.getDocuments().get(0).getSnapshot();
		for (Node node : map.getNodes()) {
			TextAnchor anchor = node.getAnchors().get(0);
			// brat counts the two \r of the heading; Argmap's text has none
			assertEquals(ESSAY.indexOf(node.getText()) - 2, anchor.getStart(), node.getText());
			assertEquals(node.getText(), text.substring(anchor.getStart(), anchor.getEnd()));
		}
		Node majorClaim = node(map, "school uniforms help students focus");
		Node forClaim = node(map, "Uniforms remove distractions");
		Node againstClaim = node(map, "uniforms limit self-expression");
		assertEquals(List.of("MajorClaim"), majorClaim.getTags());
		assertEquals(List.of("Claim", "stance:For"), forClaim.getTags());
		assertEquals(List.of("Claim", "stance:Against"), againstClaim.getTags());
		assertInstanceOf(Rebuttal.class, againstClaim);
		assertInstanceOf(Rebuttal.class, node(map, "students can express themselves in other ways"));
		assertEquals("brand pressure", node(map, "nobody compares brands").getNote());
		assertEquals(RelationKind.SUPPORT, relationFrom(map, forClaim).getKind());
		assertEquals(majorClaim, relationFrom(map, forClaim).getTarget());
		assertEquals(RelationKind.ATTACK, relationFrom(map, againstClaim).getKind());
		assertEquals(againstClaim, relationFrom(map, node(map, "students can express themselves in other ways"))
				.getTarget());
	}

	@Test
	void writtenCorpusReadsBackWithAnchorsOnTheFileText() throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("brat"));
		Files.writeString(corpus.resolve("essay001.txt"), ESSAY);
		Files.writeString(corpus.resolve("essay001.ann"), ann(span("T1", "MajorClaim", "Uniforms remove distractions")));
		Path out = folder.resolve("corpus");
		List<CorpusDocument> documents = CorpusImport.read(corpus, CorpusFormat.BRAT);
		CorpusImport.checkTargets(documents, out, false);
		Path mapFile = CorpusImport.write(documents.get(0), out);

		ArgumentMap map = MapStore.load(mapFile);
		TextAnchor anchor = map.getNodes().get(0).getAnchors().get(0);
		String onDisk = DocumentLoader.load(out.resolve(map.getDocuments().get(0).getLocation())).text();
		assertEquals("Uniforms remove distractions", onDisk.substring(anchor.getStart(), anchor.getEnd()));
		ImportException again = assertThrows(ImportException.class,
				() -> CorpusImport.checkTargets(documents, out, false));
		assertTrue(again.getMessage().contains("essay001"), again.getMessage());
	}

	@Test
	void bratSpanThatDisagreesWithTheTextNamesTheLine() throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("brat"));
		Files.writeString(corpus.resolve("essay001.txt"), ESSAY);
		Path ann = corpus.resolve("essay001.ann");
		Files.writeString(ann, span("T1", "Claim", "Uniforms remove distractions") + "\nT2\tPremise 40 52\tnot this text\n");
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(corpus, null));
		assertTrue(failure.getMessage().startsWith(ann + ":2:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("not this text"), failure.getMessage());
	}

	@Test
	void bratWithoutItsTextIsRefused() throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("brat"));
		Files.writeString(corpus.resolve("essay002.ann"), "T1\tClaim 0 4\tSome\n");
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(corpus, null));
		assertTrue(failure.getMessage().contains("essay002.txt"), failure.getMessage());
	}

	@Test
	void microtextWithUndercutAndLinkedSupport() throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("micro"));
		Files.writeString(corpus.resolve("micro_b001.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<arggraph id="micro_b001" topic_id="school_uniforms" stance="pro">
				  <edu id="e1"><![CDATA[Some say uniforms limit self-expression.]]></edu>
				  <edu id="e2"><![CDATA[But clothes are not the only way to express oneself.]]></edu>
				  <edu id="e3"><![CDATA[Schools should introduce uniforms.]]></edu>
				  <edu id="e4"><![CDATA[They are cheap,]]></edu>
				  <edu id="e5"><![CDATA[at least cheaper than brands,]]></edu>
				  <edu id="e6"><![CDATA[and every family can afford them.]]></edu>
				  <adu id="a1" type="opp"/>
				  <adu id="a2" type="pro"/>
				  <adu id="a3" type="pro"/>
				  <adu id="a4" type="pro"/>
				  <adu id="a5" type="pro"/>
				  <edge id="c6" src="e1" trg="a1" type="seg"/>
				  <edge id="c7" src="e2" trg="a2" type="seg"/>
				  <edge id="c8" src="e3" trg="a3" type="seg"/>
				  <edge id="c9" src="e4" trg="a4" type="seg"/>
				  <edge id="c10" src="e5" trg="a4" type="seg"/>
				  <edge id="c11" src="e6" trg="a5" type="seg"/>
				  <edge id="c1" src="a1" trg="a3" type="reb"/>
				  <edge id="c2" src="a2" trg="c1" type="und"/>
				  <edge id="c3" src="a4" trg="a3" type="sup"/>
				  <edge id="c4" src="a5" trg="c3" type="add"/>
				</arggraph>
				""");

		ArgumentMap map = CorpusImport.read(corpus, null).get(0).imported().map();

		assertEquals(5, map.getNodes().size());
		assertEquals(3, map.getRelations().size());
		String text = map.getDocuments().get(0).getSnapshot();
		Map<String, String> spans = Map.of("a1", "Some say uniforms limit self-expression.", "a4",
				"They are cheap, at least cheaper than brands,", "a5", "and every family can afford them.");
		spans.forEach((adu, quote) -> {
			TextAnchor anchor = labelled(map, adu).getAnchors().get(0);
			assertEquals(quote, text.substring(anchor.getStart(), anchor.getEnd()), adu);
			assertEquals(text.indexOf(quote), anchor.getStart(), adu);
		});
		Relation attack = relationFrom(map, labelled(map, "a1"));
		assertEquals(RelationKind.ATTACK, attack.getKind());
		assertInstanceOf(Rebuttal.class, labelled(map, "a1"));
		assertEquals(List.of("opponent"), labelled(map, "a1").getTags());
		Relation undercut = relationFrom(map, labelled(map, "a2"));
		assertEquals(RelationKind.UNDERCUT, undercut.getKind());
		assertEquals(attack, undercut.getTarget());
		Relation linked = relationFrom(map, labelled(map, "a4"));
		assertEquals(List.of(labelled(map, "a4"), labelled(map, "a5")), linked.getSources());
		assertEquals(labelled(map, "a3"), linked.getTarget());
	}

	@Test
	void microtextEdgeToNothingNamesItsLine() throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("micro"));
		Path file = corpus.resolve("micro_b002.xml");
		Files.writeString(file, """
				<arggraph id="micro_b002">
				  <edu id="e1">One.</edu>
				  <adu id="a1" type="pro"/>
				  <edge id="c1" src="e1" trg="a1" type="seg"/>
				  <edge id="c2" src="a1" trg="a9" type="sup"/>
				</arggraph>
				""");
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(corpus, null));
		assertTrue(failure.getMessage().startsWith(file + ":5:"), failure.getMessage());
		assertTrue(failure.getMessage().contains("a9"), failure.getMessage());
	}

	@Test
	void aifdbFolderAndZipGiveTheSameMapsWithAnchorsInTheirTexts() throws Exception {
		Path corpus = Files.createDirectories(folder.resolve("aifdb"));
		Map<String, String> files = Map.of("nodeset1.json", nodeSet("Uniforms remove distractions",
				"nobody compares brands"), "nodeset1.txt",
				"Uniforms remove distractions, because nobody compares brands.", "nodeset2.json",
				nodeSet("Homework helps", "practice makes perfect"), "nodeset2.txt",
				"<span class=\"highlighted\" id=\"node1_1\">Homework helps</span>, since "
						+ "<span class=\"highlighted\" id=\"node2_1\">practice makes perfect</span>.");
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(corpus.resolve(file.getKey()), file.getValue());
		}
		Path zip = folder.resolve("aifdb.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}

		for (Path source : List.of(corpus, zip)) {
			List<CorpusDocument> documents = CorpusImport.read(source, null);
			assertEquals(List.of("nodeset1", "nodeset2"), documents.stream().map(CorpusDocument::name).toList());
			assertEquals("nodeset2.html", documents.get(1).documentFile(), "the highlighting is markup");
			for (CorpusDocument document : documents) {
				ArgumentMap map = document.imported().map();
				assertEquals(2, map.getNodes().size());
				assertEquals(1, map.getRelations().size());
				String text = map.getDocuments().get(0).getSnapshot();
				for (Node node : map.getNodes()) {
					TextAnchor anchor = node.getAnchors().get(0);
					assertEquals(node.getText(), text.substring(anchor.getStart(), anchor.getEnd()));
				}
			}
		}
	}

	@Test
	void zipEntryLeavingTheArchiveIsRefused() throws Exception {
		Path zip = folder.resolve("evil.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("../../nodeset1.json"));
			out.write(nodeSet("a", "b").getBytes(StandardCharsets.UTF_8));
		}
		ImportException failure = assertThrows(ImportException.class, () -> CorpusImport.read(zip, null));
		assertTrue(failure.getMessage().contains("'../../nodeset1.json' would lie outside"), failure.getMessage());
		assertTrue(Files.notExists(folder.getParent().getParent().resolve("nodeset1.json")));
	}

	@Test
	void zipBombIsRefusedQuickly() throws Exception {
		Path zip = folder.resolve("bomb.zip");
		byte[] zeros = new byte[1024 * 1024];
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("nodeset1.json"));
			for (int i = 0; i < 200; i++) {
				out.write(zeros);
			}
		}
		assertTrue(Files.size(zip) < 1024 * 1024, "200 MB packed into " + Files.size(zip) + " bytes");
		ImportException failure = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(ImportException.class, () -> CorpusImport.read(zip, null)));
		assertTrue(failure.getMessage().contains("zip bomb"), failure.getMessage());
	}

	@Test
	void damagedZipAndEmptyFolderSayWhy() throws Exception {
		Path zip = folder.resolve("broken.zip");
		Files.writeString(zip, "PK this is no archive");
		ImportException broken = assertThrows(ImportException.class, () -> CorpusImport.read(zip, null));
		assertTrue(broken.getMessage().startsWith(zip + ": not a readable zip archive"), broken.getMessage());
		Path empty = Files.createDirectories(folder.resolve("empty"));
		Files.writeString(empty.resolve("readme.md"), "nothing here");
		ImportException none = assertThrows(ImportException.class, () -> CorpusImport.read(empty, null));
		assertTrue(none.getMessage().contains("no annotated corpus here"), none.getMessage());
	}

	private static String nodeSet(String conclusion, String premise) {
		return """
				{"nodes":[
				 {"nodeID":"1","text":"%s","type":"I"},
				 {"nodeID":"2","text":"%s","type":"I"},
				 {"nodeID":"3","text":"Default Inference","type":"RA"}],
				 "edges":[{"edgeID":"1","fromID":"2","toID":"3"},{"edgeID":"2","fromID":"3","toID":"1"}]}
				""".formatted(conclusion, premise);
	}

	/** A text-bound annotation on the first occurrence of {@code quote} in {@link #ESSAY}, counted as brat does. */
	private static String span(String id, String type, String quote) {
		int start = ESSAY.indexOf(quote);
		return id + "\t" + type + " " + start + " " + (start + quote.length()) + "\t" + quote;
	}

	private static String ann(String... lines) {
		return String.join("\n", lines) + "\n";
	}

	private static Node node(ArgumentMap map, String text) {
		return map.getNodes().stream().filter(node -> text.equals(node.getText())).findFirst().orElseThrow();
	}

	private static Node labelled(ArgumentMap map, String label) {
		return map.getNodes().stream().filter(node -> label.equals(node.getLabel())).findFirst().orElseThrow();
	}

	private static Relation relationFrom(ArgumentMap map, Node source) {
		return map.getRelations().stream().filter(relation -> relation.getSources().contains(source)).findFirst()
				.orElseThrow();
	}
}

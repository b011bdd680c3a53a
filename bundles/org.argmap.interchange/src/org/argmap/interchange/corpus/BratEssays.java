package org.argmap.interchange.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.argmap.core.text.DocumentText;
import org.argmap.interchange.ImportException;
import org.argmap.interchange.TextRanges;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Messages;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Claim;
import org.argmap.model.Ids;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;

/**
 * Reads the argument-annotated essays (Stab and Gurevych) in brat's standoff format: {@code NAME.ann} beside
 * {@code NAME.txt}. Text-bound annotations ({@code T1 Premise 10 42 text}) of type MajorClaim, Claim or
 * Premise become claims anchored on exactly those characters and tagged with their type; {@code supports}
 * and {@code attacks} relations ({@code R1 supports Arg1:T2 Arg2:T1}) become relations; a claim's
 * {@code Stance} (For, Against) is kept as a tag and becomes a support or attack of each major claim, which
 * is what the stance is about. A node whose every relation attacks is a rebuttal. Annotator notes become
 * notes.
 */
final class BratEssays {

	private static final Set<String> NODE_TYPES = Set.of("MajorClaim", "Claim", "Premise"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String MAJOR_CLAIM = "MajorClaim"; //$NON-NLS-1$
	/** The tag that keeps a claim's stance: {@code stance:For} or {@code stance:Against}. */
	static final String STANCE_TAG = "stance:"; //$NON-NLS-1$

	private record Span(String id, String type, int start, int end, String text, int line) {
	}

	private record Link(String type, String from, String to, int line) {
	}

	private BratEssays() {
	}

	static List<CorpusDocument> read(CorpusFiles files) throws ImportException {
		List<CorpusDocument> documents = new ArrayList<>();
		for (String name : files.names()) {
			if (name.endsWith(".ann")) { //$NON-NLS-1$
				String textName = name.substring(0, name.length() - 4) + ".txt"; //$NON-NLS-1$
				if (!files.contains(textName)) {
					throw new ImportException(files.pathOf(name), 0, 0,
							Messages.bind(Messages.Corpus_missingText, textName), null);
				}
				documents.add(read(files, name, textName));
			}
		}
		return documents;
	}

	private static CorpusDocument read(CorpusFiles files, String annName, String textName) throws ImportException {
		Path annPath = files.pathOf(annName);
		byte[] textBytes = files.read(textName);
		String documentFile = CorpusTexts.mapName(annName) + ".txt"; //$NON-NLS-1$
		DocumentText text = CorpusTexts.read(documentFile, textBytes, files.pathOf(textName));
		RawOffsets offsets = new RawOffsets(new String(textBytes, StandardCharsets.UTF_8));

		Map<String, Span> spans = new LinkedHashMap<>();
		Map<String, String> stances = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		List<Link> links = new ArrayList<>();
		int skipped = 0;
		String[] lines = new String(files.read(annName), StandardCharsets.UTF_8).split("\r?\n"); //$NON-NLS-1$
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int number = i + 1;
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split("\t", 3); //$NON-NLS-1$
			String[] words = fields.length > 1 ? fields[1].trim().split(" +") : new String[0]; //$NON-NLS-1$
			switch (line.charAt(0)) {
			case 'T' -> {
				if (fields.length < 3 || words.length < 3) {
					throw failure(annPath, number, Messages.Corpus_bratBadSpan);
				}
				if (!NODE_TYPES.contains(words[0])) {
					skipped++;
					continue;
				}
				Span span = span(fields[0], words, fields[2], number, annPath, offsets, text.text());
				if (spans.putIfAbsent(span.id(), span) != null) {
					throw failure(annPath, number, Messages.bind(Messages.Corpus_duplicateId, span.id()));
				}
			}
			case 'A' -> {
				if (words.length == 3 && "Stance".equals(words[0])) { //$NON-NLS-1$
					stances.put(words[1], words[2]);
				} else {
					skipped++;
				}
			}
			case 'R' -> {
				if (words.length != 3 || !words[1].startsWith("Arg1:") || !words[2].startsWith("Arg2:")) { //$NON-NLS-1$ //$NON-NLS-2$
					throw failure(annPath, number, Messages.Corpus_bratBadRelation);
				}
				if ("supports".equals(words[0]) || "attacks".equals(words[0])) { //$NON-NLS-1$ //$NON-NLS-2$
					links.add(new Link(words[0], words[1].substring(5), words[2].substring(5), number));
				} else {
					skipped++;
				}
			}
			case '#' -> {
				if (words.length == 2 && fields.length == 3) {
					notes.put(words[1], fields[2]);
				}
			}
			default -> skipped++;
			}
		}

		ArgumentMap map = MapElements.newMap(CorpusTexts.mapName(annName));
		SourceDocument document = CorpusTexts.document(map.getTitle(), documentFile, text);
		map.getDocuments().add(document);
		Map<String, Node> nodes = new LinkedHashMap<>();
		List<String> majorClaims = spans.values().stream().filter(span -> MAJOR_CLAIM.equals(span.type()))
				.map(Span::id).toList();
		Map<String, List<Link>> linksFrom = new HashMap<>();
		links.forEach(link -> linksFrom.computeIfAbsent(link.from(), from -> new ArrayList<>()).add(link));
		for (Span span : spans.values()) {
			boolean onlyAttacks = attacksOnly(linksFrom.getOrDefault(span.id(), List.of()), stances.get(span.id()),
					!majorClaims.isEmpty());
			Claim node = onlyAttacks ? ArgmapFactory.eINSTANCE.createRebuttal() : ArgmapFactory.eINSTANCE.createClaim();
			node.setId(Ids.newId(onlyAttacks ? "r" : "c")); //$NON-NLS-1$ //$NON-NLS-2$
			node.setText(span.text());
			node.getTags().add(span.type());
			if (stances.containsKey(span.id())) {
				node.getTags().add(STANCE_TAG + stances.get(span.id()));
			}
			node.setNote(notes.get(span.id()));
			node.getAnchors().add(CorpusTexts.anchor(document, text.text(), span.start(), span.end(), annPath, span.line()));
			nodes.put(span.id(), node);
			map.getNodes().add(node);
		}
		for (Link link : links) {
			Node from = nodes.get(link.from());
			Node to = nodes.get(link.to());
			if (from == null || to == null) {
				throw failure(annPath, link.line(),
						Messages.bind(Messages.Corpus_unknownAnnotation, from == null ? link.from() : link.to()));
			}
			if (from == to) {
				throw failure(annPath, link.line(), Messages.bind(Messages.Corpus_selfRelation, link.from()));
			}
			RelationKind kind = "attacks".equals(link.type()) ? RelationKind.ATTACK : RelationKind.SUPPORT; //$NON-NLS-1$
			map.getRelations().add(MapElements.newRelation(kind, to, from));
		}
		for (Map.Entry<String, String> stance : stances.entrySet()) {
			Node claim = nodes.get(stance.getKey());
			if (claim == null || majorClaims.contains(stance.getKey())) {
				// no node of the map (a skipped type), or a major claim, which cannot stand for or against itself
				continue;
			}
			RelationKind kind = "Against".equalsIgnoreCase(stance.getValue()) ? RelationKind.ATTACK //$NON-NLS-1$
					: RelationKind.SUPPORT;
			for (String major : majorClaims) {
				map.getRelations().add(MapElements.newRelation(kind, nodes.get(major), claim));
			}
		}
		List<String> notices = skipped == 0 ? List.of()
				: List.of(Messages.bind(Messages.Corpus_bratSkipped, skipped));
		return new CorpusDocument(map.getTitle(), documentFile, textBytes, new ImportedMap(map, notices));
	}

	/**
	 * Whether every relation of {@code linksFrom}, an annotation's, attacks (a premise attacking another, a claim
	 * against the major claims), so that it is a rebuttal.
	 */
	private static boolean attacksOnly(List<Link> linksFrom, String stance, boolean stanceRelates) {
		List<Boolean> attacks = new ArrayList<>();
		linksFrom.forEach(link -> attacks.add("attacks".equals(link.type()))); //$NON-NLS-1$
		if (stance != null && stanceRelates) {
			attacks.add("Against".equalsIgnoreCase(stance)); //$NON-NLS-1$
		}
		return !attacks.isEmpty() && !attacks.contains(Boolean.FALSE);
	}

	private static Span span(String id, String[] words, String quoted, int line, Path annPath, RawOffsets offsets,
			String text) throws ImportException {
		String type = words[0];
		// A discontinuous span ("10 20;25 30") is anchored from its first to its last character.
		String[] fragments = String.join(" ", Arrays.copyOfRange(words, 1, words.length)).split(";"); //$NON-NLS-1$ //$NON-NLS-2$
		String given = String.join(";", fragments); //$NON-NLS-1$
		int start = -1;
		int end = -1;
		for (String fragment : fragments) {
			String[] bounds = fragment.trim().split(" "); //$NON-NLS-1$
			if (bounds.length != 2) {
				throw failure(annPath, line, Messages.Corpus_bratBadSpan);
			}
			int from;
			int to;
			try {
				from = offsets.inText(Integer.parseInt(bounds[0]));
				to = offsets.inText(Integer.parseInt(bounds[1]));
			} catch (NumberFormatException e) {
				throw failure(annPath, line, Messages.Corpus_bratBadSpan);
			}
			// checked after conversion: a byte order mark turns raw offset 0 into -1
			if (from < Math.max(0, end) || from >= to || to > text.length()) {
				throw failure(annPath, line,
						Messages.bind(Messages.Corpus_spanOutside, new Object[] { id, given, text.length() }));
			}
			for (int bound : new int[] { from, to }) {
				if (TextRanges.splitsPair(text, bound)) {
					throw failure(annPath, line, Messages.bind(Messages.Corpus_spanSplitsPair, id, given));
				}
			}
			start = start < 0 ? from : start;
			end = to;
		}
		String found = text.substring(start, end);
		if (fragments.length == 1 && !found.equals(quoted)) {
			throw failure(annPath, line, Messages.bind(Messages.Corpus_spanMismatch,
					new Object[] { id, given, found, quoted }));
		}
		return new Span(id, type, start, end, found, line);
	}

	private static ImportException failure(Path file, int line, String problem) {
		return new ImportException(file, line, 1, problem, null);
	}

	/**
	 * Turns brat's offsets, which count the characters of the file as written (a byte order mark and each
	 * {@code \r\n} included), into offsets in the text Argmap reads, where line ends are {@code \n}.
	 */
	private static final class RawOffsets {
		private final int[] crlfReturns;
		private final int shift;

		RawOffsets(String raw) {
			shift = raw.startsWith("\uFEFF") ? 1 : 0; //$NON-NLS-1$
			crlfReturns = IntStream.range(0, raw.length() - 1)
					.filter(i -> raw.charAt(i) == '\r' && raw.charAt(i + 1) == '\n').toArray();
		}

		int inText(int raw) {
			int before = Arrays.binarySearch(crlfReturns, raw);
			int dropped = before >= 0 ? before : -before - 1;
			return raw - shift - dropped;
		}
	}
}

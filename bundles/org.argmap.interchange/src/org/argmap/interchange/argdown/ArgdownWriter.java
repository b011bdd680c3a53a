package org.argmap.interchange.argdown;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.interchange.RelationEnds;
import org.argmap.interchange.UnexportableMapException;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;

/**
 * Writes a map as Argdown text that {@code argdown json} reads back with the same statements, arguments and
 * relations, the inverse of {@link ArgdownJsonReader}:
 * <ul>
 * <li>Every node is a statement {@code [Title]: text #(tag)}, titled by its label, or its id when it has none
 * or another node has the same label. A claim tagged {@value ArgdownJsonReader#ARGUMENT_TAG} that is no
 * premise is an argument without premises and conclusion, {@code <Title>: text}.</li>
 * <li>A support, or an analogy, is an argument in premise–conclusion form, titled by the relation's id, its
 * note the argument's description and its scheme the inference rule.</li>
 * <li>Attacks are {@code ->} relations under their source, undercuts {@code _>} relations to the argument
 * whose inference they attack, and an equivalence is entailment both ways.</li>
 * <li>Argdown undercuts inferences only: an undercut of an attack, an equivalence or another undercut is
 * written as a comment, so that a reader sees what is missing.</li>
 * </ul>
 * Texts are single paragraphs in Argdown: their line breaks become spaces. Punctuation is escaped, so no
 * text is read as Argdown syntax.
 */
public final class ArgdownWriter {

	/** Argdown's title delimiters and line breaks cannot be part of a title. */
	private static final String TITLE_BREAKERS = "[\\[\\]<>\\r\\n]+"; //$NON-NLS-1$
	private static final String ARGUMENT_ID_PREFIX = "a."; //$NON-NLS-1$

	private final ArgumentMap map;
	private final Writer out;
	private final Map<Node, String> statementTitles = new HashMap<>();
	private final Map<Node, String> sketchTitles = new HashMap<>();
	private final Map<Relation, String> argumentTitles = new LinkedHashMap<>();
	private final Map<Node, List<String>> relationLines = new HashMap<>();
	/** Relations Argdown has no form for, as comments at the end. */
	private final StringBuilder comments = new StringBuilder();

	private ArgdownWriter(ArgumentMap map, Writer out) {
		this.map = map;
		this.out = out;
	}

	/** Writes {@code map} to {@code out} (not closed) in UTF-8. */
	public static void write(ArgumentMap map, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		new ArgdownWriter(map, writer).write();
		writer.flush();
	}

	private void write() throws IOException {
		nameElements();
		collectRelationLines();
		writeFrontMatter();
		for (Node node : map.getNodes()) {
			boolean sketch = sketchTitles.containsKey(node);
			out.write(reference(node));
			String text = escaped(node.getText());
			if (!text.isEmpty() || !node.getTags().isEmpty()) {
				out.write(": " + text); //$NON-NLS-1$
			}
			for (String tag : node.getTags()) {
				if (!(sketch && tag.equals(ArgdownJsonReader.ARGUMENT_TAG))) {
					out.write(" #(" + tag.replaceAll("[()\\r\\n]+", " ").strip() + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			out.write("\n\n"); //$NON-NLS-1$
		}
		for (Map.Entry<Relation, String> argument : argumentTitles.entrySet()) {
			writeArgument(argument.getKey(), argument.getValue());
		}
		// relations come after every definition, so that Argdown meets the statements in the map's order
		for (Node node : map.getNodes()) {
			List<String> lines = relationLines.getOrDefault(node, List.of());
			if (!lines.isEmpty()) {
				out.write(reference(node) + '\n');
				for (String line : lines) {
					out.write("  " + line + '\n'); //$NON-NLS-1$
				}
				out.write('\n');
			}
		}
		out.write(comments.toString());
	}

	private void nameElements() {
		Set<Node> premises = new HashSet<>();
		for (Relation relation : map.getRelations()) {
			if (isArgument(relation)) {
				premises.addAll(relation.getSources());
			}
		}
		Set<String> taken = new HashSet<>();
		Map<String, Integer> labelUses = new HashMap<>();
		for (Node node : map.getNodes()) {
			labelUses.merge(title(node.getLabel()), 1, Integer::sum);
		}
		Set<String> argumentTaken = new HashSet<>();
		for (Node node : map.getNodes()) {
			String label = title(node.getLabel());
			String title = !label.isEmpty() && labelUses.get(label) == 1 ? label : title(node.getId());
			if (node.getTags().contains(ArgdownJsonReader.ARGUMENT_TAG) && !premises.contains(node)) {
				sketchTitles.put(node, unique(title, argumentTaken));
			} else {
				statementTitles.put(node, unique(title, taken));
			}
		}
		for (Relation relation : map.getRelations()) {
			if (isArgument(relation)) {
				String id = relation.getId() == null ? "" : relation.getId(); //$NON-NLS-1$
				argumentTitles.put(relation, unique(title(id.startsWith(ARGUMENT_ID_PREFIX)
						? id.substring(ARGUMENT_ID_PREFIX.length()) : id), argumentTaken));
			}
		}
	}

	private static boolean isArgument(Relation relation) {
		return relation.getKind() == RelationKind.SUPPORT || relation.getKind() == RelationKind.ANALOGY;
	}

	/** The relations written under their source: attacks, undercuts and equivalences. */
	private void collectRelationLines() throws UnexportableMapException {
		for (Relation relation : map.getRelations()) {
			if (isArgument(relation)) {
				continue;
			}
			RelationEnds.checkComplete(relation);
			Node source = relation.getSources().get(0);
			String attacked = argumentTitles.get(relation.getTarget());
			if (relation.getKind() == RelationKind.UNDERCUT && attacked != null) {
				line(source, "_> <" + attacked + '>'); //$NON-NLS-1$
			} else if (relation.getKind() == RelationKind.ATTACK && relation.getTarget() instanceof Node target) {
				line(source, "-> " + reference(target)); //$NON-NLS-1$
			} else if (relation.getKind() == RelationKind.EQUIVALENCE && relation.getTarget() instanceof Node target) {
				line(source, "+> " + reference(target)); //$NON-NLS-1$
				line(target, "+> " + reference(source)); //$NON-NLS-1$
			} else {
				comments.append("// ").append(Messages.bind(Messages.Argdown_notWritten, MapElements.describe(relation)) //$NON-NLS-1$
						.replaceAll("\\s+", " ")).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private void line(Node source, String line) {
		relationLines.computeIfAbsent(source, key -> new ArrayList<>()).add(line);
	}

	private String reference(Node node) {
		return sketchTitles.containsKey(node) ? '<' + sketchTitles.get(node) + '>' : '[' + statementTitles.get(node) + ']';
	}

	private void writeArgument(Relation relation, String title) throws IOException {
		out.write('<' + title + '>');
		if (relation.getNote() != null && !relation.getNote().isBlank()) {
			out.write(": " + escaped(relation.getNote())); //$NON-NLS-1$
		}
		out.write("\n\n"); //$NON-NLS-1$
		int number = 1;
		for (Node premise : relation.getSources()) {
			out.write("(" + number++ + ") " + reference(premise) + '\n'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String scheme = relation.getScheme();
		if ((scheme == null || scheme.isBlank()) && relation.getKind() == RelationKind.ANALOGY) {
			scheme = MapElements.ANALOGY_SCHEME;
		}
		out.write(scheme == null || scheme.isBlank() ? "----\n" : "-- " + escaped(scheme) + " --\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.write("(" + number + ") " + reference(RelationEnds.landingNode(relation)) + "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void writeFrontMatter() throws IOException {
		if (isBlank(map.getTitle()) && isBlank(map.getDescription())) {
			return;
		}
		out.write("===\n"); //$NON-NLS-1$
		if (!isBlank(map.getTitle())) {
			out.write("title: " + yamlString(map.getTitle()) + '\n'); //$NON-NLS-1$
		}
		if (!isBlank(map.getDescription())) {
			out.write("description: " + yamlString(map.getDescription()) + '\n'); //$NON-NLS-1$
		}
		out.write("===\n\n"); //$NON-NLS-1$
	}

	/** A double-quoted YAML scalar: only backslash, quote and line breaks need escapes there. */
	private static String yamlString(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n") + '"'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}

	/** One paragraph with every ASCII punctuation character escaped, which Argdown reads as the character itself. */
	private static String escaped(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String paragraph = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder escaped = new StringBuilder(paragraph.length() + 16);
		for (int i = 0; i < paragraph.length(); i++) {
			char c = paragraph.charAt(i);
			if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ') {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static String title(String text) {
		return text == null ? "" : text.replaceAll(TITLE_BREAKERS, " ").replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** {@code title}, or with a number added when it is taken; Argdown would merge two elements of one title. */
	private static String unique(String title, Set<String> taken) {
		String base = title.isEmpty() ? "Untitled" : title; //$NON-NLS-1$
		String candidate = base;
		for (int number = 2; !taken.add(candidate); number++) {
			candidate = base + " (" + number + ')'; //$NON-NLS-1$
		}
		return candidate;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}

package org.argmap.interchange.argdown;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.InputLimits;
import org.argmap.interchange.JsonFiles;
import org.argmap.interchange.JsonTree;
import org.argmap.interchange.TextRanges;
import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentElement;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Ids;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads what {@code argdown json} writes into a new map.
 * <ul>
 * <li>A statement (Argdown's equivalence class) becomes a claim: its title is the label (Argdown's own
 * "Untitled N" titles are dropped), the text of its canonical member the text, its tags the tags. A
 * statement whose only part is to attack becomes a rebuttal.</li>
 * <li>An argument reconstructed as premise–conclusion structure becomes one linked-premise support per
 * inference: the premises since the previous conclusion, and that conclusion, support the next one (the
 * inference's {@code uses} list, when given, names the premises instead). The main inference's id keeps the
 * argument's title, its note the argument's description and its scheme the inference rules.</li>
 * <li>An argument given only by a title and description has no inference to attack or to be concluded; it
 * becomes a claim with the tag {@value #ARGUMENT_TAG}.</li>
 * <li>Relations: support and entails become supports, attack and contrary attacks, contradictory an attack in
 * each direction, undercut (of an inference) an undercut of that inference's support. An attack on a
 * reconstructed argument as a whole becomes an undercut of its main inference, a support of it a support of
 * its main conclusion, and the importer says so.</li>
 * </ul>
 */
public final class ArgdownJsonReader {

	/** The tag of a claim that stands for an Argdown argument without premise–conclusion structure. */
	public static final String ARGUMENT_TAG = "argument"; //$NON-NLS-1$

	private static final ArgmapFactory FACTORY = ArgmapFactory.eINSTANCE;
	/** Argdown's name for a statement that was given no title. */
	private static final Pattern GENERATED_TITLE = Pattern.compile("Untitled \\d+"); //$NON-NLS-1$
	private static final String STATEMENT = "equivalence-class"; //$NON-NLS-1$
	private static final String ARGUMENT = "argument"; //$NON-NLS-1$
	private static final String INFERENCE = "inference"; //$NON-NLS-1$

	/** An argument with premise–conclusion structure: its inferences by the pcs index of their conclusion. */
	private record Reconstruction(Node mainConclusion, Map<Integer, Relation> inferences, Relation main) {
	}

	private final JsonTree tree;
	private final ArgumentMap map = FACTORY.createArgumentMap();
	private final List<String> notices = new ArrayList<>();
	private final Map<String, Node> statements = new HashMap<>();
	private final Map<String, Node> sketchedArguments = new HashMap<>();
	private final Map<String, Reconstruction> reconstructions = new HashMap<>();
	private final Set<String> usedIds = new HashSet<>();
	private final Map<String, Integer> skipped = new TreeMap<>();
	private int wholeArgumentAttacks;
	private int wholeArgumentSupports;
	private int sketchUndercuts;

	private ArgdownJsonReader(JsonTree tree) {
		this.tree = tree;
	}

	public static ImportedMap read(Path file) throws ImportException {
		return InputLimits.read(file, in -> read(in, file));
	}

	/** Reads {@code in} (not closed), naming {@code file} in messages. */
	public static ImportedMap read(InputStream in, Path file) throws ImportException {
		ArgdownJsonReader reader = new ArgdownJsonReader(JsonTree.parse(InputLimits.limited(in, file), file));
		reader.readDocument();
		return new ImportedMap(reader.map, List.copyOf(reader.notices));
	}

	/**
	 * Whether {@code in} holds a JSON object with Argdown's top-level {@code statements} or {@code arguments};
	 * false for anything else, malformed JSON included, which the AIF reader then explains.
	 */
	public static boolean isArgdownJson(InputStream in) throws IOException {
		try (JsonParser parser = JsonFiles.parser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return false;
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				if (name.equals("statements") || name.equals("arguments")) { //$NON-NLS-1$ //$NON-NLS-2$
					return true;
				}
				if (name.equals("nodes") || name.equals("AIF")) { //$NON-NLS-1$ //$NON-NLS-2$
					return false; // AIF, or OVA's wrapper of it: no need to read on
				}
				parser.nextToken();
				parser.skipChildren();
			}
			return false;
		} catch (com.fasterxml.jackson.core.JacksonException e) {
			return false;
		}
	}

	private void readDocument() throws ImportException {
		if (!(tree.root() instanceof Map<?, ?> given)) {
			throw tree.failure(tree.root(), Messages.ArgdownJson_notArgdown);
		}
		Map<String, Object> root = JsonTree.object(given);
		Map<String, Object> statementObjects = tree.objectField(root, "statements"); //$NON-NLS-1$
		Map<String, Object> argumentObjects = tree.objectField(root, "arguments"); //$NON-NLS-1$
		for (Map.Entry<String, Object> entry : statementObjects.entrySet()) {
			addStatement(entry.getKey(), objectAt(entry.getValue(), statementObjects, entry.getKey()));
		}
		for (Map.Entry<String, Object> entry : argumentObjects.entrySet()) {
			addArgument(entry.getKey(), objectAt(entry.getValue(), argumentObjects, entry.getKey()));
		}
		List<?> relations = tree.arrayField(root, "relations"); //$NON-NLS-1$
		for (Object entry : relations) {
			addRelation(objectAt(entry, root, "relations")); //$NON-NLS-1$
		}
		markRebuttals();
		if (wholeArgumentAttacks > 0) {
			notices.add(Messages.bind(Messages.ArgdownJson_wholeArgumentAttacks, wholeArgumentAttacks));
		}
		if (wholeArgumentSupports > 0) {
			notices.add(Messages.bind(Messages.ArgdownJson_wholeArgumentSupports, wholeArgumentSupports));
		}
		if (sketchUndercuts > 0) {
			notices.add(Messages.bind(Messages.ArgdownJson_sketchUndercuts, sketchUndercuts));
		}
		if (!skipped.isEmpty()) {
			notices.add(Messages.bind(Messages.ArgdownJson_relationsSkipped, skipped.toString()));
		}
	}

	private void addStatement(String title, Map<String, Object> statement) throws ImportException {
		Node claim = FACTORY.createClaim();
		claim.setId(ownId("s.", title)); //$NON-NLS-1$
		claim.setLabel(GENERATED_TITLE.matcher(title).matches() ? null : title);
		String text = canonicalText(statement);
		claim.setText(text == null || text.isBlank() ? title : text);
		claim.getTags().addAll(tags(statement));
		statements.put(title, claim);
		map.getNodes().add(claim);
	}

	private void addArgument(String title, Map<String, Object> argument) throws ImportException {
		List<?> pcs = tree.arrayField(argument, "pcs"); //$NON-NLS-1$
		String description = canonicalText(argument);
		if (pcs.isEmpty()) {
			Node claim = FACTORY.createClaim();
			claim.setId(ownId("a.", title)); //$NON-NLS-1$
			claim.setLabel(title);
			claim.setText(description == null || description.isBlank() ? title : description);
			claim.getTags().add(ARGUMENT_TAG);
			claim.getTags().addAll(tags(argument));
			sketchedArguments.put(title, claim);
			map.getNodes().add(claim);
			return;
		}
		List<Node> members = new ArrayList<>();
		for (Object entry : pcs) {
			Map<String, Object> member = objectAt(entry, argument, "pcs"); //$NON-NLS-1$
			String memberTitle = requiredString(member, "title"); //$NON-NLS-1$
			Node node = statements.get(memberTitle);
			if (node == null) {
				throw tree.failure(member, "title", Messages.bind(Messages.ArgdownJson_unknownStatement, memberTitle)); //$NON-NLS-1$
			}
			members.add(node);
		}
		Map<Integer, Relation> inferences = new LinkedHashMap<>();
		int previousConclusion = -1;
		Relation main = null;
		for (int index = 0; index < pcs.size(); index++) {
			Map<String, Object> member = JsonTree.object((Map<?, ?>) pcs.get(index));
			if (!(member.get(INFERENCE) instanceof Map<?, ?> inferenceObject)) {
				continue;
			}
			Map<String, Object> inference = JsonTree.object(inferenceObject);
			Set<Node> premises = premises(inference, members, previousConclusion, index);
			Node conclusion = members.get(index);
			premises.remove(conclusion);
			if (premises.isEmpty()) {
				throw tree.failure(member, Messages.bind(Messages.ArgdownJson_noPremises, title));
			}
			Relation relation = FACTORY.createRelation();
			relation.setKind(RelationKind.SUPPORT);
			relation.getSources().addAll(premises);
			relation.setTarget(conclusion);
			List<String> rules = stringArray(inference, "inferenceRules"); //$NON-NLS-1$
			relation.setScheme(rules.isEmpty() ? null : String.join(", ", rules)); //$NON-NLS-1$
			inferences.put(index, relation);
			map.getRelations().add(relation);
			main = relation;
			previousConclusion = index;
		}
		if (main == null) {
			throw tree.failure(argument, "pcs", Messages.bind(Messages.ArgdownJson_noConclusion, title)); //$NON-NLS-1$
		}
		// the main inference carries the argument's title; the intermediate ones are numbered by their conclusion
		for (Map.Entry<Integer, Relation> inference : inferences.entrySet()) {
			inference.getValue().setId(inference.getValue() == main ? ownId("a.", title) //$NON-NLS-1$
					: ownId("a.", title + '.' + (inference.getKey() + 1)));
		}
		main.setNote(description == null || description.isBlank() ? null : description);
		reconstructions.put(title, new Reconstruction((Node) main.getTarget(), inferences, main));
	}

	/**
	 * The premises of the inference to the conclusion at {@code index}: those its {@code uses} list names
	 * (numbered from 1), or else the statements since the previous conclusion, with that conclusion.
	 */
	private Set<Node> premises(Map<String, Object> inference, List<Node> members, int previousConclusion,
			int index) throws ImportException {
		Set<Node> premises = new LinkedHashSet<>();
		Map<String, Object> data = tree.objectField(inference, "data"); //$NON-NLS-1$
		if (data.get("uses") instanceof List<?> uses) { //$NON-NLS-1$
			for (Object use : uses) {
				if (!(use instanceof BigDecimal number) || number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(index)) > 0
						|| number.stripTrailingZeros().scale() > 0) {
					throw tree.failure(data, "uses", Messages.bind(Messages.ArgdownJson_badUse, use, index)); //$NON-NLS-1$
				}
				premises.add(members.get(number.intValue() - 1));
			}
			return premises;
		}
		for (int premise = Math.max(previousConclusion, 0); premise < index; premise++) {
			premises.add(members.get(premise));
		}
		return premises;
	}

	private void addRelation(Map<String, Object> given) throws ImportException {
		String type = requiredString(given, "relationType"); //$NON-NLS-1$
		String from = requiredString(given, "from"); //$NON-NLS-1$
		String to = requiredString(given, "to"); //$NON-NLS-1$
		Node source = source(given, from, requiredString(given, "fromType")); //$NON-NLS-1$
		String toType = requiredString(given, "toType"); //$NON-NLS-1$
		switch (type) {
		case "support", "entails" -> relate(RelationKind.SUPPORT, source, supported(given, to, toType)); //$NON-NLS-1$ //$NON-NLS-2$
		case "attack", "contrary" -> relate(RelationKind.ATTACK, source, attacked(given, to, toType)); //$NON-NLS-1$ //$NON-NLS-2$
		case "contradictory" -> { //$NON-NLS-1$
			ArgumentElement target = attacked(given, to, toType);
			relate(RelationKind.ATTACK, source, target);
			if (target instanceof Node node) {
				relate(RelationKind.ATTACK, node, source);
			}
		}
		case "undercut" -> relate(RelationKind.UNDERCUT, source, undercut(given, to, toType)); //$NON-NLS-1$
		default -> skipped.merge(type, 1, Integer::sum);
		}
	}

	private void relate(RelationKind kind, Node source, ArgumentElement target) {
		if (target == source) {
			skipped.merge(kind.getLiteral(), 1, Integer::sum);
			return;
		}
		// a map undercuts relations only: an attack on an inference is an undercut, an undercut of a node an attack
		RelationKind actual = target instanceof Relation ? RelationKind.UNDERCUT
				: kind == RelationKind.UNDERCUT ? RelationKind.ATTACK : kind;
		Relation relation = FACTORY.createRelation();
		relation.setId(Ids.newId("r")); //$NON-NLS-1$
		relation.setKind(actual);
		relation.getSources().add(source);
		relation.setTarget(target);
		map.getRelations().add(relation);
	}

	/** The node a relation starts at: a statement's claim, or an argument's claim or main conclusion. */
	private Node source(Map<String, Object> relation, String title, String type) throws ImportException {
		return switch (type) {
		case STATEMENT -> statement(relation, "from", title); //$NON-NLS-1$
		case ARGUMENT -> {
			Reconstruction reconstruction = reconstructions.get(title);
			yield reconstruction != null ? reconstruction.mainConclusion() : argument(relation, "from", title); //$NON-NLS-1$
		}
		default -> throw tree.failure(relation, "fromType", Messages.bind(Messages.ArgdownJson_badEndType, type)); //$NON-NLS-1$
		};
	}

	private ArgumentElement supported(Map<String, Object> relation, String title, String type) throws ImportException {
		if (type.equals(ARGUMENT) && reconstructions.containsKey(title)) {
			wholeArgumentSupports++;
			return reconstructions.get(title).mainConclusion();
		}
		return target(relation, title, type);
	}

	private ArgumentElement attacked(Map<String, Object> relation, String title, String type) throws ImportException {
		if (type.equals(ARGUMENT) && reconstructions.containsKey(title)) {
			wholeArgumentAttacks++;
			return reconstructions.get(title).main();
		}
		return target(relation, title, type);
	}

	/** The inference an undercut attacks, or the claim of an argument that has none, which is then attacked. */
	private ArgumentElement undercut(Map<String, Object> relation, String title, String type) throws ImportException {
		Reconstruction reconstruction = reconstructions.get(title);
		if (type.equals(INFERENCE) && reconstruction != null) {
			Object index = relation.get("conclusionIndex"); //$NON-NLS-1$
			Relation inference = index instanceof BigDecimal number ? reconstruction.inferences().get(number.intValue())
					: reconstruction.main();
			if (inference == null) {
				throw tree.failure(relation, "conclusionIndex", Messages.bind(Messages.ArgdownJson_noInference, title, index)); //$NON-NLS-1$
			}
			return inference;
		}
		if (type.equals(ARGUMENT) && reconstruction != null) {
			return reconstruction.main();
		}
		sketchUndercuts++;
		return target(relation, title, type);
	}

	private ArgumentElement target(Map<String, Object> relation, String title, String type) throws ImportException {
		return switch (type) {
		case STATEMENT -> statement(relation, "to", title); //$NON-NLS-1$
		case ARGUMENT -> argument(relation, "to", title); //$NON-NLS-1$
		case INFERENCE -> {
			if (!reconstructions.containsKey(title)) {
				throw tree.failure(relation, "to", Messages.bind(Messages.ArgdownJson_unknownArgument, title)); //$NON-NLS-1$
			}
			yield reconstructions.get(title).main();
		}
		default -> throw tree.failure(relation, "toType", Messages.bind(Messages.ArgdownJson_badEndType, type)); //$NON-NLS-1$
		};
	}

	private Node statement(Map<String, Object> relation, String field, String title) throws ImportException {
		Node node = statements.get(title);
		if (node == null) {
			throw tree.failure(relation, field, Messages.bind(Messages.ArgdownJson_unknownStatement, title));
		}
		return node;
	}

	private Node argument(Map<String, Object> relation, String field, String title) throws ImportException {
		Node node = sketchedArguments.get(title);
		if (node == null) {
			throw tree.failure(relation, field, Messages.bind(Messages.ArgdownJson_unknownArgument, title));
		}
		return node;
	}

	/** As the AIF reader does: a statement that only attacks, and is no premise, is a rebuttal. */
	private void markRebuttals() {
		Map<Node, Boolean> onlyAttacks = new HashMap<>();
		for (Relation relation : map.getRelations()) {
			boolean attack = relation.getKind() == RelationKind.ATTACK || relation.getKind() == RelationKind.UNDERCUT;
			relation.getSources().forEach(source -> onlyAttacks.merge(source, attack, Boolean::logicalAnd));
		}
		Map<Node, Node> rebuttals = new HashMap<>();
		List<Node> nodes = map.getNodes();
		for (int i = 0; i < nodes.size(); i++) {
			Node claim = nodes.get(i);
			if (Boolean.TRUE.equals(onlyAttacks.get(claim)) && !claim.getTags().contains(ARGUMENT_TAG)) {
				Node rebuttal = FACTORY.createRebuttal();
				rebuttal.setId(claim.getId());
				rebuttal.setLabel(claim.getLabel());
				rebuttal.setText(claim.getText());
				rebuttal.getTags().addAll(claim.getTags());
				rebuttals.put(claim, rebuttal);
				nodes.set(i, rebuttal);
			}
		}
		// one pass over the relations; replacing in place keeps each one's order of premises
		for (Relation relation : map.getRelations()) {
			relation.getSources().replaceAll(source -> rebuttals.getOrDefault(source, source));
			if (rebuttals.containsKey(relation.getTarget())) {
				relation.setTarget(rebuttals.get(relation.getTarget()));
			}
		}
	}

	/**
	 * The text of the last member that is not a reference, as Argdown's canonical member, without the tags
	 * written in it (they become the node's tags).
	 */
	private String canonicalText(Map<String, Object> element) throws ImportException {
		List<?> members = tree.arrayField(element, "members"); //$NON-NLS-1$
		for (int i = members.size() - 1; i >= 0; i--) {
			Map<String, Object> member = objectAt(members.get(i), element, "members"); //$NON-NLS-1$
			if (!Boolean.TRUE.equals(member.get("isReference"))) { //$NON-NLS-1$
				String text = tree.string(member, "text"); //$NON-NLS-1$
				return text == null ? null : withoutTags(text, tree.arrayField(member, "ranges")); //$NON-NLS-1$
			}
		}
		return null;
	}

	/**
	 * {@code text} without the tag ranges Argdown found in it (inclusive ends). Ranges that do not fit or that
	 * would cut a character in two are ignored; the rest are sorted and overlaps joined, then removed from the
	 * last to the first so that no removal moves a range still to come.
	 */
	private static String withoutTags(String text, List<?> ranges) {
		List<int[]> tags = new ArrayList<>();
		for (Object given : ranges) {
			if (given instanceof Map<?, ?> range && "tag".equals(range.get("type")) //$NON-NLS-1$ //$NON-NLS-2$
					&& range.get("start") instanceof BigDecimal start && range.get("stop") instanceof BigDecimal stop //$NON-NLS-1$ //$NON-NLS-2$
					&& start.signum() >= 0 && start.compareTo(stop) <= 0
					&& stop.compareTo(BigDecimal.valueOf(text.length())) < 0) {
				int from = start.intValue();
				int to = stop.intValue() + 1;
				if (!TextRanges.splitsPair(text, from) && !TextRanges.splitsPair(text, to)) {
					tags.add(new int[] { from, to });
				}
			}
		}
		tags.sort(Comparator.comparingInt(range -> range[0]));
		List<int[]> joined = new ArrayList<>();
		for (int[] tag : tags) {
			int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && tag[0] <= last[1]) {
				last[1] = Math.max(last[1], tag[1]);
			} else {
				joined.add(tag);
			}
		}
		StringBuilder kept = new StringBuilder(text);
		for (int i = joined.size() - 1; i >= 0; i--) {
			kept.delete(joined.get(i)[0], joined.get(i)[1]);
		}
		return kept.toString().strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private List<String> tags(Map<String, Object> element) throws ImportException {
		return stringArray(element, "tags"); //$NON-NLS-1$
	}

	/** An id made of Argdown's title, readable in the map file; a random one when the title cannot be one. */
	private String ownId(String prefix, String title) {
		String id = prefix + title.strip().replaceAll("[^A-Za-z0-9_.-]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return ImportedMap.usableId(id) && usedIds.add(id) ? id : Ids.newId(prefix.substring(0, 1));
	}

	// --- small readers that name the place of a wrong value ---

	private Map<String, Object> objectAt(Object entry, Map<String, Object> parent, String field) throws ImportException {
		if (entry instanceof Map<?, ?> given) {
			return JsonTree.object(given);
		}
		throw tree.failure(parent, field, Messages.bind(Messages.ArgdownJson_wrongType, field, Messages.ArgdownJson_object));
	}

	private List<String> stringArray(Map<String, Object> object, String field) throws ImportException {
		List<String> strings = new ArrayList<>();
		for (Object value : tree.arrayField(object, field)) {
			if (!(value instanceof String text)) {
				throw tree.failure(object, field, Messages.bind(Messages.ArgdownJson_wrongType, field, Messages.ArgdownJson_string));
			}
			strings.add(text);
		}
		return strings;
	}

	private String requiredString(Map<String, Object> object, String field) throws ImportException {
		String value = tree.string(object, field);
		if (value == null || value.isEmpty()) {
			throw tree.failure(object, Messages.bind(Messages.ArgdownJson_missingField, field));
		}
		return value;
	}
}

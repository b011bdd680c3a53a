package org.argmap.interchange.argdown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.RelationKind;
import org.jsoup.Jsoup;

/**
 * What the GraphML reader needs to understand the yEd files {@code argdown map --format graphml} writes:
 * labels in yEd's HTML, arguments told from statements only by their fill, and undercuts drawn as purple
 * edges to the argument whose inference they attack.
 */
public final class ArgdownGraphml {

	/** Argdown draws statements white with a coloured border, arguments filled with their colour. */
	private static final String STATEMENT_FILL = "#ffffff"; //$NON-NLS-1$

	private ArgdownGraphml() {
	}

	/**
	 * The text of a yEd label: one line, and for an HTML label ({@code <html>…}, as Argdown writes them) the
	 * text without its markup and character references.
	 */
	public static String plainText(String yedLabel) {
		String label = yedLabel.strip();
		String text = label.toLowerCase(Locale.ROOT).startsWith("<html>") ? Jsoup.parse(label).text() : label; //$NON-NLS-1$
		return text.strip().replaceAll("\\s*\\n\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Restores what a yEd drawing of an Argdown map means, when the file is shaped like one: only yEd
	 * graphics, white statements and at least one filled node. Filled nodes are arguments and get the tag
	 * {@value ArgdownJsonReader#ARGUMENT_TAG}, as from Argdown JSON. An undercut read as an attack on an
	 * argument becomes an undercut of the argument's support of its conclusion again; the others stay
	 * attacks, and the caller says so.
	 *
	 * @param fills     each imported node's yEd fill colour, where it has one
	 * @param undercuts the relations drawn as undercuts, imported as attacks on the node they point at
	 * @return what the importer should tell the user, one sentence each
	 */
	public static List<String> restore(ArgumentMap map, boolean onlyYedGraphics, Map<Node, String> fills,
			Collection<Relation> undercuts) {
		List<String> notices = new ArrayList<>();
		boolean statements = fills.values().stream().anyMatch(ArgdownGraphml::isStatementFill);
		Set<Node> arguments = map.getNodes().stream()
				.filter(node -> fills.get(node) != null && !isStatementFill(fills.get(node)))
				.collect(Collectors.toCollection(LinkedHashSet::new));
		if (!onlyYedGraphics || !statements || arguments.isEmpty()) {
			return notices;
		}
		arguments.forEach(argument -> argument.getTags().add(ArgdownJsonReader.ARGUMENT_TAG));
		Map<Node, List<Relation>> supportsByArgument = new HashMap<>();
		for (Relation relation : map.getRelations()) {
			if (relation.getKind() == RelationKind.SUPPORT && arguments.contains(relation.getSources().get(0))) {
				supportsByArgument.computeIfAbsent(relation.getSources().get(0), key -> new ArrayList<>()).add(relation);
			}
		}
		for (Relation undercut : undercuts) {
			// the argument's one support of its conclusion is its inference; with none or several, no telling which
			List<Relation> supports = supportsByArgument.getOrDefault(undercut.getTarget(), List.of());
			if (supports.size() == 1) {
				undercut.setKind(RelationKind.UNDERCUT);
				undercut.setTarget(supports.get(0));
			}
		}
		notices.add(Messages.bind(Messages.ArgdownGraphml_arguments, arguments.size()));
		return notices;
	}

	private static boolean isStatementFill(String fill) {
		return fill.toLowerCase(Locale.ROOT).equals(STATEMENT_FILL);
	}
}

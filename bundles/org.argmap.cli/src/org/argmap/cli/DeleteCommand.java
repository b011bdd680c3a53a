package org.argmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.argmap.model.ArgumentMap;
import org.argmap.model.Identified;
import org.argmap.model.Node;
import org.argmap.model.TextAnchor;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.edit.MapLabels;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * {@code argmap delete MAP ID [ID...]}: deletes documents, nodes and relations by id as the workbench does,
 * with what cannot stand without them, prints everything that went, and saves the map.
 */
final class DeleteCommand implements Subcommand {

	@Override
	public String name() {
		return "delete"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Delete_summary;
	}

	@Override
	public String usage() {
		return Messages.Delete_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		if (arguments.size() < 2 || arguments.stream().anyMatch(argument -> argument.startsWith("-"))) { //$NON-NLS-1$
			context.err().println(Messages.bind(Messages.Delete_expected, name()));
			context.err().print(usage());
			return ExitCode.USAGE;
		}
		Path mapFile = Path.of(arguments.get(0));
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		try {
			ArgumentMap map = MapStore.load(domain.getResourceSet(), mapFile);
			Map<String, Identified> elements = identified(map);
			List<Identified> chosen = new ArrayList<>();
			for (String id : arguments.subList(1, arguments.size())) {
				Identified element = elements.get(id);
				if (element == null) {
					context.err().println(Messages.bind(Messages.Delete_unknownId, id, mapFile));
				} else {
					chosen.add(element);
				}
			}
			if (chosen.size() < arguments.size() - 1) {
				return ExitCode.FINDINGS;
			}
			// Named before the delete, which leaves deleted relations without their ends.
			Map<EObject, String> lines = lines(map, elements.values());
			domain.getCommandStack().execute(MapEdits.delete(domain, chosen));
			lines.forEach((element, line) -> {
				// An anchor that went along with its node stays in it, and goes unmentioned.
				boolean withItsNode = element instanceof TextAnchor && element.eContainer() != null;
				if (!EcoreUtil.isAncestor(map, element) && !withItsNode) {
					context.out().println(line);
				}
			});
			MapStore.save(map.eResource(), mapFile);
			context.out().println(Messages.bind(Messages.Delete_written, mapFile));
			return ExitCode.SUCCESS;
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		} finally {
			MapEditingDomains.dispose(domain);
		}
	}

	/** The documents, nodes and relations of {@code map} by id, in the order of the file. */
	private static Map<String, Identified> identified(ArgumentMap map) {
		Map<String, Identified> elements = new LinkedHashMap<>();
		List<Identified> all = new ArrayList<>(map.getDocuments());
		all.addAll(map.getNodes());
		all.addAll(map.getRelations());
		all.addAll(map.getConflicts());
		for (Identified element : all) {
			elements.put(element.getId(), element);
		}
		return elements;
	}

	/** The line to print for each element of {@code map} and each anchor, should it be deleted. */
	private static Map<EObject, String> lines(ArgumentMap map, Collection<Identified> elements) {
		Map<EObject, String> lines = new LinkedHashMap<>();
		for (Identified element : elements) {
			lines.put(element, Messages.bind(Messages.Delete_deleted, MapLabels.describe(element)));
		}
		for (Node node : map.getNodes()) {
			for (TextAnchor anchor : node.getAnchors()) {
				lines.put(anchor, Messages.bind(Messages.Delete_deletedAnchor, MapLabels.text(anchor),
						MapLabels.describe(node)));
			}
		}
		return lines;
	}
}

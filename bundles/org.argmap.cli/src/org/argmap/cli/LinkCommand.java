package org.argmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.argmap.core.corpus.ClaimLinkException;
import org.argmap.core.corpus.EquivalentClaims;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Node;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.edit.MapEdits;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * {@code argmap link [--remove] MAP NODE OTHER_MAP#NODE}: links a node of a map to the node of another map of
 * the same corpus that states the same claim, or removes that link, and saves the map. Only MAP is written:
 * search follows a link from either end.
 */
final class LinkCommand implements Subcommand {

	private static final String REMOVE = "--remove"; //$NON-NLS-1$

	@Override
	public String name() {
		return "link"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Link_summary;
	}

	@Override
	public String usage() {
		return Messages.Link_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(REMOVE), Set.of(), 3, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		Path mapFile = Path.of(parsed.positional().get(0));
		String nodeId = parsed.positional().get(1);
		String other = parsed.positional().get(2);
		int hash = other.lastIndexOf('#');
		if (hash <= 0 || hash == other.length() - 1) {
			context.err().println(Messages.bind(Messages.Link_notTarget, other));
			context.err().print(usage());
			return ExitCode.USAGE;
		}
		Path otherMap = Path.of(other.substring(0, hash));
		String otherId = other.substring(hash + 1);
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		try {
			ArgumentMap map = MapStore.load(domain.getResourceSet(), mapFile);
			Node node = node(map, nodeId);
			if (node == null) {
				context.err().println(Messages.bind(Messages.Link_noNode, mapFile, nodeId));
				return ExitCode.USAGE;
			}
			boolean remove = parsed.flags().contains(REMOVE);
			String link = remove && node.getEquivalents().contains(other) ? other // as written, even one leading nowhere
					: EquivalentClaims.link(mapFile, otherMap, otherId).toString();
			if (!remove && node(MapStore.load(otherMap), otherId) == null) {
				context.err().println(Messages.bind(Messages.Link_noNode, otherMap, otherId));
				return ExitCode.USAGE;
			}
			Command command = remove ? MapEdits.unlinkEquivalent(domain, node, link)
					: MapEdits.linkEquivalent(domain, node, link);
			if (!command.canExecute()) {
				context.err().println(Messages.bind(remove ? Messages.Link_notLinked : Messages.Link_alreadyLinked,
						new Object[] { mapFile, nodeId, link }));
				return remove ? ExitCode.USAGE : ExitCode.SUCCESS;
			}
			domain.getCommandStack().execute(command);
			MapStore.save(map.eResource(), mapFile);
			context.out().println(Messages.bind(remove ? Messages.Link_removed : Messages.Link_added,
					new Object[] { mapFile, nodeId, link }));
			return ExitCode.SUCCESS;
		} catch (ClaimLinkException e) {
			context.err().println("argmap link: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.USAGE;
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		} finally {
			MapEditingDomains.dispose(domain);
		}
	}

	private static Node node(ArgumentMap map, String id) {
		return map.getNodes().stream().filter(node -> id.equals(node.getId())).findFirst().orElse(null);
	}
}

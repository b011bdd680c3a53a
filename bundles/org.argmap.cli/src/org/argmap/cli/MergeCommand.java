package org.argmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;
import org.argmap.model.merge.MapMerge;
import org.argmap.model.merge.MergeResult;
import org.argmap.model.persistence.FileReplacement;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * {@code argmap merge BASE OURS THEIRS [-o OUT]}: a three-way merge by ids, usable as git's merge driver
 * ({@code argmap merge %O %A %B}). It writes the merged map to OUT, by default over OURS as git expects, and
 * exits 1 when there are conflicts, which it records in the map and prints.
 */
final class MergeCommand implements Subcommand {

	private static final String OUTPUT = "-o"; //$NON-NLS-1$

	@Override
	public String name() {
		return "merge"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Merge_summary;
	}

	@Override
	public String usage() {
		return Messages.Merge_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		List<String> files = new ArrayList<>(arguments);
		Path output = null;
		int option = files.indexOf(OUTPUT);
		if (option >= 0 && option + 1 < files.size()) {
			output = Path.of(files.remove(option + 1));
			files.remove(option);
		}
		if (files.size() != 3 || files.stream().anyMatch(file -> file.startsWith("-"))) { //$NON-NLS-1$
			context.err().println(Messages.bind(Messages.Merge_expected, name()));
			context.err().print(usage());
			return ExitCode.USAGE;
		}
		Path ours = Path.of(files.get(1));
		Path target = output == null ? ours : output;
		MergeResult merged;
		try {
			ArgumentMap base = loadBase(Path.of(files.get(0)));
			ArgumentMap our = MapArguments.withIds(ours, MapStore.load(ours));
			Path theirs = Path.of(files.get(2));
			ArgumentMap their = MapArguments.withIds(theirs, MapStore.load(theirs));
			merged = MapMerge.merge(base, our, their);
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		}
		Resource resource = MapStore.createResource(new ResourceSetImpl(), target);
		resource.getContents().add(merged.map());
		try {
			// no backup beside the file: git's merge driver writes over a temporary copy in the work tree
			FileReplacement.write(target, () -> false, out -> resource.save(out, null));
		} catch (IOException e) {
			context.err().println(Messages.bind(Messages.Merge_notWritten, target, e.getMessage()));
			return ExitCode.USAGE;
		}
		for (Conflict conflict : merged.conflicts()) {
			context.err().println(Messages.bind(Messages.Merge_conflict, target, conflict.getDescription()));
		}
		if (!merged.clean()) {
			context.err().println(Messages.bind(Messages.Merge_conflicts, target, merged.conflicts().size()));
			return ExitCode.FINDINGS;
		}
		return ExitCode.SUCCESS;
	}

	/** Git hands an empty base file to the merge driver when both sides added the map (add/add). */
	private static ArgumentMap loadBase(Path file) throws MapFileException {
		try {
			if (Files.size(file) == 0) {
				return ArgmapFactory.eINSTANCE.createArgumentMap();
			}
		} catch (IOException e) {
			throw new MapFileException(file, e.getMessage(), e);
		}
		return MapArguments.withIds(file, MapStore.load(file));
	}
}

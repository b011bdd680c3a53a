package org.argmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.OutsideMapFolderException;
import org.argmap.core.text.SourcePolicy;
import org.argmap.interchange.ImportException;
import org.argmap.interchange.ImportOptions;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.Interchange;
import org.argmap.model.MapElements;
import org.argmap.model.RelationKind;
import org.argmap.model.SourceDocument;
import org.argmap.model.persistence.FileReplacement;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * {@code argmap import [OPTIONS] IN MAP}: reads GraphML or AIF JSON and writes it as a new map. An existing
 * map is only replaced with {@code --force}, and then atomically with a backup.
 */
final class ImportCommand implements Subcommand {

	private static final String LABEL_KEY = "--label-key"; //$NON-NLS-1$
	private static final String KIND_KEY = "--kind-key"; //$NON-NLS-1$
	private static final String EDGE_COLOUR = "--edge-colour"; //$NON-NLS-1$
	private static final String FORCE = "--force"; //$NON-NLS-1$

	@Override
	public String name() {
		return "import"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Import_summary;
	}

	@Override
	public String usage() {
		return Messages.Import_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(FORCE),
				Set.of(LABEL_KEY, KIND_KEY, EDGE_COLOUR, OptionArguments.ALLOW_SOURCE), 2, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		Path in = Path.of(parsed.positional().get(0));
		Path mapFile = Path.of(parsed.positional().get(1));
		Map<String, RelationKind> colours = new HashMap<>();
		for (String mapping : parsed.all(EDGE_COLOUR)) {
			int equals = mapping.indexOf('=');
			RelationKind kind = equals < 0 ? null : RelationKind.get(mapping.substring(equals + 1));
			if (kind == null || !mapping.substring(0, equals).matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
				context.err().println(Messages.bind(Messages.Import_badColour, mapping));
				context.err().print(usage());
				return ExitCode.USAGE;
			}
			colours.put(mapping.substring(0, equals).toLowerCase(Locale.ROOT), kind);
		}
		if (Files.exists(mapFile) && FileReplacement.sameFile(in, mapFile)) {
			context.err().println(Messages.bind(Messages.Import_ontoItself, in));
			return ExitCode.USAGE;
		}
		if (Files.exists(mapFile) && !parsed.flags().contains(FORCE)) {
			context.err().println(Messages.bind(Messages.Import_exists, mapFile));
			return ExitCode.USAGE;
		}
		ImportedMap imported;
		try {
			imported = Interchange.importFile(in,
					new ImportOptions(parsed.value(LABEL_KEY), parsed.value(KIND_KEY), colours));
		} catch (ImportException e) {
			context.err().println("argmap import: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.USAGE;
		}
		String refused = refusedLocation(imported, mapFile, parsed.sourcePolicy());
		if (refused != null) {
			context.err().println(Messages.bind(Messages.Import_locationRefused, in, refused));
			return ExitCode.USAGE;
		}
		imported.notices().forEach(notice -> context.err().println(in + ": " + notice)); //$NON-NLS-1$
		Resource resource = MapStore.createResource(new ResourceSetImpl(), mapFile);
		resource.getContents().add(imported.map());
		boolean written;
		try {
			written = MapStore.save(resource, mapFile);
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		}
		context.err().println(Messages.bind(written ? Messages.Import_written : Messages.Import_unchanged,
				new Object[] { mapFile,
				imported.map().getNodes().size(), imported.map().getRelations().size(),
				imported.map().getDocuments().size() }));
		return ExitCode.SUCCESS;
	}

	/**
	 * Why the first document of {@code imported} whose location the new map could not read is refused, or
	 * null: a file that would let the map read outside its folder is no more acceptable from an import than
	 * from a map.
	 */
	private static String refusedLocation(ImportedMap imported, Path mapFile, SourcePolicy policy) {
		for (SourceDocument document : imported.map().getDocuments()) {
			try {
				policy.locate(mapFile, document);
			} catch (OutsideMapFolderException e) {
				return MapElements.describe(document) + ": " + e.getMessage(); //$NON-NLS-1$
			} catch (DocumentLoadException e) {
				// a web address or no location: no file the map could read, so nothing to refuse
			}
		}
		return null;
	}
}

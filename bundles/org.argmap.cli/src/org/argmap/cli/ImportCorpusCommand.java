package org.argmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.argmap.interchange.corpus.CorpusDocument;
import org.argmap.interchange.corpus.CorpusFormat;
import org.argmap.interchange.corpus.CorpusImport;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapFileException;

/**
 * {@code argmap import-corpus [--format F] [--force] IN FOLDER}: reads an annotated corpus and writes each of
 * its documents with its map into the corpus folder FOLDER. The whole corpus is read before anything is
 * written, so a damaged file leaves FOLDER as it was.
 */
final class ImportCorpusCommand implements Subcommand {

	private static final String FORMAT = "--format"; //$NON-NLS-1$
	private static final String FORCE = "--force"; //$NON-NLS-1$

	@Override
	public String name() {
		return "import-corpus"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ImportCorpus_summary;
	}

	@Override
	public String usage() {
		return Messages.ImportCorpus_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(FORCE), Set.of(FORMAT), 2, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		CorpusFormat format = null;
		if (parsed.value(FORMAT) != null) {
			format = CorpusFormat.of(parsed.value(FORMAT));
			if (format == null) {
				context.err().println(Messages.bind(Messages.ImportCorpus_badFormat, parsed.value(FORMAT)));
				context.err().print(usage());
				return ExitCode.USAGE;
			}
		}
		Path in = Path.of(parsed.positional().get(0));
		Path folder = Path.of(parsed.positional().get(1));
		int nodes = 0;
		int relations = 0;
		int anchors = 0;
		try {
			List<CorpusDocument> documents = CorpusImport.read(in, format);
			CorpusImport.checkTargets(documents, folder, parsed.flags().contains(FORCE));
			for (CorpusDocument document : documents) {
				Path mapFile = CorpusImport.write(document, folder);
				document.imported().notices().forEach(notice -> context.err().println(mapFile + ": " + notice)); //$NON-NLS-1$
				ArgumentMap map = document.imported().map();
				nodes += map.getNodes().size();
				relations += map.getRelations().size();
				anchors += map.getNodes().stream().mapToInt(node -> node.getAnchors().size()).sum();
			}
			context.out().println(Messages.bind(Messages.ImportCorpus_written,
					new Object[] { documents.size(), folder, nodes, relations, anchors }));
			return ExitCode.SUCCESS;
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		}
	}
}

package org.argmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.argmap.core.text.SourcePolicy;
import org.argmap.core.validation.SourceFileTexts;
import org.argmap.interchange.webannotation.AnnotationImport;
import org.argmap.interchange.webannotation.WebAnnotationReader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.edit.MapEditingDomains;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * {@code argmap annotate MAP ANNOTATIONS}: adds the passages of W3C Web Annotations to MAP's documents, as
 * anchors of MAP's nodes or of new nodes, through the command the workbench uses, and saves MAP.
 */
final class AnnotateCommand implements Subcommand {

	@Override
	public String name() {
		return "annotate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Annotate_summary;
	}

	@Override
	public String usage() {
		return Messages.Annotate_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(), Set.of(), 2, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		Path mapFile = Path.of(parsed.positional().get(0));
		Path annotations = Path.of(parsed.positional().get(1));
		AdapterFactoryEditingDomain domain = MapEditingDomains.create();
		try {
			ArgumentMap map = MapStore.load(domain.getResourceSet(), mapFile);
			AnnotationImport read = WebAnnotationReader.read(annotations, map,
					new SourceFileTexts(mapFile, SourcePolicy.allowing(List.of())));
			read.notices().forEach(notice -> context.err().println(Messages.bind(Messages.Annotate_notice, notice)));
			// nothing to add leaves the file alone, so its last real backup stays
			if (read.isEmpty()) {
				context.out().println(Messages.bind(Messages.Annotate_unchanged, mapFile));
				return ExitCode.SUCCESS;
			}
			domain.getCommandStack().execute(read.command(domain, map));
			MapStore.save(map.eResource(), mapFile);
			context.out().println(Messages.bind(Messages.Annotate_written, new Object[] { mapFile, read.anchorCount(),
					read.newNodes().size() }));
			return ExitCode.SUCCESS;
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		} finally {
			MapEditingDomains.dispose(domain);
		}
	}
}

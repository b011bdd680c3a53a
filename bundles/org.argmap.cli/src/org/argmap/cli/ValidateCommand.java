package org.argmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.argmap.core.validation.SourceFileTexts;
import org.argmap.model.ArgumentMap;
import org.argmap.model.MapElements;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.validation.MapValidator;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code argmap validate MAP}: checks a map against the model's rules, anchors against the current texts of
 * its source files, and prints one line per finding.
 */
final class ValidateCommand implements Subcommand {

	@Override
	public String name() {
		return "validate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Validate_summary;
	}

	@Override
	public String usage() {
		return Messages.Validate_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(), Set.of(OptionArguments.ALLOW_SOURCE),
				1, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		Path mapFile = Path.of(parsed.positional().get(0));
		ArgumentMap map;
		try {
			map = MapStore.load(mapFile);
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		}
		SourceFileTexts texts = new SourceFileTexts(mapFile, parsed.sourcePolicy());
		Diagnostic result = MapValidator.validate(map, texts);
		int errors = 0;
		int warnings = texts.problems().size();
		// findings are messages for people (stderr); the summary is the result (stdout)
		texts.problems().forEach((document, problem) -> context.err().println(mapFile + ": " + Messages.Validate_warning //$NON-NLS-1$
				+ ": " + Messages.bind(Messages.Validate_sourceUnreadable, MapElements.describe(document), problem))); //$NON-NLS-1$
		for (Diagnostic finding : result.getChildren()) {
			boolean error = finding.getSeverity() >= Diagnostic.ERROR;
			errors += error ? 1 : 0;
			warnings += error ? 0 : 1;
			context.err().println(mapFile + ": " + (error ? Messages.Validate_error : Messages.Validate_warning) //$NON-NLS-1$
					+ ": " + finding.getMessage()); //$NON-NLS-1$
		}
		context.out().println(Messages.bind(Messages.Validate_total, new Object[] { mapFile, errors, warnings }));
		return errors + warnings == 0 ? ExitCode.SUCCESS : ExitCode.FINDINGS;
	}
}

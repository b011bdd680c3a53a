package org.argmap.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.argmap.core.evaluation.Label;
import org.argmap.core.evaluation.MapEvaluation;
import org.argmap.core.evaluation.Semantics;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Identified;
import org.argmap.model.Node;
import org.argmap.model.edit.MapLabels;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code argmap evaluate MAP [--semantics S] [--json]}: which nodes stand, per node, and for the
 * multi-extension semantics the extensions as lists of node ids.
 */
final class EvaluateCommand implements Subcommand {

	private static final String JSON = "--json"; //$NON-NLS-1$
	private static final String SEMANTICS = "--semantics"; //$NON-NLS-1$

	@Override
	public String name() {
		return "evaluate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Evaluate_summary;
	}

	@Override
	public String usage() {
		return Messages.Evaluate_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(JSON), Set.of(SEMANTICS), 1, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		String word = parsed.value(SEMANTICS);
		Semantics semantics = word == null ? Semantics.GROUNDED : Semantics.forWord(word);
		if (semantics == null) {
			context.err().println(Messages.bind(Messages.Evaluate_unknownSemantics, word));
			context.err().print(usage());
			return ExitCode.USAGE;
		}
		ArgumentMap map;
		try {
			map = MapStore.load(Path.of(parsed.positional().get(0)));
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		}
		MapEvaluation evaluation = MapEvaluation.of(map, semantics);
		context.out().println(parsed.flags().contains(JSON) ? json(map, evaluation) : text(map, evaluation));
		return ExitCode.SUCCESS;
	}

	private static String text(ArgumentMap map, MapEvaluation evaluation) {
		StringBuilder text = new StringBuilder();
		text.append(Messages.bind(Messages.Evaluate_semantics, evaluation.semantics().word()));
		for (Node node : map.getNodes()) {
			text.append(System.lineSeparator()).append(String.format("%-6s %s  %s", evaluation.label(node).word(), //$NON-NLS-1$
					node.getId(), MapLabels.text(node)));
		}
		if (evaluation.semantics() != Semantics.GROUNDED) {
			List<List<String>> extensions = extensions(map, evaluation);
			text.append(System.lineSeparator()).append(Messages.bind(Messages.Evaluate_extensions, extensions.size(),
					evaluation.evaluation().truncated() ? Messages.Evaluate_truncated : "")); //$NON-NLS-1$
			for (int i = 0; i < extensions.size(); i++) {
				text.append(System.lineSeparator()).append(i + 1).append(": ") //$NON-NLS-1$
						.append(String.join(" ", extensions.get(i))); //$NON-NLS-1$
			}
		}
		return text.toString();
	}

	/** Each labelling as the ids of the nodes it labels IN, in map order. */
	private static List<List<String>> extensions(ArgumentMap map, MapEvaluation evaluation) {
		List<List<String>> extensions = new ArrayList<>();
		for (int i = 0; i < evaluation.evaluation().labellings().size(); i++) {
			List<String> in = new ArrayList<>();
			for (Node node : map.getNodes()) {
				if (evaluation.label(node, i) == Label.IN) {
					in.add(node.getId());
				}
			}
			extensions.add(in);
		}
		return extensions;
	}

	private static String json(ArgumentMap map, MapEvaluation evaluation) {
		StringWriter out = new StringWriter();
		try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
			json.writeStartObject();
			json.writeStringField("semantics", evaluation.semantics().word()); //$NON-NLS-1$
			json.writeArrayFieldStart("nodes"); //$NON-NLS-1$
			for (Node node : map.getNodes()) {
				json.writeStartObject();
				json.writeStringField("id", node.getId()); //$NON-NLS-1$
				json.writeStringField("name", MapLabels.text(node)); //$NON-NLS-1$
				json.writeStringField("label", evaluation.label(node).word()); //$NON-NLS-1$
				json.writeBooleanField("credulous", evaluation.credulous(node)); //$NON-NLS-1$
				json.writeBooleanField("sceptical", evaluation.sceptical(node)); //$NON-NLS-1$
				json.writeArrayFieldStart("explanation"); //$NON-NLS-1$
				for (MapEvaluation.Step step : evaluation.explain(node)) {
					json.writeStartObject();
					json.writeStringField("kind", step.argument().kind().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
					if (step.argument().element() instanceof Identified identified) {
						json.writeStringField("element", identified.getId()); //$NON-NLS-1$
					}
					json.writeStringField("label", step.label().word()); //$NON-NLS-1$
					json.writeStringField("text", step.argument().describe()); //$NON-NLS-1$
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("extensions"); //$NON-NLS-1$
			for (List<String> extension : extensions(map, evaluation)) {
				json.writeStartArray();
				for (String id : extension) {
					json.writeString(id);
				}
				json.writeEndArray();
			}
			json.writeEndArray();
			json.writeBooleanField("truncated", evaluation.evaluation().truncated()); //$NON-NLS-1$
			json.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out.toString();
	}
}

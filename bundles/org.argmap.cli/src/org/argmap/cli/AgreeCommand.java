package org.argmap.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.argmap.core.agreement.AgreementHtml;
import org.argmap.core.agreement.AgreementReport;
import org.argmap.core.agreement.AgreementReport.DocumentAgreement;
import org.argmap.core.agreement.AgreementReport.PairAgreement;
import org.argmap.core.agreement.AgreementText;
import org.argmap.core.agreement.Annotator;
import org.argmap.core.agreement.MapAgreement;
import org.argmap.core.agreement.MatchedPassages;
import org.argmap.core.agreement.NodeKind;
import org.argmap.core.agreement.Passage;
import org.argmap.core.agreement.Scores;
import org.argmap.core.text.SourcePolicy;
import org.argmap.core.validation.SourceFileTexts;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.FileReplacement;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.validation.DocumentTexts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** {@code argmap agree MAP1 MAP2 [MAP...] [--json] [--html OUT]}: agreement between the annotators of the maps. */
final class AgreeCommand implements Subcommand {

	private static final String JSON = "--json"; //$NON-NLS-1$
	private static final String HTML = "--html"; //$NON-NLS-1$

	@Override
	public String name() {
		return "agree"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Agree_summary;
	}

	@Override
	public String usage() {
		return Messages.Agree_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parseAtLeast(this, arguments, Set.of(JSON), Set.of(HTML), 2, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		String html = parsed.value(HTML);
		for (String map : parsed.positional()) {
			if (html != null && Files.exists(Path.of(html)) && Files.exists(Path.of(map))
					&& FileReplacement.sameFile(Path.of(html), Path.of(map))) {
				context.err().println(Messages.bind(Messages.Agree_ontoMap, html, map));
				return ExitCode.USAGE;
			}
		}
		List<Annotator> annotators = new ArrayList<>();
		Map<ArgumentMap, SourceFileTexts> files = new HashMap<>();
		for (String name : parsed.positional()) {
			Path file = Path.of(name);
			try {
				ArgumentMap map = MapStore.load(file);
				annotators.add(new Annotator(name, map));
				files.put(map, new SourceFileTexts(file, SourcePolicy.allowing(List.of())));
			} catch (MapFileException e) {
				return MapArguments.unreadable(this, e, context);
			}
		}
		// Only a document without a snapshot in any map is read from its file, for its length.
		DocumentTexts texts = document -> files.get((ArgumentMap) document.eContainer()).textOf(document);
		AgreementReport report = MapAgreement.of(annotators, texts);
		if (report.documents().isEmpty()) {
			context.err().println(Messages.bind(Messages.Agree_noSharedDocument,
					String.join(", ", parsed.positional()))); //$NON-NLS-1$
			return ExitCode.USAGE;
		}
		if (html != null) {
			try {
				AgreementHtml.write(report, Path.of(html), () -> false);
			} catch (IOException e) {
				context.err().println(Messages.bind(Messages.Agree_failed, html, e.getMessage()));
				return ExitCode.USAGE;
			}
			context.err().println(Messages.bind(Messages.Agree_written, html));
		}
		context.out().print(parsed.flags().contains(JSON) ? json(report) + System.lineSeparator()
				: AgreementText.of(report));
		return ExitCode.SUCCESS;
	}

	private static String json(AgreementReport report) {
		StringWriter out = new StringWriter();
		try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
			json.writeStartObject();
			json.writeArrayFieldStart("annotators"); //$NON-NLS-1$
			for (String annotator : report.annotators()) {
				json.writeString(annotator);
			}
			json.writeEndArray();
			json.writeArrayFieldStart("documents"); //$NON-NLS-1$
			for (DocumentAgreement document : report.documents()) {
				json.writeStartObject();
				json.writeStringField("title", document.document().title()); //$NON-NLS-1$
				json.writeStringField("sha256", document.document().sha256()); //$NON-NLS-1$
				json.writeNumberField("length", document.document().length()); //$NON-NLS-1$
				json.writeFieldName("passages"); //$NON-NLS-1$
				json.writeArray(document.passages(), 0, document.passages().length);
				figure(json, "alphaU", document.alphaU()); //$NON-NLS-1$
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("notShared"); //$NON-NLS-1$
			for (String document : report.notShared()) {
				json.writeString(document);
			}
			json.writeEndArray();
			figure(json, "alphaU", report.alphaU()); //$NON-NLS-1$
			json.writeObjectFieldStart("alphaUByKind"); //$NON-NLS-1$
			for (Map.Entry<NodeKind, Double> kind : report.alphaUByKind().entrySet()) {
				figure(json, kind.getKey().word(), kind.getValue());
			}
			json.writeEndObject();
			json.writeObjectFieldStart("kinds"); //$NON-NLS-1$
			json.writeNumberField("items", report.kinds().items()); //$NON-NLS-1$
			json.writeNumberField("completeItems", report.kinds().completeItems()); //$NON-NLS-1$
			figure(json, "alpha", report.kinds().alpha()); //$NON-NLS-1$
			figure(json, report.annotators().size() == 2 ? "cohenKappa" : "fleissKappa", report.kinds().kappa()); //$NON-NLS-1$ //$NON-NLS-2$
			figure(json, "observed", report.kinds().observed()); //$NON-NLS-1$
			json.writeEndObject();
			json.writeArrayFieldStart("pairs"); //$NON-NLS-1$
			for (PairAgreement pair : report.pairs()) {
				pair(json, report, pair);
			}
			json.writeEndArray();
			json.writeObjectFieldStart("confusion"); //$NON-NLS-1$
			for (NodeKind row : kindsAndNone()) {
				json.writeObjectFieldStart(word(row));
				for (NodeKind column : kindsAndNone()) {
					json.writeNumberField(word(column), report.confusion()[AgreementReport.confusionIndex(row)][AgreementReport
							.confusionIndex(column)]);
				}
				json.writeEndObject();
			}
			json.writeEndObject();
			json.writeArrayFieldStart("disagreements"); //$NON-NLS-1$
			for (MatchedPassages group : report.disagreements()) {
				disagreement(json, group);
			}
			json.writeEndArray();
			json.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out.toString();
	}

	private static void pair(JsonGenerator json, AgreementReport report, PairAgreement pair) throws IOException {
		json.writeStartObject();
		json.writeStringField("reference", report.annotators().get(pair.reference())); //$NON-NLS-1$
		json.writeStringField("other", report.annotators().get(pair.other())); //$NON-NLS-1$
		json.writeNumberField("matchedNodes", pair.matchedNodes()); //$NON-NLS-1$
		scores(json, "relations", pair.relations()); //$NON-NLS-1$
		figure(json, "relationKindKappa", pair.relationKindKappa()); //$NON-NLS-1$
		figure(json, "relationKindObserved", pair.relationKindObserved()); //$NON-NLS-1$
		json.writeNumberField("linkedPremiseLines", pair.linkedItems()); //$NON-NLS-1$
		figure(json, "linkedPremiseGroupingObserved", pair.linkedObserved()); //$NON-NLS-1$
		scores(json, "undercuts", pair.undercuts()); //$NON-NLS-1$
		json.writeNumberField("analogies", pair.analogies()); //$NON-NLS-1$
		json.writeNumberField("analogyCasesAgreed", pair.casesAgreed()); //$NON-NLS-1$
		scores(json, "correspondences", pair.correspondences()); //$NON-NLS-1$
		json.writeEndObject();
	}

	private static void disagreement(JsonGenerator json, MatchedPassages group) throws IOException {
		json.writeStartObject();
		json.writeStringField("document", group.document().title()); //$NON-NLS-1$
		json.writeNumberField("start", group.start()); //$NON-NLS-1$
		json.writeNumberField("end", group.end()); //$NON-NLS-1$
		json.writeArrayFieldStart("annotations"); //$NON-NLS-1$
		for (Passage passage : group.byAnnotator()) {
			if (passage == null) {
				json.writeNull();
				continue;
			}
			json.writeStartObject();
			json.writeStringField("kind", passage.kind().word()); //$NON-NLS-1$
			json.writeStringField("node", passage.node().getId()); //$NON-NLS-1$
			json.writeNumberField("start", passage.start()); //$NON-NLS-1$
			json.writeNumberField("end", passage.end()); //$NON-NLS-1$
			json.writeStringField("quote", passage.anchor().getExact()); //$NON-NLS-1$
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static List<NodeKind> kindsAndNone() {
		List<NodeKind> kinds = new ArrayList<>(List.of(NodeKind.values()));
		kinds.add(null);
		return kinds;
	}

	private static String word(NodeKind kind) {
		return kind == null ? "none" : kind.word(); //$NON-NLS-1$
	}

	private static void scores(JsonGenerator json, String name, Scores scores) throws IOException {
		json.writeObjectFieldStart(name);
		json.writeNumberField("reference", scores.reference()); //$NON-NLS-1$
		json.writeNumberField("other", scores.other()); //$NON-NLS-1$
		json.writeNumberField("common", scores.common()); //$NON-NLS-1$
		figure(json, "precision", scores.precision()); //$NON-NLS-1$
		figure(json, "recall", scores.recall()); //$NON-NLS-1$
		figure(json, "f1", scores.f1()); //$NON-NLS-1$
		json.writeEndObject();
	}

	/** A coefficient, or null where there was nothing to compare (JSON has no NaN). */
	private static void figure(JsonGenerator json, String name, double value) throws IOException {
		if (Double.isNaN(value)) {
			json.writeNullField(name);
		} else {
			json.writeNumberField(name, value);
		}
	}
}

package org.argmap.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.argmap.core.corpus.CorpusInUseException;
import org.argmap.core.corpus.CorpusIndex;
import org.argmap.core.corpus.CorpusQueryException;
import org.argmap.core.corpus.SameClaim;
import org.argmap.core.corpus.SearchHit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code argmap search [--json] [--limit N] [--claim] CORPUS QUERY}: searches the documents and maps of a
 * corpus folder, bringing its index up to date first.
 */
final class SearchCommand implements Subcommand {

	private static final String JSON = "--json"; //$NON-NLS-1$
	private static final String CLAIM = "--claim"; //$NON-NLS-1$
	private static final String LIMIT = "--limit"; //$NON-NLS-1$
	private static final int DEFAULT_LIMIT = 20;
	private static final int SNIPPET_CONTEXT = 40;

	@Override
	public String name() {
		return "search"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Search_summary;
	}

	@Override
	public String usage() {
		return Messages.Search_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(JSON, CLAIM), Set.of(LIMIT), 2, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		int limit = DEFAULT_LIMIT;
		if (parsed.value(LIMIT) != null) {
			try {
				limit = Integer.parseInt(parsed.value(LIMIT));
			} catch (NumberFormatException e) {
				limit = 0;
			}
			if (limit < 1) {
				context.err().println(Messages.bind(Messages.Search_badLimit, parsed.value(LIMIT)));
				return ExitCode.USAGE;
			}
		}
		Path corpus = Path.of(parsed.positional().get(0));
		String query = parsed.positional().get(1);
		if (!Files.isDirectory(corpus)) {
			context.err().println(Messages.bind(Messages.Search_notFolder, corpus));
			return ExitCode.USAGE;
		}
		List<SearchHit> hits;
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			index.problems().forEach(context.err()::println);
			if (parsed.flags().contains(CLAIM)) {
				SameClaim claim = index.mapsStating(query);
				claim.brokenLinks().forEach(broken -> context.err().println(Messages.bind(Messages.Search_brokenLink, broken)));
				hits = claim.nodes();
			} else {
				hits = index.search(query, limit);
			}
		} catch (CorpusInUseException e) {
			context.err().println(Messages.bind(Messages.Search_locked, corpus));
			return ExitCode.USAGE;
		} catch (CorpusQueryException e) {
			context.err().println("argmap search: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.USAGE;
		} catch (IOException e) {
			context.err().println(Messages.bind(Messages.Search_failed, corpus, e.getMessage()));
			return ExitCode.USAGE;
		}
		if (parsed.flags().contains(JSON)) {
			context.out().println(json(hits));
		} else {
			for (SearchHit hit : hits) {
				context.out().println(hit.isDocument()
						? hit.file() + ":" + hit.matches().stream().findFirst().map(m -> m[0] + "-" + m[1]).orElse("") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ ": " + hit.snippet(SNIPPET_CONTEXT) //$NON-NLS-1$
						: hit.file() + "#" + hit.nodeId() + " " + hit.kind() + ": " + hit.snippet(SNIPPET_CONTEXT)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return hits.isEmpty() ? ExitCode.FINDINGS : ExitCode.SUCCESS;
	}

	private static String json(List<SearchHit> hits) {
		StringWriter out = new StringWriter();
		try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
			json.writeStartArray();
			for (SearchHit hit : hits) {
				json.writeStartObject();
				json.writeStringField("file", hit.file()); //$NON-NLS-1$
				json.writeStringField("node", hit.nodeId()); //$NON-NLS-1$
				json.writeStringField("kind", hit.kind()); //$NON-NLS-1$
				json.writeStringField("label", hit.label()); //$NON-NLS-1$
				json.writeStringField("snippet", hit.snippet(SNIPPET_CONTEXT)); //$NON-NLS-1$
				json.writeArrayFieldStart("matches"); //$NON-NLS-1$
				for (int[] match : hit.matches()) {
					json.writeArray(match, 0, 2);
				}
				json.writeEndArray();
				json.writeNumberField("score", hit.score()); //$NON-NLS-1$
				json.writeEndObject();
			}
			json.writeEndArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out.toString();
	}
}

package org.argmap.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.argmap.model.ArgumentMap;
import org.argmap.model.merge.MapDifference;
import org.argmap.model.merge.MapDifference.Change;
import org.argmap.model.merge.MapDifference.FeatureChange;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code argmap diff A B [--json]}: the documents, nodes, relations, anchors and conflicts added, removed and
 * changed from map A to map B, by id.
 */
final class DiffCommand implements Subcommand {

	private static final String JSON = "--json"; //$NON-NLS-1$
	private static final int EXCERPT = 80;

	@Override
	public String name() {
		return "diff"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Diff_summary;
	}

	@Override
	public String usage() {
		return Messages.Diff_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		List<String> files = new ArrayList<>(arguments);
		boolean json = files.remove(JSON);
		if (files.size() != 2 || files.stream().anyMatch(file -> file.startsWith("-"))) { //$NON-NLS-1$
			context.err().println(Messages.bind(Messages.Diff_expected, name()));
			context.err().print(usage());
			return ExitCode.USAGE;
		}
		List<Change> changes;
		try {
			Path beforeFile = Path.of(files.get(0));
			Path afterFile = Path.of(files.get(1));
			ArgumentMap before = MapArguments.withIds(beforeFile, MapStore.load(beforeFile));
			ArgumentMap after = MapArguments.withIds(afterFile, MapStore.load(afterFile));
			changes = MapDifference.between(before, after);
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		}
		if (json) {
			context.out().println(json(changes));
		} else {
			changes.forEach(change -> text(change).forEach(context.out()::println));
		}
		// as diff(1): 1 when the maps differ, so scripts can ask
		return changes.isEmpty() ? ExitCode.SUCCESS : ExitCode.FINDINGS;
	}

	private static List<String> text(Change change) {
		List<String> lines = new ArrayList<>();
		switch (change.kind()) {
		case ADDED -> lines.add(Messages.bind(Messages.Diff_added, change.name()));
		case REMOVED -> lines.add(Messages.bind(Messages.Diff_removed, change.name()));
		case CHANGED -> {
			for (FeatureChange feature : change.features()) {
				for (String added : feature.added()) {
					lines.add(Messages.bind(Messages.Diff_itemAdded,
							new Object[] { change.name(), feature.feature(), excerpt(added) }));
				}
				for (String removed : feature.removed()) {
					lines.add(Messages.bind(Messages.Diff_itemRemoved,
							new Object[] { change.name(), feature.feature(), excerpt(removed) }));
				}
				if (feature.added().isEmpty() && feature.removed().isEmpty()) {
					lines.add(Messages.bind(Messages.Diff_changed, new Object[] { change.name(), feature.feature(),
							value(feature.before()), value(feature.after()) }));
				}
			}
		}
		}
		return lines;
	}

	private static String value(String value) {
		return value == null ? Messages.Diff_nothing : '\u201c' + excerpt(value) + '\u201d';
	}

	private static String excerpt(String text) {
		String line = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + '\u2026';
	}

	private static String json(List<Change> changes) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
			json.writeStartArray();
			for (Change change : changes) {
				json.writeStartObject();
				json.writeStringField("change", change.kind().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
				json.writeStringField("id", change.id()); //$NON-NLS-1$
				json.writeStringField("type", change.type()); //$NON-NLS-1$
				json.writeStringField("name", change.name()); //$NON-NLS-1$
				json.writeArrayFieldStart("features"); //$NON-NLS-1$
				for (FeatureChange feature : change.features()) {
					json.writeStartObject();
					json.writeStringField("feature", feature.feature()); //$NON-NLS-1$
					json.writeStringField("before", feature.before()); //$NON-NLS-1$
					json.writeStringField("after", feature.after()); //$NON-NLS-1$
					writeStrings(json, "added", feature.added()); //$NON-NLS-1$
					writeStrings(json, "removed", feature.removed()); //$NON-NLS-1$
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text.toString();
	}

	private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
		json.writeArrayFieldStart(field);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}
}

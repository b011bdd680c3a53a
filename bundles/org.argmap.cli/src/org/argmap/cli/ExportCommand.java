package org.argmap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.argmap.core.drawing.AwtSurface;
import org.argmap.core.drawing.DrawingStyle;
import org.argmap.core.drawing.NodeFigures;
import org.argmap.core.drawing.PictureExport;
import org.argmap.core.layout.MapDrawing;
import org.argmap.interchange.Interchange;
import org.argmap.interchange.InterchangeFormat;
import org.argmap.interchange.UnexportableMapException;
import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.FileReplacement;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;

/**
 * {@code argmap export [--format F] MAP OUT}: GraphML (portable or yEd), AIF JSON, DOT or Cytoscape.js JSON, or
 * the graph as PNG or SVG, laid out by ELK and drawn by the workbench's painter.
 */
final class ExportCommand implements Subcommand {

	private static final String FORMAT = "--format"; //$NON-NLS-1$
	private static final String STANDARD_OUTPUT = "-"; //$NON-NLS-1$

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Export_summary;
	}

	@Override
	public String usage() {
		return Messages.Export_usage;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		OptionArguments parsed = OptionArguments.parse(this, arguments, Set.of(), Set.of(FORMAT), 2, context);
		if (parsed == null) {
			return ExitCode.USAGE;
		}
		Path mapFile = Path.of(parsed.positional().get(0));
		String out = parsed.positional().get(1);
		String formatName = parsed.value(FORMAT);
		InterchangeFormat format = formatName != null ? InterchangeFormat.named(formatName)
				: InterchangeFormat.forFileName(out);
		PictureExport.Format picture = formatName != null ? PictureExport.Format.named(formatName)
				: PictureExport.Format.forFileName(out);
		if (format == null && picture == null) {
			context.err().println(Messages.bind(Messages.Export_unknownFormat,
					parsed.value(FORMAT) != null ? parsed.value(FORMAT) : out));
			context.err().print(usage());
			return ExitCode.USAGE;
		}
		if (!out.equals(STANDARD_OUTPUT) && Files.exists(Path.of(out))
				&& FileReplacement.sameFile(Path.of(out), mapFile)) {
			context.err().println(Messages.bind(Messages.Export_ontoMap, out, mapFile));
			return ExitCode.USAGE;
		}
		ArgumentMap map;
		try {
			map = MapStore.load(mapFile);
		} catch (MapFileException e) {
			return MapArguments.unreadable(this, e, context);
		}
		try {
			if (picture != null) {
				exportPicture(map, picture, out, context);
			} else if (out.equals(STANDARD_OUTPUT)) {
				OutputStream stdout = context.out();
				Interchange.export(map, format, stdout);
				stdout.flush();
			} else {
				Interchange.export(map, format, Path.of(out));
			}
			if (!out.equals(STANDARD_OUTPUT)) {
				context.err().println(Messages.bind(Messages.Export_written, new Object[] { out,
						picture != null ? picture.formatName() : format.formatName(), map.getNodes().size(),
						map.getRelations().size() }));
			}
			return ExitCode.SUCCESS;
		} catch (UnexportableMapException e) {
			context.err().println(Messages.bind(Messages.Export_unexportable, mapFile, e.getMessage()));
			return ExitCode.FINDINGS;
		} catch (IOException e) {
			context.err().println(Messages.bind(Messages.Export_failed, out, e.getMessage()));
			return ExitCode.USAGE;
		}
	}

	/** Lays the map out as the workbench does and draws it with the painter, in Java's sans-serif font. */
	private static void exportPicture(ArgumentMap map, PictureExport.Format format, String out, CommandContext context)
			throws IOException {
		NodeFigures figures = AwtSurface.figures(AwtSurface.FONT);
		MapDrawing drawing = PictureExport.layOut(map, figures);
		if (out.equals(STANDARD_OUTPUT)) {
			OutputStream stdout = context.out();
			PictureExport.write(drawing, figures, DrawingStyle.STANDARD, AwtSurface.FONT, format, stdout, () -> false);
			stdout.flush();
		} else {
			PictureExport.write(drawing, figures, DrawingStyle.STANDARD, AwtSurface.FONT, format, Path.of(out),
					() -> false);
		}
	}
}

package org.argmap.interchange.corpus;

import java.util.List;
import java.util.Locale;

import org.argmap.interchange.ImportException;
import org.argmap.interchange.Messages;

/** The annotated corpora Argmap reads, each told by the files it is made of. */
public enum CorpusFormat {
	/** Argument-annotated essays: brat standoff {@code .ann} beside {@code .txt}. */
	BRAT(".ann"), //$NON-NLS-1$
	/** arg-microtexts: one {@code <arggraph>} XML file per text. */
	MICROTEXTS(".xml"), //$NON-NLS-1$
	/** AIFdb: node sets as AIF JSON, with {@code .txt} texts where the corpus has them. */
	AIFDB(".json"); //$NON-NLS-1$

	private final String extension;

	CorpusFormat(String extension) {
		this.extension = extension;
	}

	/** The word for this format on the command line: {@code brat}, {@code microtexts}, {@code aifdb}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format named {@code word} (see {@link #word()}), or null. */
	public static CorpusFormat of(String word) {
		for (CorpusFormat format : values()) {
			if (format.word().equals(word)) {
				return format;
			}
		}
		return null;
	}

	/** The first format in declaration order of which {@code files} has a file; annotations win over texts. */
	static CorpusFormat detect(CorpusFiles files) throws ImportException {
		List<String> names = files.names();
		for (CorpusFormat format : values()) {
			if (names.stream().anyMatch(name -> name.endsWith(format.extension))) {
				return format;
			}
		}
		throw new ImportException(files.source(), 0, 0, Messages.Corpus_unknownFormat, null);
	}

	List<CorpusDocument> read(CorpusFiles files) throws ImportException {
		return switch (this) {
		case BRAT -> BratEssays.read(files);
		case MICROTEXTS -> Microtexts.read(files);
		case AIFDB -> AifdbCorpus.read(files);
		};
	}
}

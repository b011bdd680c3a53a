package org.argmap.core.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** Another Argmap (the workbench, another command) holds the corpus's index open for writing. */
public class CorpusInUseException extends IOException {

	private static final long serialVersionUID = 1L;

	public CorpusInUseException(Path corpus, Throwable cause) {
		super(corpus + ": the corpus index is in use by another Argmap", cause); //$NON-NLS-1$
	}
}

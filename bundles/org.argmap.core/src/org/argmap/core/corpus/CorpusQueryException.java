package org.argmap.core.corpus;

/** A search query that is not valid Lucene syntax, with what is wrong in it. */
public class CorpusQueryException extends Exception {

	private static final long serialVersionUID = 1L;

	public CorpusQueryException(String query, String problem, Throwable cause) {
		super("\u201c" + query + "\u201d: " + problem, cause); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

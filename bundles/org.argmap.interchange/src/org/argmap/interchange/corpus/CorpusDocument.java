package org.argmap.interchange.corpus;

import org.argmap.interchange.ImportedMap;

/**
 * One document of a corpus with the map of its annotation, ready to be written into a corpus folder.
 *
 * @param name         the map's file name without {@code .argmap}, made from the corpus file's name
 * @param documentFile the document's file name beside the map, which the map's document names as its location
 * @param content      the document's bytes as the corpus has them; anchors count on the text Argmap reads
 *                     from them
 * @param imported     the map, its anchors on that text, and what the reader skipped or could not place
 */
public record CorpusDocument(String name, String documentFile, byte[] content, ImportedMap imported) {
}

package org.argmap.core.agreement;

import org.argmap.model.ArgumentMap;

/**
 * One annotator's map of the shared documents.
 *
 * @param name what reports call the annotator, usually the map's file name
 */
public record Annotator(String name, ArgumentMap map) {
}

package org.argmap.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What a comparison calls each annotator, and each element of the curated map records: the map's file name,
 * or, since annotators often keep a copy of the same map each in their own folder, the folder's name.
 */
final class AnnotatorNames {

	private AnnotatorNames() {
	}

	static List<String> of(List<Path> files) {
		List<Path> absolute = files.stream().map(file -> file.toAbsolutePath().normalize()).toList();
		for (Function<Path, Path> naming : List.<Function<Path, Path>>of(Path::getFileName,
				file -> file.getParent() == null ? file : file.getParent().getFileName())) {
			List<String> names = absolute.stream().map(naming).map(String::valueOf).toList();
			if (names.stream().distinct().count() == names.size()) {
				return names;
			}
		}
		return absolute.stream().map(Path::toString).toList();
	}
}

package org.argmap.fuzz.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.validation.DocumentTexts;
import org.argmap.model.validation.MapValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * One reader fed with arbitrary bytes, and the only two outcomes it may have: a declared error
 * ({@link MapFileException}, which {@code ImportException} extends) whose message starts with the file's name, or
 * a map that the validator can check and that {@link MapStore} saves and loads back. Anything else propagates,
 * and Jazzer reports it as a finding.
 */
final class ReaderUnderFuzz {

	/** How long Jazzer fuzzes each reader in {@code ./build verify}. */
	static final String DURATION = "20s";

	@FunctionalInterface
	interface Reader {
		ArgumentMap read(Path file) throws MapFileException;
	}

	private final String name;
	private final Reader reader;
	private final Path input;
	private final Path copy;
	private final long started = System.nanoTime();
	private long executions;
	private long refused;
	private long read;
	private long findings;

	ReaderUnderFuzz(String name, String extension, Reader reader) {
		this.name = name;
		this.reader = reader;
		try {
			Path folder = Files.createTempDirectory("argmap-fuzz-" + name);
			folder.toFile().deleteOnExit();
			input = folder.resolve("input." + extension);
			copy = folder.resolve("copy.argmap");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Runs {@code data} through the reader; throws for an outcome that is neither allowed one. */
	void check(byte[] data) throws IOException {
		executions++;
		try {
			Files.write(input, data);
			outcome();
		} catch (IOException e) {
			throw e; // the test's own file handling, not the reader's
		} catch (Throwable finding) {
			findings++;
			throw finding;
		}
	}

	private void outcome() throws IOException {
		ArgumentMap map;
		try {
			map = reader.read(input);
		} catch (MapFileException declared) {
			if (declared.getMessage() == null || !declared.getMessage().startsWith(input.toString())) {
				throw new AssertionError("a declared error that does not name the file: " + declared.getMessage(),
						declared);
			}
			refused++;
			return;
		}
		if (map == null) {
			throw new AssertionError("the reader answered neither a map nor an error");
		}
		MapValidator.validate(map, DocumentTexts.SNAPSHOTS);
		Files.deleteIfExists(copy);
		Files.deleteIfExists(MapStore.backupOf(copy));
		Resource resource = MapStore.createResource(new ResourceSetImpl(), copy);
		resource.getContents().add(map);
		try {
			MapStore.save(resource, copy);
		} catch (MapFileException e) {
			throw new AssertionError("the map read from the input cannot be saved: " + e.getMessage(), e);
		}
		try {
			MapStore.load(copy);
		} catch (MapFileException e) {
			throw new AssertionError("the map read from the input was saved but does not load: " + e.getMessage(), e);
		}
		read++;
	}

	/** The line the build prints for this reader. */
	String summary() {
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
		return String.format("BENCHMARK fuzz %s: %,d executions, %d findings (%,d refused with a declared error, "
				+ "%,d read, saved and loaded again) in %d s", name, executions, findings, refused, read, seconds);
	}
}

package org.argmap.interchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens files to import with the checks every reader needs first: the file exists, is not empty, and is
 * no larger than {@link #MAX_BYTES}; streams are cut off at the same size, so a file that grows while it
 * is read, or a pipe, cannot exhaust memory either.
 */
public final class InputLimits {

	/** Twice the GraphML of a 100,000-node map with every attribute set. */
	public static final long MAX_BYTES = 512L * 1024 * 1024;

	private InputLimits() {
	}

	/** What is read from an opened file. */
	@FunctionalInterface
	public interface Reading<T> {
		T read(InputStream in) throws IOException;
	}

	/**
	 * Opens {@code file} with the checks of {@link #open}, reads it and closes it; any failure that is not
	 * already an {@link ImportException} becomes one naming the file.
	 */
	public static <T> T read(Path file, Reading<T> reading) throws ImportException {
		try (InputStream in = open(file)) {
			return reading.read(in);
		} catch (ImportException e) {
			throw e;
		} catch (IOException e) {
			throw new ImportException(file, 0, 0, Messages.bind(Messages.Import_unreadable, e.getMessage()), e);
		}
	}

	public static InputStream open(Path file) throws ImportException {
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new ImportException(file, 0, 0,
						Messages.bind(Messages.Import_tooLarge, size >> 20, MAX_BYTES >> 20), null);
			}
			if (size == 0) {
				throw new ImportException(file, 0, 0, Messages.Import_empty, null);
			}
			return limited(Files.newInputStream(file), file);
		} catch (NoSuchFileException e) {
			throw new ImportException(file, 0, 0, Messages.Import_missing, e);
		} catch (ImportException e) {
			throw e;
		} catch (IOException e) {
			throw new ImportException(file, 0, 0, Messages.bind(Messages.Import_unreadable, e.getMessage()), e);
		}
	}

	/** {@code in}, failing with a clear message once more than {@link #MAX_BYTES} have been read. */
	public static InputStream limited(InputStream in, Path file) {
		return new FilterInputStream(in) {
			private long count;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = super.read(buffer, offset, length);
				if (read > 0) {
					count(read);
				}
				return read;
			}

			private void count(int read) throws ImportException {
				count += read;
				if (count > MAX_BYTES) {
					throw new ImportException(file, 0, 0,
							Messages.bind(Messages.Import_tooLarge, count >> 20, MAX_BYTES >> 20), null);
				}
			}
		};
	}
}

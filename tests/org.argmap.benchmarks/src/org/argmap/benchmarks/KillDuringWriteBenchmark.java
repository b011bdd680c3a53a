package org.argmap.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.argmap.model.ArgumentMap;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.tests.support.SyntheticMaps;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/**
 * Kills a process that saves a map again and again, at random moments, and checks after every kill that the
 * map on disk loads and is exactly one of the two versions being saved, never a mix or a part. The writer is
 * a separate JVM ({@link Writer}) on the bundles' own jars, saving a map of a few MB through
 * {@link MapStore#save}, alternating two versions so that every save writes. It also counts the temporary
 * files that killed writes leave, ages them past the staleness limit and checks that the next write
 * removes them.
 */
class KillDuringWriteBenchmark {

	private static final String NAME = "kill-during-write";
	private static final int MAX_KILLS = 150;
	private static final Duration TIME_BOUND = Duration.ofSeconds(120);
	/** Older than FileReplacement's ten minutes, so that the next write takes them for leftovers. */
	private static final Duration AGE_OF_A_LEFTOVER = Duration.ofMinutes(11);
	private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);

	@Test
	void killTheWriterAtRandomMoments() throws Exception {
		Path folder = Files.createTempDirectory("argmap-kill");
		Path first = folder.resolve("first.argmap");
		Path target = folder.resolve("map.argmap");
		ArgumentMap map = SyntheticMaps.generate(21, 5_000, 7_500, 5_000, 5, 50_000);
		save(map, first);
		Files.copy(first, target);
		String firstVersion = digest(MapStore.load(first));
		String secondVersion = digest(Writer.secondVersion(MapStore.load(first)));
		List<String> versions = List.of(firstVersion, secondVersion);
		Figures.print(NAME, "map", String.format("%,d nodes, %,d relations, %.1f MiB", map.getNodes().size(),
				map.getRelations().size(), Files.size(first) / (1024.0 * 1024.0)));

		// A class data archive for the writers' start, written by a warm-up run that ends normally (a killed JVM
		// writes none); the warm-up also shows that the writer works before it is killed.
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+AutoCreateSharedArchive",
				"-XX:SharedArchiveFile=" + folder.resolve("writer.jsa"), "-cp", classpath(folder), Writer.class.getName(),
				first.toString());
		List<String> warmUp = new ArrayList<>(command);
		warmUp.addAll(List.of(folder.resolve("warm-up.argmap").toString(), "0", Writer.WARM_UP));
		Process warming = new ProcessBuilder(warmUp).redirectErrorStream(true).start();
		String warmUpOutput = new String(warming.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (warming.waitFor() != 0) {
			throw new AssertionError("the writer's warm-up failed: " + warmUpOutput);
		}
		command = new ArrayList<>(command);
		command.add(target.toString());
		Random random = new Random(14);
		int runs = 0;
		int kills = 0;
		int corruptions = 0;
		int savesCompleted = 0;
		int leftoverTemporaries = 0;
		int staleRemoved = 0;
		int staleChecks = 0;
		long firstSaveMillis = -1;
		int onDisk = 0;
		List<Long> readyMillis = new ArrayList<>();
		Set<Path> aged = new HashSet<>();
		// a file is loaded and compared only once: most kills leave the map or its backup as they were
		Map<String, Integer> checked = new HashMap<>();
		List<String> problems = new ArrayList<>();
		Instant start = Instant.now();
		while (kills < MAX_KILLS && Duration.between(start, Instant.now()).compareTo(TIME_BOUND) < 0) {
			runs++;
			long started = System.nanoTime();
			// the writer starts with the version that is not on disk, so that its first save writes
			Child child = Child.start(command, 1 - onDisk);
			if (!child.ready.await(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || !child.process.isAlive()) {
				child.process.destroyForcibly().waitFor();
				throw new AssertionError("the writer did not start: " + child.output());
			}
			readyMillis.add((System.nanoTime() - started) / 1_000_000);
			if (firstSaveMillis < 0) {
				// the first run measures how long a first save takes and is killed after its third
				if (!child.thirdSave.await(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
					throw new AssertionError("the writer did not save: " + child.output());
				}
				firstSaveMillis = child.firstSaveMillis.get();
			} else {
				// a random moment within the first two saves, so that kills land in every phase of a write
				Thread.sleep(random.nextLong(2 * firstSaveMillis + 1));
			}
			if (!child.process.isAlive()) {
				throw new AssertionError("the writer stopped by itself: " + child.output());
			}
			child.process.destroyForcibly();
			if (!child.process.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				throw new AssertionError("a killed writer did not end");
			}
			kills++;
			child.reader.join(TimeUnit.SECONDS.toMillis(5));
			savesCompleted += child.saves.get();

			for (Path file : new Path[] { target, MapStore.backupOf(target) }) {
				if (file.equals(target) || Files.exists(file)) {
					int version = checked.computeIfAbsent(identity(file), unused -> version(file, versions));
					if (file.equals(target) && version >= 0) {
						onDisk = version;
					}
					if (version < 0) {
						String problem = problem(file, versions);
						corruptions++;
						Path kept = folder.resolve("corrupt-" + kills + "-" + file.getFileName());
						Files.copy(file, kept);
						problems.add(problem + " (kept as " + kept + ")");
					}
				}
			}
			List<Path> temporaries = temporaries(target);
			if (child.saves.get() >= 1) {
				// the first save wrote (it was of the other version), and every write first removes stale leftovers
				staleChecks++;
				for (Path leftover : aged) {
					if (Files.exists(leftover)) {
						problems.add("a stale temporary file survived a write: " + leftover);
					} else {
						staleRemoved++;
					}
				}
				aged.clear();
			}
			for (Path leftover : temporaries) {
				if (aged.add(leftover)) {
					leftoverTemporaries++;
					Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(AGE_OF_A_LEFTOVER)));
				}
			}
		}
		double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
		Figures.print(NAME, "writer processes started and killed", String.format("%d runs, %d kills in %.0f s", runs,
				kills, seconds));
		readyMillis.sort(null);
		Figures.print(NAME, "writer start to ready (map loaded)", String.format("%d ms median",
				readyMillis.get(readyMillis.size() / 2)));
		Figures.print(NAME, "saves completed by the writers", String.format(
				"%d; a first save took %d ms, kills fell within twice that", savesCompleted, firstSaveMillis));
		Figures.print(NAME, "maps checked after a kill", String.format("%d, %d damaged or mixed", kills, corruptions));
		Figures.print(NAME, "temporary files left by kills", String.format(
				"%d; %d of them removed by the next write (%d runs that wrote checked)", leftoverTemporaries,
				staleRemoved, staleChecks));
		System.out.printf("BENCHMARK %s: %d runs, %d kills, %d corruptions%n", NAME, runs, kills, corruptions);
		if (!problems.isEmpty()) {
			throw new AssertionError(String.join("\n", problems));
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(folder);
	}

	private static void save(ArgumentMap map, Path file) throws MapFileException {
		Resource resource = map.eResource() != null ? map.eResource()
				: MapStore.createResource(new ResourceSetImpl(), file);
		resource.getContents().add(map);
		MapStore.save(resource, file);
	}

	/** A digest of {@code map} serialized without its modification date, which every save sets anew. */
	private static String digest(ArgumentMap map) throws Exception {
		map.setModified(null);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
			map.eResource().save(out, null);
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/** The file's identity and state: a file that was replaced or written has another. */
	private static String identity(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		return attributes.fileKey() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
	}

	/** Which of the two versions {@code file} holds, or -1 if it holds neither or does not load. */
	private static int version(Path file, List<String> versions) {
		try {
			return versions.indexOf(digest(MapStore.load(file)));
		} catch (Exception e) {
			return -1;
		}
	}

	private static String problem(Path file, List<String> versions) {
		try {
			MapStore.load(file);
			return file + " loads, but is neither version";
		} catch (Exception e) {
			return file + " does not load: " + e.getMessage();
		}
	}

	private static List<Path> temporaries(Path target) throws IOException {
		String prefix = "." + target.getFileName() + ".";
		try (Stream<Path> files = Files.list(target.getParent())) {
			return files.filter(file -> file.getFileName().toString().startsWith(prefix)
					&& file.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

	/**
	 * The jars (or class folders) of the bundles the writer needs, taken from where this JVM loaded their
	 * classes: the model, EMF, OSGi's NLS and this bundle. The writer runs on them without OSGi.
	 */
	private static String classpath(Path folder) throws URISyntaxException, IOException {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : new Class<?>[] { Writer.class, MapStore.class, EObject.class, XMLResource.class,
				URI.class, NLS.class }) {
			Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			String classFile = type.getName().replace('.', '/') + ".class";
			if (Files.isDirectory(location) && !Files.exists(location.resolve(classFile))) {
				location = location.resolve("target/classes"); // a bundle folder in development mode
			}
			if (Files.isDirectory(location)) {
				location = jar(location, folder.resolve("classes-" + entries.size() + ".jar")); // a class archive takes jars only
			}
			entries.add(location.toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	private static Path jar(Path classes, Path jar) throws IOException {
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
		return jar;
	}

	/** A running writer and what it reported on its standard output. */
	private static final class Child {
		final Process process;
		final CountDownLatch ready = new CountDownLatch(1);
		final AtomicInteger saves = new AtomicInteger();
		final AtomicInteger firstSaveMillis = new AtomicInteger();
		final CountDownLatch thirdSave = new CountDownLatch(3);
		final AtomicReference<String> lines = new AtomicReference<>("");
		final Thread reader;

		private Child(Process process) {
			this.process = process;
			reader = new Thread(this::read, "kill-during-write reader");
			reader.setDaemon(true);
			reader.start();
		}

		static Child start(List<String> command, int firstVersion) throws IOException {
			List<String> withStart = new ArrayList<>(command);
			withStart.add(String.valueOf(firstVersion));
			return new Child(new ProcessBuilder(withStart).redirectErrorStream(true).start());
		}

		private void read() {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					if (line.equals(Writer.READY)) {
						ready.countDown();
					} else if (line.startsWith(Writer.SAVED)) {
						if (saves.incrementAndGet() == 1) {
							firstSaveMillis.set(Integer.parseInt(line.substring(Writer.SAVED.length())));
						}
						thirdSave.countDown();
					} else {
						String other = line;
						lines.updateAndGet(text -> text + other + "\n");
					}
				}
			} catch (IOException | NumberFormatException e) {
				// the process was killed mid-line
			}
			ready.countDown();
			for (int i = 0; i < 3; i++) {
				thirdSave.countDown();
			}
		}

		String output() {
			return lines.get();
		}
	}

	/**
	 * The process that is killed: loads the map, makes its second version, then saves the two in turn, from
	 * the one given, until it is killed.
	 */
	public static final class Writer {
		static final String READY = "ready"; //$NON-NLS-1$
		static final String SAVED = "saved "; //$NON-NLS-1$
		/** Saves each version once to the file given and ends, so that the JVM writes its class archive. */
		static final String WARM_UP = "--warm-up"; //$NON-NLS-1$

		private Writer() {
		}

		/** The second version: another title and labels all through the file. */
		static ArgumentMap secondVersion(ArgumentMap map) {
			map.setTitle("The second version"); //$NON-NLS-1$
			for (int i = 0; i < map.getNodes().size(); i += 50) {
				map.getNodes().get(i).setLabel("second " + i); //$NON-NLS-1$
			}
			return map;
		}

		public static void main(String[] arguments) throws Exception {
			Path target = Path.of(arguments[1]);
			ArgumentMap first = MapStore.load(Path.of(arguments[0]));
			Resource second = MapStore.createResource(new ResourceSetImpl(), target);
			second.getContents().add(secondVersion(EcoreUtil.copy(first)));
			Resource[] versions = { first.eResource(), second };
			if (arguments.length > 3 && arguments[3].equals(WARM_UP)) {
				MapStore.save(versions[0], target);
				MapStore.save(versions[1], target);
				return;
			}
			System.out.println(READY);
			for (int i = Integer.parseInt(arguments[2]);; i++) {
				long start = System.nanoTime();
				MapStore.save(versions[i % 2], target);
				System.out.println(SAVED + (System.nanoTime() - start) / 1_000_000);
			}
		}
	}
}

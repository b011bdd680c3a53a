package org.argmap.model.persistence;

import java.io.BufferedOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.argmap.model.ArgmapPackage;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Identified;
import org.argmap.model.Ids;
import org.argmap.model.MapElements;
import org.argmap.model.TextAnchor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

/**
 * Loads and saves {@code .argmap} files. A load either yields a whole map or fails with a
 * {@link MapFileException} that names the file and the place, leaving nothing behind in the resource set. A
 * save never damages the previous file: it writes a temporary file beside it, forces it to disk, keeps the
 * previous version as {@code NAME.bak} and renames the new file into place.
 */
public final class MapStore {

	/** How many leading bytes are checked for NULs, which no XML text contains. */
	private static final int BINARY_PROBE_BYTES = 8192;
	private static final int WRITE_BUFFER_BYTES = 1 << 16;
	private static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$
	/** Every version of the Argmap format has a namespace URI that starts with this. */
	private static final String NAMESPACE_FAMILY = "http://argmap.org/schema/argmap/"; //$NON-NLS-1$

	private MapStore() {
	}

	/** Creates an empty resource for a new map file in {@code resourceSet}. */
	public static Resource createResource(ResourceSet resourceSet, Path file) {
		resourceSet.setURIConverter(new NothingFetched());
		Resource resource = new ArgmapResource(fileUri(file));
		resourceSet.getResources().add(resource);
		return resource;
	}

	/**
	 * Loads {@code file} into {@code resourceSet} and answers its map.
	 *
	 * @throws MapFileException if the file is missing, empty, binary, not well-formed, or not an Argmap map
	 */
	public static ArgumentMap load(ResourceSet resourceSet, Path file) throws MapFileException {
		checkReadable(file);
		ArgmapPackage.eINSTANCE.eClass(); // registers the package outside OSGi too
		resourceSet.setURIConverter(new NothingFetched());
		Resource resource = new ArgmapResource(fileUri(file));
		resourceSet.getResources().add(resource);
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, null);
			if (!resource.getErrors().isEmpty()) {
				throw problem(file, resource.getErrors().get(0));
			}
			if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof ArgumentMap)) {
				throw new MapFileException(file, Messages.MapStore_notAMap, null);
			}
			checkReferencesStayInside(resource, file);
			return (ArgumentMap) resource.getContents().get(0);
		} catch (MapFileException e) {
			discard(resource);
			throw e;
		} catch (IOException | RuntimeException e) {
			discard(resource);
			throw notUtf8(file, e).orElseGet(() -> problem(file, e));
		}
	}

	/** The parser reports a byte that is not UTF-8 at no place; it is looked up in the file. */
	private static Optional<MapFileException> notUtf8(Path file, Exception failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof CharConversionException) {
				try (InputStream in = Files.newInputStream(file)) {
					Utf8Positions place = Utf8Positions.firstMalformed(in);
					if (place != null) {
						return Optional.of(new MapFileException(file, place.line(), place.column(),
								Messages.MapStore_notUtf8, failure));
					}
				} catch (IOException e) {
					// the parser's own message is then the best there is
				}
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** Loads a map into a fresh resource set of its own. */
	public static ArgumentMap load(Path file) throws MapFileException {
		return load(new ResourceSetImpl(), file);
	}

	private static void checkReadable(Path file) throws MapFileException {
		try {
			long size = Files.size(file);
			if (size == 0) {
				throw new MapFileException(file, Messages.MapStore_empty, null);
			}
			byte[] head = new byte[(int) Math.min(size, BINARY_PROBE_BYTES)];
			try (InputStream in = Files.newInputStream(file)) {
				int read = in.readNBytes(head, 0, head.length);
				for (int i = 0; i < read; i++) {
					if (head[i] == 0) {
						throw new MapFileException(file, Messages.MapStore_binary, null);
					}
				}
				if (new String(head, 0, read, StandardCharsets.UTF_8).isBlank()) {
					throw new MapFileException(file, Messages.MapStore_empty, null);
				}
			}
		} catch (NoSuchFileException e) {
			throw new MapFileException(file, Messages.MapStore_missing, e);
		} catch (MapFileException e) {
			throw e;
		} catch (IOException e) {
			throw new MapFileException(file, NLS.bind(Messages.MapStore_unreadable, e.getMessage()), e);
		}
	}

	private static void discard(Resource resource) {
		resource.unload();
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet != null) {
			resourceSet.getResources().remove(resource);
		}
	}

	/** Turns a parser or EMF failure into a message that names the place in the file. */
	private static MapFileException problem(Path file, Object failure) {
		Throwable cause = failure instanceof Throwable throwable ? throwable : null;
		if (failure instanceof Resource.Diagnostic diagnostic) {
			Throwable diagnosticCause = failure instanceof XMIException xmi ? xmi : null;
			return new MapFileException(file, diagnostic.getLine(), diagnostic.getColumn(),
					describe(diagnostic), diagnosticCause);
		}
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof SAXParseException parse) {
				return new MapFileException(file, parse.getLineNumber(), parse.getColumnNumber(),
						NLS.bind(Messages.MapStore_malformed, parse.getMessage()), cause);
			}
			if (t instanceof XMIException xmi) {
				return new MapFileException(file, xmi.getLine(), xmi.getColumn(), describe(xmi), cause);
			}
		}
		String message = cause == null ? String.valueOf(failure) : cause.getMessage();
		return new MapFileException(file, NLS.bind(Messages.MapStore_unreadable, message), cause);
	}

	private static String describe(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof PackageNotFoundException missing) {
			String uri = missing.uri();
			if (uri != null && uri.startsWith(NAMESPACE_FAMILY) && !uri.equals(ArgmapPackage.eNS_URI)) {
				return NLS.bind(Messages.MapStore_newerFormat, uri);
			}
			return Messages.MapStore_notAMap;
		}
		if (diagnostic instanceof ClassNotFoundException) {
			return NLS.bind(Messages.MapStore_unknownElement, withoutPlace(diagnostic));
		}
		return NLS.bind(Messages.MapStore_invalidContent, withoutPlace(diagnostic));
	}

	/**
	 * EMF appends {@code (file:/path, line, column)} to its messages; a {@link MapFileException} names the
	 * file and the place already.
	 */
	private static String withoutPlace(Resource.Diagnostic diagnostic) {
		String message = diagnostic.getMessage();
		String place = " (" + diagnostic.getLocation() + ", " + diagnostic.getLine() + ", " + diagnostic.getColumn() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ")"; //$NON-NLS-1$
		return message != null && message.endsWith(place) ? message.substring(0, message.length() - place.length())
				: message;
	}

	/**
	 * Saves the map of {@code resource} to {@code file} without ever leaving a damaged file behind; the
	 * previous version stays as {@code file.bak}. A map that is what the file already holds, apart from the
	 * modification date, is not written at all: the file, its time and its backup stay as they were. Only a
	 * real change stamps the map's modification date: that is bookkeeping of the file, not an edit, so it
	 * bypasses the command stack.
	 *
	 * @return whether the file was written; {@code false} when it already held the map
	 */
	public static boolean save(Resource resource, Path file) throws MapFileException {
		return save(resource, file, UnaryOperator.identity());
	}

	/**
	 * Like {@link #save(Resource, Path)}, with the file's output stream passed through {@code decorator}
	 * first, for callers that count the bytes written (progress) or must bound them.
	 */
	public static boolean save(Resource resource, Path file, UnaryOperator<OutputStream> decorator)
			throws MapFileException {
		return save(resource, file, decorator, false).written();
	}

	/**
	 * What a save left behind: whether it wrote the file, and the version of the file as this save wrote or
	 * found it, which a change another program makes afterwards is not taken for.
	 */
	public record Saved(boolean written, FileVersion version) {
	}

	/**
	 * Like {@link #save(Resource, Path)}, for an editor that goes on watching the file: the version is made of
	 * the bytes the save wrote (or, when it writes nothing, of those it compared with the map), so a change made
	 * right after the save is still seen as one.
	 */
	public static Saved saveWatched(Resource resource, Path file) throws MapFileException {
		return save(resource, file, UnaryOperator.identity(), true);
	}

	private static Saved save(Resource resource, Path file, UnaryOperator<OutputStream> decorator,
			boolean versioned) throws MapFileException {
		Path target = file.toAbsolutePath();
		// what a failure leaves behind, for its message
		String leftAsItWas = Files.exists(target) ? Messages.MapStore_previousUnchanged : Messages.MapStore_nothingWritten;
		checkReferencesStayInside(resource, target, leftAsItWas);
		Path temporary = null;
		ArgumentMap map = !resource.getContents().isEmpty()
				&& resource.getContents().get(0) instanceof ArgumentMap root ? root : null;
		Date stampBefore = map == null ? null : map.getModified();
		try {
			target = FileReplacement.destination(file);
			// the version of what is compared: a change after these attributes were read differs from it
			BasicFileAttributes found = versioned ? attributesOf(target) : null;
			MessageDigest compared = versioned ? FileVersion.newDigest() : null;
			if (map != null && SameOnDisk.holds(resource, map, target, compared)) {
				resource.setURI(fileUri(file));
				return new Saved(false, found == null ? null : FileVersion.of(found, compared));
			}
			Files.createDirectories(target.getParent());
			temporary = FileReplacement.temporaryFor(target);
			if (map != null) {
				map.setModified(new Date());
			}
			MessageDigest digest = versioned ? FileVersion.newDigest() : null;
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(
							decorator.apply(digested(Channels.newOutputStream(channel), digest)), WRITE_BUFFER_BYTES)) {
				resource.save(out, null);
				out.flush();
				channel.force(true);
			}
			if (Files.exists(target)) {
				keepBackup(target);
			}
			// a rename keeps the content and the time
			FileVersion written = versioned
					? FileVersion.of(Files.readAttributes(temporary, BasicFileAttributes.class), digest)
					: null;
			FileReplacement.moveIntoPlace(temporary, target);
			temporary = null;
			// the map is where the user put it, also when that is a link
			resource.setURI(fileUri(file));
			return new Saved(true, written);
		} catch (IOException | RuntimeException e) {
			if (map != null) {
				map.setModified(stampBefore); // a failed save leaves the map as it was, to the last byte
			}
			throw new MapFileException(target, NLS.bind(Messages.MapStore_saveFailed, leftAsItWas,
					e.getMessage() == null ? e.toString() : e.getMessage()), e);
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// The failure being reported matters more than a stray temporary file.
				}
			}
		}
	}

	/** What reaches the file passes through {@code digest}, if there is one. */
	private static OutputStream digested(OutputStream out, MessageDigest digest) {
		return digest == null ? out : new DigestOutputStream(out, digest);
	}

	/** Null when there is no such file, or it cannot be read: it is then written. */
	private static BasicFileAttributes attributesOf(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class);
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * EMF writes a reference to an element outside the resource as if it were inside, which yields a file
	 * that cannot be loaded again; such a map is refused before anything is written.
	 */
	private static void checkReferencesStayInside(Resource resource, Path file, String leftAsItWas)
			throws MapFileException {
		ReferenceOutside outside = firstReferenceOutside(resource);
		if (outside != null) {
			throw new MapFileException(file, NLS.bind(Messages.MapStore_danglingReference,
					new Object[] { leftAsItWas, label(outside.element()), label(outside.referenced()) }), null);
		}
	}

	/**
	 * A reference whose id holds a {@code #} is read as a link into another file, which is never fetched: the map
	 * would load with an anchor on no document of its own and then fail to save. It is refused at the load.
	 */
	private static void checkReferencesStayInside(Resource resource, Path file) throws MapFileException {
		ReferenceOutside outside = firstReferenceOutside(resource);
		if (outside != null) {
			EObject referenced = outside.referenced();
			String target = referenced.eIsProxy()
					? ((InternalEObject) referenced).eProxyURI().deresolve(resource.getURI()).toString()
					: label(referenced);
			throw new MapFileException(file,
					NLS.bind(Messages.MapStore_referenceOutside, label(outside.element()), target), null);
		}
	}

	private record ReferenceOutside(EObject element, EObject referenced) {
	}

	/** The first reference from {@code resource} to something outside it, a link into another file among them. */
	private static ReferenceOutside firstReferenceOutside(Resource resource) {
		for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			// not resolving: resolving a link would try to load the other file into the resource set
			for (EObject referenced : ((InternalEList<EObject>) element.eCrossReferences()).basicList()) {
				if (referenced.eIsProxy() || referenced.eResource() != resource) {
					return new ReferenceOutside(element, referenced);
				}
			}
		}
		return null;
	}

	private static String label(EObject element) {
		if (element instanceof TextAnchor && element.eContainer() instanceof Identified owner) {
			return NLS.bind(Messages.MapStore_anchorOf, MapElements.describe(owner));
		}
		return element instanceof Identified identified ? MapElements.describe(identified)
				: element.eClass().getName();
	}

	private static void keepBackup(Path target) throws IOException {
		Path backup = target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
		Files.deleteIfExists(backup);
		try {
			Files.createLink(backup, target); // instant, and the rename below leaves it pointing at the old data
		} catch (IOException | UnsupportedOperationException e) {
			Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * The elements of one of a map's lists in the order its file holds them: by id ({@link Ids#ORDER}) when each
	 * is an element with an id of its own, else as the list has them. EMF refers to an element without an id by
	 * its place in the list ({@code //@nodes.0}), which sorting would make the place of another element, and two
	 * elements sharing an id have no order by id; such a map (edited by hand, which validate reports) keeps its
	 * list order.
	 */
	public static <T> List<T> inFileOrder(List<T> elements) {
		List<T> ordered = new ArrayList<>(elements);
		Set<String> ids = new HashSet<>();
		for (T element : elements) {
			String id = element instanceof Identified identified ? identified.getId() : null;
			if (id == null || id.isEmpty() || !ids.add(id)) {
				return ordered;
			}
		}
		ordered.sort(Comparator.comparing(element -> ((Identified) element).getId(), Ids.ORDER));
		return ordered;
	}

	public static Path backupOf(Path file) {
		return file.toAbsolutePath().resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}

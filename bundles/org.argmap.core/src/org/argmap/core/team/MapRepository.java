package org.argmap.core.team;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.argmap.model.ArgmapFactory;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Conflict;
import org.argmap.model.SourceDocument;
import org.argmap.model.merge.MapMerge;
import org.argmap.model.merge.MergeResult;
import org.argmap.model.persistence.DocumentLocations;
import org.argmap.model.persistence.FileReplacement;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.argmap.model.validation.MapValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ChainingCredentialsProvider;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.osgi.util.NLS;

/**
 * A git repository holding maps, driven through JGit: clone, commit a map with its sources, pull with maps
 * merged by id ({@link MapMerge}) and every other file by git's own line merge, push, and the history of one
 * map. Credentials come from where git users keep them: {@code ~/.netrc} and JGit's default provider (which
 * the workbench sets to one that asks) for https, the keys, config, known hosts and agent of {@code ~/.ssh}
 * through {@link SshAccess} for ssh. Argmap stores none.
 */
public final class MapRepository implements AutoCloseable {

	private static final String MAP_SUFFIX = ".argmap"; //$NON-NLS-1$

	private final Git git;
	private final Path workTree;
	private final SshAccess ssh;

	private MapRepository(Git git, SshAccess ssh) {
		this.git = git;
		this.ssh = ssh;
		this.workTree = git.getRepository().getWorkTree().toPath().toAbsolutePath().normalize();
	}

	/** The repository whose work tree holds {@code file}, reaching ssh remotes with the user's {@code ~/.ssh}. */
	public static MapRepository containing(Path file) throws TeamException {
		return containing(file, SshAccess.ofUser());
	}

	/** The repository whose work tree holds {@code file}, reaching ssh remotes through {@code ssh}. */
	public static MapRepository containing(Path file, SshAccess ssh) throws TeamException {
		Path absolute = file.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
				.findGitDir(absolute.getParent().toFile());
		if (builder.getGitDir() == null) {
			throw new TeamException(NLS.bind(Messages.MapRepository_notInRepository, absolute), null);
		}
		try {
			return new MapRepository(new Git(builder.build()), ssh);
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.MapRepository_notInRepository, absolute), e);
		}
	}

	/**
	 * Clones {@code uri} (any URL git accepts: file, https, ssh) into {@code directory}, checking out its default
	 * branch, reaching an ssh remote with the user's {@code ~/.ssh}.
	 */
	public static MapRepository cloneFrom(String uri, Path directory, ProgressMonitor monitor) throws TeamException {
		return cloneFrom(uri, directory, SshAccess.ofUser(), monitor);
	}

	/** Clones {@code uri} into {@code directory} as {@link #cloneFrom(String, Path, ProgressMonitor)}, through {@code ssh}. */
	public static MapRepository cloneFrom(String uri, Path directory, SshAccess ssh, ProgressMonitor monitor)
			throws TeamException {
		try {
			return new MapRepository(Git.cloneRepository().setURI(uri).setDirectory(directory.toFile())
					.setProgressMonitor(monitor).setCredentialsProvider(credentials(existingParent(directory)))
					.setTransportConfigCallback(ssh).call(), ssh);
		} catch (GitAPIException | RuntimeException e) {
			throw new TeamException(NLS.bind(Messages.MapRepository_cloneFailed,
					new Object[] { uri, directory, transportFailure(e) }), e);
		}
	}

	public Path workTree() {
		return workTree;
	}

	/**
	 * Commits {@code map} and the source documents it names inside the work tree. After a pull that left
	 * conflicts, this commit concludes the merge; it is refused while the map still holds conflicts, so none
	 * reach the team.
	 */
	public RevCommit commit(Path map, String message) throws TeamException {
		Path file = map.toAbsolutePath().normalize();
		try {
			ArgumentMap loaded = MapStore.load(file);
			if (!loaded.getConflicts().isEmpty()) {
				throw new TeamException(NLS.bind(Messages.MapRepository_unresolvedConflicts, relative(file),
						loaded.getConflicts().size()), null);
			}
			var add = git.add().addFilepattern(relative(file));
			for (SourceDocument document : loaded.getDocuments()) {
				Path source = DocumentLocations.resolve(file, document);
				if (source != null && source.normalize().startsWith(workTree) && Files.isRegularFile(source)) {
					add.addFilepattern(relative(source.normalize()));
				}
			}
			add.call();
			Status status = git.status().call();
			if (status.getAdded().isEmpty() && status.getChanged().isEmpty() && !merging()) {
				throw new TeamException(NLS.bind(Messages.MapRepository_nothingToCommit, relative(file)), null);
			}
			return git.commit().setMessage(message).call();
		} catch (MapFileException | GitAPIException | RuntimeException e) {
			throw new TeamException(NLS.bind(Messages.MapRepository_commitFailed, relative(file), e.getMessage()), e);
		}
	}

	private boolean merging() {
		return git.getRepository().getRepositoryState() == RepositoryState.MERGING_RESOLVED;
	}

	/**
	 * Fetches the branch this clone follows and merges it. A map that both sides changed is merged by id, and
	 * the conflicts are recorded in it; when any remain (or another file kept git's conflict markers) the merge
	 * waits uncommitted for the user, otherwise it is committed.
	 */
	public PullOutcome pull(ProgressMonitor monitor) throws TeamException {
		Repository repository = git.getRepository();
		try {
			String branch = repository.getBranch();
			String upstream = new BranchConfig(repository.getConfig(), branch).getRemoteTrackingBranch();
			if (upstream == null) {
				throw new TeamException(NLS.bind(Messages.MapRepository_noUpstream, branch, workTree), null);
			}
			git.fetch().setProgressMonitor(monitor).setCredentialsProvider(credentials(workTree))
					.setTransportConfigCallback(ssh).call();
			ObjectId remote = repository.resolve(upstream);
			ObjectId head = repository.resolve(Constants.HEAD);
			if (remote == null || remote.equals(head)) {
				return new PullOutcome(PullOutcome.Kind.UP_TO_DATE, List.of(), Map.of(), List.of());
			}
			try (RevWalk walk = new RevWalk(repository)) {
				RevCommit ours = walk.parseCommit(head);
				RevCommit theirs = walk.parseCommit(remote);
				if (walk.isMergedInto(theirs, ours)) {
					return new PullOutcome(PullOutcome.Kind.UP_TO_DATE, List.of(), Map.of(), List.of());
				}
				walk.reset();
				if (walk.isMergedInto(ours, theirs)) {
					checked(git.merge().include(theirs).setFastForward(FastForwardMode.FF_ONLY)
							.setProgressMonitor(monitor).call());
					return new PullOutcome(PullOutcome.Kind.FAST_FORWARD, List.of(), Map.of(), List.of());
				}
				walk.reset();
				walk.setRevFilter(RevFilter.MERGE_BASE);
				walk.markStart(List.of(walk.parseCommit(ours), walk.parseCommit(theirs)));
				RevCommit base = walk.next();
				return merge(base, ours, theirs, upstream, monitor);
			}
		} catch (GitAPIException | IOException | RuntimeException e) {
			throw new TeamException(NLS.bind(Messages.MapRepository_pullFailed, workTree, transportFailure(e)), e);
		}
	}

	private PullOutcome merge(RevCommit base, RevCommit ours, RevCommit theirs, String upstream,
			ProgressMonitor monitor) throws GitAPIException, IOException, TeamException {
		List<String> maps = changedOnBothSides(base, ours, theirs);
		// merged by id before git touches the work tree, so that a version that cannot be merged leaves it as it was
		Map<String, MergeResult> mapMerges = new LinkedHashMap<>();
		Path versions = Files.createTempDirectory("argmap-pull"); //$NON-NLS-1$
		try {
			for (String path : maps) {
				mapMerges.put(path, MapMerge.merge(mapAt(base, path, versions), mapAt(ours, path, versions),
						mapAt(theirs, path, versions)));
			}
		} finally {
			deleteTree(versions);
		}
		org.eclipse.jgit.api.MergeResult lineMerge = checked(git.merge().include(theirs).setCommit(false)
				.setFastForward(FastForwardMode.NO_FF).setProgressMonitor(monitor).call());
		List<String> unmerged = new ArrayList<>();
		if (lineMerge.getConflicts() != null) {
			lineMerge.getConflicts().keySet().stream().filter(path -> !maps.contains(path)).sorted()
					.forEach(unmerged::add);
		}
		List<Path> merged = new ArrayList<>();
		Map<Path, List<String>> conflicts = new LinkedHashMap<>();
		for (Map.Entry<String, MergeResult> mapMerge : mapMerges.entrySet()) {
			MergeResult result = mapMerge.getValue();
			Path target = workTree.resolve(mapMerge.getKey());
			Resource resource = MapStore.createResource(new ResourceSetImpl(), target);
			resource.getContents().add(result.map());
			// no backup beside the file: it would be an untracked file in the clone
			FileReplacement.write(target, () -> false, out -> resource.save(out, null));
			git.add().addFilepattern(mapMerge.getKey()).call();
			merged.add(target);
			if (!result.clean()) {
				conflicts.put(target, result.conflicts().stream().map(Conflict::getDescription).toList());
			}
		}
		if (conflicts.isEmpty() && unmerged.isEmpty()) {
			git.commit().setMessage(NLS.bind(Messages.MapRepository_mergeMessage, upstream,
					git.getRepository().getBranch())).call();
			return new PullOutcome(PullOutcome.Kind.MERGED, merged, Map.of(), List.of());
		}
		return new PullOutcome(PullOutcome.Kind.CONFLICTS, merged, conflicts, unmerged);
	}

	/** A merge JGit refused outright, for uncommitted changes in its way, is the user's to settle. */
	private org.eclipse.jgit.api.MergeResult checked(org.eclipse.jgit.api.MergeResult result) throws TeamException {
		if (result.getMergeStatus() == org.eclipse.jgit.api.MergeResult.MergeStatus.FAILED
				|| result.getMergeStatus() == org.eclipse.jgit.api.MergeResult.MergeStatus.CHECKOUT_CONFLICT) {
			List<String> inTheWay = new ArrayList<>();
			if (result.getFailingPaths() != null) {
				inTheWay.addAll(result.getFailingPaths().keySet());
			}
			if (result.getCheckoutConflicts() != null) {
				inTheWay.addAll(result.getCheckoutConflicts());
			}
			throw new TeamException(NLS.bind(Messages.MapRepository_localChanges, workTree, String.join(", ", inTheWay)), //$NON-NLS-1$
					null);
		}
		return result;
	}

	/** The maps whose content differs from the merge base on both sides. */
	private List<String> changedOnBothSides(RevCommit base, RevCommit ours, RevCommit theirs) throws IOException {
		List<String> paths = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(git.getRepository())) {
			walk.addTree(base.getTree());
			walk.addTree(ours.getTree());
			walk.addTree(theirs.getTree());
			walk.setRecursive(true);
			walk.setFilter(PathSuffixFilter.create(MAP_SUFFIX));
			while (walk.next()) {
				ObjectId original = walk.getObjectId(0);
				ObjectId our = walk.getObjectId(1);
				ObjectId their = walk.getObjectId(2);
				// a map both sides added, or one both still have and both changed
				if (!our.equals(ObjectId.zeroId()) && !their.equals(ObjectId.zeroId()) && !our.equals(original)
						&& !their.equals(original) && !our.equals(their)) {
					paths.add(walk.getPathString());
				}
			}
		}
		return paths;
	}

	/** The map at {@code path} in {@code commit}, an empty map where it did not exist yet. */
	private ArgumentMap mapAt(RevCommit commit, String path, Path versions) throws IOException, TeamException {
		try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
			if (walk == null) {
				return ArgmapFactory.eINSTANCE.createArgumentMap();
			}
			Path copy = versions.resolve(commit.name()).resolve(path);
			Files.createDirectories(copy.getParent());
			try (OutputStream out = Files.newOutputStream(copy)) {
				git.getRepository().open(walk.getObjectId(0)).copyTo(out);
			}
			ArgumentMap map;
			try {
				map = MapStore.load(copy);
			} catch (MapFileException e) {
				throw new TeamException(NLS.bind(Messages.MapRepository_unreadableVersion,
						new Object[] { path, commit.abbreviate(7).name(), e.getMessage() }), e);
			}
			// the merge matches elements by id: a missing or repeated one is named here, with file and commit
			Diagnostic problems = MapValidator.validateIds(map);
			if (problems.getSeverity() == Diagnostic.ERROR) {
				throw new TeamException(NLS.bind(Messages.MapRepository_unmergeableVersion,
						new Object[] { path, commit.abbreviate(7).name(), problems.getChildren().get(0).getMessage() }),
						null);
			}
			return map;
		}
	}

	/** Pushes the current branch to the remote it follows. */
	public void push(ProgressMonitor monitor) throws TeamException {
		try {
			for (PushResult result : git.push().setProgressMonitor(monitor).setCredentialsProvider(credentials(workTree))
					.setTransportConfigCallback(ssh).call()) {
				for (RemoteRefUpdate update : result.getRemoteUpdates()) {
					if (update.getStatus() != RemoteRefUpdate.Status.OK
							&& update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
						throw new TeamException(NLS.bind(Messages.MapRepository_pushRejected,
								update.getRemoteName(), update.getStatus()), null);
					}
				}
			}
		} catch (GitAPIException | RuntimeException e) {
			throw new TeamException(NLS.bind(Messages.MapRepository_pushFailed, workTree, transportFailure(e)), e);
		}
	}

	/** The commits that changed {@code map}, newest first. */
	public List<MapVersion> history(Path map) throws TeamException {
		Path file = map.toAbsolutePath().normalize();
		try {
			List<MapVersion> versions = new ArrayList<>();
			for (RevCommit commit : git.log().addPath(relative(file)).call()) {
				versions.add(new MapVersion(commit.name(), commit.getAuthorIdent().getName(),
						commit.getAuthorIdent().getWhenAsInstant(), commit.getShortMessage()));
			}
			return versions;
		} catch (GitAPIException | RuntimeException e) {
			throw new TeamException(NLS.bind(Messages.MapRepository_historyFailed, relative(file), e.getMessage()), e);
		}
	}

	/**
	 * JGit's account of a failed connection, with what to do for the two ssh failures whose words (from JGit's
	 * SSH transport) name no remedy: a host key that known_hosts lacks or contradicts, and keys the server refused.
	 */
	private static String transportFailure(Exception failure) {
		String message = failure.getMessage();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransportException && cause.getMessage() != null) {
				if (cause.getMessage().contains("Server key did not validate")) { //$NON-NLS-1$
					return message + Messages.MapRepository_unknownHostKey;
				}
				if (cause.getMessage().contains("Cannot log in at") && cause.getMessage().contains("publickey:")) { //$NON-NLS-1$ //$NON-NLS-2$
					return message + Messages.MapRepository_keysRefused;
				}
			}
		}
		return message;
	}

	/** A path inside the work tree as git names it: relative, with forward slashes. */
	private String relative(Path file) {
		return workTree.relativize(file).toString().replace('\\', '/');
	}

	/**
	 * What git users already configured, {@code ~/.netrc} and git's credential helpers (as configured in
	 * {@code directory}), and then JGit's default provider (set by an application that asks, as the workbench
	 * does) for what they do not hold: passphrases, host keys, a host they lack. Nothing is remembered here.
	 */
	private static CredentialsProvider credentials(Path directory) {
		List<CredentialsProvider> providers = new ArrayList<>();
		providers.add(new NetRCCredentialsProvider());
		providers.add(new GitCredentialHelpers(directory.toFile()));
		if (CredentialsProvider.getDefault() != null) {
			providers.add(CredentialsProvider.getDefault());
		}
		// JGit's chain keeps the remote's refusal (reset) from its members; the helpers need it so as not to give
		// a refused password again and again instead of letting the dialog ask
		return new ChainingCredentialsProvider(providers.toArray(CredentialsProvider[]::new)) {
			@Override
			public void reset(URIish uri) {
				providers.forEach(provider -> provider.reset(uri));
			}
		};
	}

	/** Where git runs for a clone's credentials: the nearest folder of the clone's that exists already. */
	private static Path existingParent(Path directory) {
		Path folder = directory.toAbsolutePath();
		while (folder.getParent() != null && !Files.isDirectory(folder)) {
			folder = folder.getParent();
		}
		return folder;
	}

	private static void deleteTree(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	@Override
	public void close() {
		git.getRepository().close();
	}
}

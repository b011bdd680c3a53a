package org.argmap.core.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import org.argmap.core.text.DocumentLoadException;
import org.argmap.core.text.DocumentLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.ClaimLink;
import org.argmap.model.Node;
import org.argmap.model.persistence.FileVersion;
import org.argmap.model.persistence.MapFileException;
import org.argmap.model.persistence.MapStore;
import org.eclipse.osgi.util.NLS;

/**
 * The full-text index of a corpus folder, kept in {@link CorpusFolder#INDEX_FOLDER} inside it: the text of
 * every document, and the text, label, tags and note of every node of every map. It is brought up to date
 * file by file: a file whose time and size are those it was indexed with is not read again. An index that is
 * missing, damaged, of another version or in a state Lucene cannot open is rebuilt from the files, which
 * are always the truth; the index is only ever a cache of them.
 */
public final class CorpusIndex implements Closeable {

	/** Changes whenever the fields change, so that an index written by another version is rebuilt. */
	private static final String SCHEMA = "argmap-corpus-2"; //$NON-NLS-1$
	private static final String SCHEMA_KEY = "schema"; //$NON-NLS-1$

	private static final String FILE = "file"; //$NON-NLS-1$
	private static final String TYPE = "type"; //$NON-NLS-1$
	private static final String STAMP = "stamp"; //$NON-NLS-1$
	private static final String ID = "id"; //$NON-NLS-1$
	private static final String KIND = "kind"; //$NON-NLS-1$
	private static final String BODY = "body"; //$NON-NLS-1$
	private static final String LABEL = "label"; //$NON-NLS-1$
	private static final String TAGS = "tags"; //$NON-NLS-1$
	private static final String NOTE = "note"; //$NON-NLS-1$
	/** A node's text reduced to its words, so that one claim is found in every map that states it. */
	private static final String CLAIM = "claim"; //$NON-NLS-1$
	/** A node as {@code FILE#ID}, what links between equivalent claims name. */
	private static final String KEY = "key"; //$NON-NLS-1$
	/** The nodes a node is linked to as equivalent, each as the {@link #KEY} it leads to. */
	private static final String LINK = "link"; //$NON-NLS-1$
	/** Links of a node that leave the corpus folder or are no links, as written, never followed. */
	private static final String BAD_LINK = "badLink"; //$NON-NLS-1$
	private static final String DOCUMENT = "document"; //$NON-NLS-1$
	private static final String NODE = "node"; //$NON-NLS-1$
	private static final String[] SEARCHED = { BODY, LABEL, TAGS, NOTE };

	/**
	 * Lucene warns on every start that Java's incubating vector module is not enabled; searching a corpus is
	 * fast without it, and the warning would only puzzle users of the command line. Held here so that the
	 * logger, and with it its level, is not collected.
	 */
	private static final Logger VECTORIZATION_LOG = quiet("org.apache.lucene.internal.vectorization"); //$NON-NLS-1$

	private final Path folder;
	private final Path indexFolder;
	private final Analyzer analyzer = new EnglishAnalyzer();
	/** Why each unreadable file could not be read, by its name. */
	private final Map<String, String> problems = new TreeMap<>();
	private Directory directory;
	private IndexWriter writer;
	private SearcherManager searchers;
	private boolean rebuilt;
	/** Whether the index holds the files as this version indexes them, so that it may be updated file by file. */
	private boolean current;

	private static Logger quiet(String name) {
		Logger logger = Logger.getLogger(name);
		logger.setLevel(Level.SEVERE);
		return logger;
	}

	private CorpusIndex(Path folder) {
		this.folder = folder;
		this.indexFolder = folder.resolve(CorpusFolder.INDEX_FOLDER);
	}

	/**
	 * Opens the index of the corpus {@code folder} and brings it up to date with the files; a missing or
	 * damaged index is rebuilt.
	 *
	 * @throws CorpusInUseException when another Argmap has this corpus's index open right now
	 */
	public static CorpusIndex open(Path folder) throws IOException {
		CorpusIndex index = openAsItIs(folder);
		index.update();
		return index;
	}

	/**
	 * Makes the map just saved searchable, as after the workbench saved it: opens the index of {@code corpus},
	 * indexes {@code saved} from memory and commits. The folder is scanned, and the saved file read with the
	 * rest, only when the index was missing, damaged or of another version; other files changed meanwhile are
	 * caught up by the next search, which always scans.
	 *
	 * @throws CorpusInUseException when another Argmap has this corpus's index open right now
	 */
	public static void updateAfterSave(Path corpus, SavedMap saved) throws IOException {
		try (CorpusIndex index = openAsItIs(corpus)) {
			if (index.current) {
				// committed without first making it searchable here: nobody searches this short-lived index
				index.problems.remove(saved.name);
				index.writer.updateDocuments(new Term(FILE, saved.name), saved.documents);
				index.writer.commit();
				// all is committed: closing need not wait for the merges the update started, the next writer does them
				index.writer.rollback();
			} else {
				index.update();
			}
		}
	}

	/** Opens the index of {@code folder} without looking at the files; a damaged one is opened empty. */
	private static CorpusIndex openAsItIs(Path folder) throws IOException {
		CorpusIndex index = new CorpusIndex(folder);
		try {
			index.openIndex();
		} catch (LockObtainFailedException e) {
			throw new CorpusInUseException(folder, e);
		} catch (IOException | RuntimeException damaged) {
			index.rebuildFromScratch();
		}
		return index;
	}

	private void openIndex() throws IOException {
		Files.createDirectories(indexFolder);
		directory = new NIOFSDirectory(indexFolder); // plain reads: memory mapping needs what a wrapped jar may lose
		writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
		if (DirectoryReader.indexExists(directory)) {
			current = SCHEMA.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY));
			if (!current) {
				writer.deleteAll();
			}
		}
		writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
		// opening every segment checks their headers and footers now rather than at the first search
		searchers = new SearcherManager(writer, null);
	}

	private void rebuildFromScratch() throws IOException {
		closeQuietly();
		if (Files.exists(indexFolder)) {
			try (Stream<Path> files = Files.walk(indexFolder)) {
				for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
					Files.delete(file);
				}
			}
		}
		openIndex();
		rebuilt = true;
		current = false;
	}

	/** Whether opening found the index missing or damaged and built it anew. */
	public boolean rebuilt() {
		return rebuilt;
	}

	/** Why files could not be read when they were last indexed, one message each naming the file. */
	public synchronized List<String> problems() {
		return List.copyOf(problems.values());
	}

	/**
	 * Reads again every map and document whose time or size changed since it was indexed, adds new ones and
	 * forgets removed ones.
	 *
	 * @return how many files were read
	 */
	public synchronized int update() throws IOException {
		Map<String, String> indexed = indexedStamps();
		int read = 0;
		for (String name : CorpusFolder.files(folder)) {
			String stamp = stampOf(folder.resolve(name));
			if (!stamp.equals(indexed.remove(name))) {
				index(name, stamp);
				read++;
			}
		}
		for (String gone : indexed.keySet()) {
			problems.remove(gone);
			writer.deleteDocuments(new Term(FILE, gone));
		}
		commit();
		return read;
	}

	/** Reads the map or document {@code file} again at once, or forgets it when it is gone. */
	public synchronized void update(Path file) throws IOException {
		String name = nameOf(folder, file);
		if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			index(name, stampOf(file));
		} else {
			problems.remove(name);
			writer.deleteDocuments(new Term(FILE, name));
		}
		// Searchable at once without a commit's disk syncs: should Argmap stop before the next commit, the
		// committed stamps are older than the file and the next update reads it again.
		searchers.maybeRefreshBlocking();
	}

	private static String nameOf(Path folder, Path file) {
		return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	/**
	 * What the index holds of one map, taken from the map in memory right after it was saved, together with its
	 * file's time and size then. Taken on the thread that owns the map, it can be indexed later on another while
	 * the user goes on editing.
	 */
	public static final class SavedMap {

		private final String name;
		private final List<Document> documents;

		private SavedMap(String name, List<Document> documents) {
			this.name = name;
			this.documents = documents;
		}

		/** {@code map} as just saved to {@code file}, a map of the corpus {@code corpus}. */
		public static SavedMap of(Path corpus, Path file, ArgumentMap map) throws IOException {
			return of(corpus, file, map, stampOf(file));
		}

		/**
		 * {@code map} as a save wrote it to {@code file}, in the version the save reported: a write by another
		 * program right after the save is then not stamped as this map, and the next search reads it.
		 */
		public static SavedMap of(Path corpus, Path file, ArgumentMap map, FileVersion written) {
			return of(corpus, file, map, stamp(written.modified(), written.size()));
		}

		private static SavedMap of(Path corpus, Path file, ArgumentMap map, String stamp) {
			String name = nameOf(corpus, file);
			List<Document> documents = new ArrayList<>();
			documents.add(stampDocument(name, stamp));
			for (Node node : map.getNodes()) {
				documents.add(nodeDocument(name, node));
			}
			return new SavedMap(name, List.copyOf(documents));
		}
	}

	private void commit() throws IOException {
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	private Map<String, String> indexedStamps() throws IOException {
		Map<String, String> stamps = new HashMap<>();
		IndexSearcher searcher = searchers.acquire();
		try {
			Query query = new TermQuery(new Term(TYPE, STAMP));
			int count = Math.max(1, searcher.count(query));
			StoredFields fields = searcher.storedFields();
			for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
				Document document = fields.document(hit.doc, Set.of(FILE, STAMP));
				stamps.put(document.get(FILE), document.get(STAMP));
			}
		} finally {
			searchers.release(searcher);
		}
		return stamps;
	}

	private static String stampOf(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		return stamp(attributes.lastModifiedTime(), attributes.size());
	}

	private static String stamp(FileTime modified, long size) {
		return modified.toMillis() + ":" + size; //$NON-NLS-1$
	}

	private static Document stampDocument(String name, String stamp) {
		Document document = new Document();
		document.add(new StringField(FILE, name, Field.Store.YES));
		document.add(new StringField(TYPE, STAMP, Field.Store.NO));
		document.add(new StoredField(STAMP, stamp));
		return document;
	}

	/** Replaces what the index holds of {@code name} in one step; an unreadable file is noted and holds nothing. */
	private void index(String name, String stamp) throws IOException {
		problems.remove(name);
		List<Document> documents = new ArrayList<>();
		documents.add(stampDocument(name, stamp));
		Path file = folder.resolve(name);
		try {
			if (CorpusFolder.isMap(name)) {
				for (Node node : MapStore.load(file).getNodes()) {
					documents.add(nodeDocument(name, node));
				}
			} else {
				Document document = new Document();
				document.add(new StringField(FILE, name, Field.Store.YES));
				document.add(new StringField(TYPE, DOCUMENT, Field.Store.YES));
				document.add(new TextField(BODY, DocumentLoader.load(file).text(), Field.Store.YES));
				documents.add(document);
			}
		} catch (MapFileException | DocumentLoadException e) {
			problems.put(name, e.getMessage());
		}
		writer.updateDocuments(new Term(FILE, name), documents);
	}

	private static Document nodeDocument(String file, Node node) {
		Document document = new Document();
		document.add(new StringField(FILE, file, Field.Store.YES));
		document.add(new StringField(TYPE, NODE, Field.Store.YES));
		document.add(new StoredField(ID, node.getId() == null ? "" : node.getId())); //$NON-NLS-1$
		document.add(new StoredField(KIND, node.eClass().getName().toLowerCase(Locale.ROOT)));
		String text = node.getText() == null ? "" : node.getText(); //$NON-NLS-1$
		document.add(new TextField(BODY, text, Field.Store.YES));
		document.add(new StringField(CLAIM, claimKey(text), Field.Store.NO));
		document.add(new StringField(KEY, file + "#" + node.getId(), Field.Store.NO)); //$NON-NLS-1$
		for (String equivalent : node.getEquivalents()) {
			ClaimLink link = ClaimLink.parse(equivalent);
			String target = link == null ? null : EquivalentClaims.key(file, link);
			document.add(target != null ? new StringField(LINK, target, Field.Store.YES) : new StoredField(BAD_LINK, equivalent));
		}
		if (node.getLabel() != null) {
			document.add(new TextField(LABEL, node.getLabel(), Field.Store.YES));
		}
		if (!node.getTags().isEmpty()) {
			document.add(new TextField(TAGS, String.join(", ", node.getTags()), Field.Store.YES)); //$NON-NLS-1$
		}
		if (node.getNote() != null) {
			document.add(new TextField(NOTE, node.getNote(), Field.Store.YES));
		}
		return document;
	}

	/** What two statements of one claim share: their words, lower case, without punctuation or spacing. */
	static String claimKey(String text) {
		return String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The best {@code limit} documents and nodes for {@code query} in Lucene's syntax (words, {@code "a
	 * phrase"}, {@code AND}/{@code OR}/{@code NOT}, {@code tags:premise}, {@code note:...}, {@code label:...}),
	 * each with where its words occur in its text.
	 */
	public synchronized List<SearchHit> search(String query, int limit) throws IOException, CorpusQueryException {
		Query parsed;
		try {
			parsed = new MultiFieldQueryParser(SEARCHED, analyzer).parse(query);
		} catch (ParseException | RuntimeException e) {
			throw new CorpusQueryException(query, e.getMessage() == null ? e.toString() : e.getMessage(), e);
		}
		return run(parsed, limit);
	}

	/**
	 * The best {@code limit} nodes whose text shares words with {@code text}, taken as plain words rather than
	 * query syntax: the claims a user may mean as stating the same as a claim of that text.
	 */
	public synchronized List<SearchHit> nodesLike(String text, int limit) throws IOException {
		Query words;
		try {
			words = new QueryParser(BODY, analyzer).parse(QueryParser.escape(text));
		} catch (ParseException e) {
			return List.of(); // nothing left to search for, as in a text of no words
		}
		if (words == null) {
			return List.of();
		}
		return run(new BooleanQuery.Builder().add(words, Occur.MUST).add(new TermQuery(new Term(TYPE, NODE)), Occur.FILTER)
				.build(), limit);
	}

	/**
	 * Every node, in every map, that states {@code claimText} (the same words, whatever the case or
	 * punctuation), and every node linked to one of them as equivalent, in either direction and through other
	 * links.
	 */
	public synchronized SameClaim mapsStating(String claimText) throws IOException {
		return sameClaim(new TermQuery(new Term(CLAIM, claimKey(claimText))));
	}

	/** The node {@code nodeId} of the map {@code file} and every node linked to it as equivalent, as {@link #mapsStating}. */
	public synchronized SameClaim sameClaimAs(String file, String nodeId) throws IOException {
		return sameClaim(new TermQuery(new Term(KEY, file + "#" + nodeId))); //$NON-NLS-1$
	}

	/**
	 * The nodes {@code seeds} finds and all those linked to them, followed breadth first. Links are followed
	 * both ways, so that one map's link joins both maps' claims whichever map holds it. Links are only looked
	 * up in the index: a link to a map or node that is not there is reported, never read from disk.
	 */
	private SameClaim sameClaim(Query seeds) throws IOException {
		Map<String, SearchHit> found = new LinkedHashMap<>();
		Set<String> broken = new LinkedHashSet<>();
		Deque<String> todo = new ArrayDeque<>();
		IndexSearcher searcher = searchers.acquire();
		try {
			for (SearchHit hit : run(seeds, Math.max(1, searcher.count(seeds)))) {
				if (found.putIfAbsent(keyOf(hit), hit) == null) {
					todo.add(keyOf(hit));
				}
			}
			StoredFields fields = searcher.storedFields();
			while (!todo.isEmpty()) {
				String key = todo.poll();
				Set<String> linked = new LinkedHashSet<>();
				for (ScoreDoc own : searcher.search(new TermQuery(new Term(KEY, key)), 1).scoreDocs) {
					Document document = fields.document(own.doc, Set.of(LINK, BAD_LINK));
					linked.addAll(List.of(document.getValues(LINK)));
					for (String bad : document.getValues(BAD_LINK)) {
						broken.add(NLS.bind(Messages.Link_malformed, new Object[] { file(key), id(key), bad }));
					}
				}
				Query linking = new TermQuery(new Term(LINK, key));
				for (ScoreDoc other : searcher.search(linking, Math.max(1, searcher.count(linking))).scoreDocs) {
					Document document = fields.document(other.doc, Set.of(FILE, ID));
					linked.add(document.get(FILE) + "#" + document.get(ID)); //$NON-NLS-1$
				}
				for (String target : linked) {
					if (found.containsKey(target)) {
						continue;
					}
					List<SearchHit> hit = run(new TermQuery(new Term(KEY, target)), 1);
					if (hit.isEmpty()) {
						boolean mapThere = searcher.count(new TermQuery(new Term(FILE, file(target)))) > 0;
						broken.add(NLS.bind(mapThere ? Messages.Link_nodeGone : Messages.Link_mapGone,
								new Object[] { file(key), id(key), file(target), id(target) }));
					} else {
						found.put(target, hit.get(0));
						todo.add(target);
					}
				}
			}
		} finally {
			searchers.release(searcher);
		}
		return new SameClaim(List.copyOf(found.values()), List.copyOf(broken));
	}

	private static String keyOf(SearchHit hit) {
		return hit.file() + "#" + hit.nodeId(); //$NON-NLS-1$
	}

	private static String file(String key) {
		return key.substring(0, key.lastIndexOf('#'));
	}

	private static String id(String key) {
		return key.substring(key.lastIndexOf('#') + 1);
	}

	private List<SearchHit> run(Query query, int limit) throws IOException {
		Query withoutStamps = new BooleanQuery.Builder().add(query, Occur.MUST)
				.add(new TermQuery(new Term(TYPE, STAMP)), Occur.MUST_NOT).build();
		Set<Term> terms = new HashSet<>();
		query.visit(QueryVisitor.termCollector(terms));
		IndexSearcher searcher = searchers.acquire();
		try {
			StoredFields fields = searcher.storedFields();
			List<SearchHit> hits = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(withoutStamps, limit).scoreDocs) {
				Document document = fields.document(hit.doc);
				boolean isDocument = DOCUMENT.equals(document.get(TYPE));
				String text = document.get(BODY);
				hits.add(new SearchHit(document.get(FILE), isDocument ? null : document.get(ID),
						isDocument ? DOCUMENT : document.get(KIND), text, document.get(LABEL),
						matches(text, terms), hit.score));
			}
			return hits;
		} finally {
			searchers.release(searcher);
		}
	}

	/** Where the words of {@code terms} occur in {@code text}, found by the analyzer that indexed it. */
	private List<int[]> matches(String text, Set<Term> terms) throws IOException {
		Set<String> words = new HashSet<>();
		for (Term term : terms) {
			if (BODY.equals(term.field())) {
				words.add(term.text());
			}
		}
		List<int[]> matches = new ArrayList<>();
		if (words.isEmpty() || text == null) {
			return matches;
		}
		try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				if (words.contains(term.toString())) {
					matches.add(new int[] { offset.startOffset(), offset.endOffset() });
				}
			}
			tokens.end();
		}
		return matches;
	}

	@Override
	public synchronized void close() throws IOException {
		try {
			if (searchers != null) {
				searchers.close();
			}
			if (writer != null && writer.isOpen()) {
				writer.close();
			}
		} finally {
			if (directory != null) {
				directory.close();
			}
		}
	}

	private void closeQuietly() {
		try {
			close();
		} catch (IOException | RuntimeException e) {
			// the index is being thrown away: what it fails to release is deleted next
		}
		searchers = null;
		writer = null;
		directory = null;
	}
}

package org.bitext.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.terms.TermTable;
import org.bitext.terms.TermTableFile;

/**
 * An open concordance index: thread-safe searches over the latest commit seen (a {@link SearcherManager}),
 * with {@link #refresh()} to pick up a newer commit written by another process or a re-index, and the term
 * table of its folder, re-read whenever that file changes.
 */
public final class BitextIndex implements Closeable {

    private final Path dir;
    private final Directory directory;
    /** Replaced (never closed under a search) when a rebuild cannot be refreshed incrementally. */
    private volatile SearcherManager manager;
    private final TranslationDictionary dictionary;
    private final TermTableFile terms;
    private IndexReader statsReader;
    private Map<String, Long> stats = new ConcurrentHashMap<>();

    private BitextIndex(Path dir, Directory directory, SearcherManager manager, TranslationDictionary dictionary) {
        this.dir = dir;
        this.directory = directory;
        this.manager = manager;
        this.dictionary = dictionary;
        this.terms = new TermTableFile(dir);
    }

    /** Opens the index in {@code dir}; a missing or foreign index is a BadInputException saying what to do. */
    public static BitextIndex open(Path dir, TranslationDictionary dictionary) throws IOException {
        Objects.requireNonNull(dictionary, "dictionary");
        IndexFolder.checkReadable(dir);
        Directory d = FSDirectory.open(dir);
        try {
            return new BitextIndex(dir, d, new SearcherManager(d, null), dictionary);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    public SearchResult search(SearchRequest request) throws IOException {
        SearcherManager m = manager;
        IndexSearcher s = m.acquire();
        try {
            if (request.document() != null
                    && s.count(new TermQuery(new Term(UnitFields.DOCUMENT, request.document()))) == 0) {
                // "no match" would read as if the document existed and lacked the query.
                throw new org.bitext.text.BadInputException(null, "no document '" + request.document()
                        + "' in the index");
            }
            return Concordance.search(s, terms.current(), dictionary, statsCache(s), request);
        } finally {
            m.release(s);
        }
    }

    /** Translation-memory lookup: the units most similar to the request's text, with match % (see {@link TmLookup}). */
    public TmResult lookup(TmRequest request) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return TmLookup.lookup(s, request);
        } finally {
            manager.release(s);
        }
    }

    /** The lookup with {@code candidates} candidates scored instead of the default (tests, benchmarks). */
    public TmResult lookup(TmRequest request, int candidates) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return TmLookup.lookup(s, request, candidates);
        } finally {
            manager.release(s);
        }
    }

    /** The same lookup scoring every unit instead of the index's candidates: the reference for recall. */
    public TmResult lookupExhaustive(TmRequest request) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return TmLookup.exhaustive(s, request);
        } finally {
            manager.release(s);
        }
    }

    /** The term-statistics cache of the searcher's reader (a new reader starts a new cache). */
    private Map<String, Long> statsCache(IndexSearcher s) {
        synchronized (this) {
            if (statsReader != s.getIndexReader()) {
                statsReader = s.getIndexReader();
                stats = new ConcurrentHashMap<>();
            }
            return stats;
        }
    }

    /** The sentence units of one paragraph pair, in order. */
    public List<AlignedPair> paragraph(String document, String paragraph) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(UnitFields.LEVEL, Level.SENTENCE.code())), Occur.FILTER)
                .add(new TermQuery(new Term(UnitFields.DOCUMENT, document)), Occur.FILTER)
                .add(new TermQuery(new Term(UnitFields.PARAGRAPH, paragraph)), Occur.FILTER)
                .build();
        SearcherManager m = manager;
        IndexSearcher s = m.acquire();
        try {
            int n = Math.max(1, s.count(q));
            TopDocs top = s.search(q, n);
            StoredFields stored = s.storedFields();
            List<AlignedPair> out = new ArrayList<>();
            for (var sd : top.scoreDocs) {
                out.add(UnitFields.read(stored, sd.doc));
            }
            out.sort(Comparator.comparingInt(AlignedPair::unit));
            return out;
        } finally {
            m.release(s);
        }
    }

    /** Calls {@code consumer} for every unit of {@code level}, in index order. */
    public void forEachUnit(Level level, Consumer<AlignedPair> consumer) throws IOException {
        SearcherManager m = manager;
        IndexSearcher s = m.acquire();
        try {
            Query q = new TermQuery(new Term(UnitFields.LEVEL, level.code()));
            Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Scorer scorer = w.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        consumer.accept(UnitFields.read(stored, doc));
                    }
                }
            }
        } finally {
            m.release(s);
        }
    }

    /**
     * Picks up the latest commit; searches in flight finish on the old one. When the
     * folder was rebuilt from scratch (its segments replaced under the same names, which an incremental
     * reopen refuses: "invalid doc count change"), the index is opened afresh instead.
     *
     * @throws IOException when neither works (the index is gone or half written): the old searcher stays
     */
    public void refresh() throws IOException {
        SearcherManager m = manager;
        try {
            m.maybeRefreshBlocking();
            String onDisk = IndexFolder.userData(dir).map(d -> d.get(IndexFolder.BUILD_KEY)).orElse(null);
            if (onDisk != null && !onDisk.equals(build(m))) {
                throw new IllegalStateException("the index was rebuilt");
            }
        } catch (IOException | RuntimeException e) {
            reopen(m, e);
        }
    }

    /**
     * The term table of this index folder, as search spots with it: re-read when the file changes (see
     * {@link TermTableFile}), so no refresh is needed after a terms run.
     */
    public Optional<TermTable> termTable() {
        return terms.current();
    }

    private static String build(SearcherManager m) throws IOException {
        IndexSearcher s = m.acquire();
        try {
            return ((org.apache.lucene.index.DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData()
                    .get(IndexFolder.BUILD_KEY);
        } finally {
            m.release(s);
        }
    }

    private synchronized void reopen(SearcherManager old, Exception why) throws IOException {
        if (manager != old) {
            return; // another thread reopened meanwhile
        }
        SearcherManager fresh;
        try {
            IndexFolder.checkReadable(dir);
            fresh = new SearcherManager(directory, null);
        } catch (IOException | RuntimeException e) {
            e.addSuppressed(why);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        manager = fresh;
        // Searches holding the old searcher keep it until they release it (reference counted).
        old.close();
    }

    /** The commit generation the searcher reads (grows with every commit, restarts after a rebuild). */
    public long generation() throws IOException {
        SearcherManager m = manager;
        IndexSearcher s = m.acquire();
        try {
            return ((org.apache.lucene.index.DirectoryReader) s.getIndexReader()).getIndexCommit().getGeneration();
        } finally {
            m.release(s);
        }
    }

    /** Units in the index at {@code level}. */
    public long count(Level level) throws IOException {
        SearcherManager m = manager;
        IndexSearcher s = m.acquire();
        try {
            return s.count(new TermQuery(new Term(UnitFields.LEVEL, level.code())));
        } finally {
            m.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }
}

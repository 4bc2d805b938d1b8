package org.bitext.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.bitext.align.AlignedPair;
import org.bitext.text.BadInputException;

/**
 * Brings an index folder up to date with a list of sources, incrementally: unchanged sources (same content
 * hash) are skipped, changed ones replaced, vanished ones deleted, all in ONE commit at the end so that a run
 * killed half way leaves the previous commit intact and searchable. An unchanged corpus writes nothing.
 */
public final class Indexer {

    /** Documents per addDocuments call: large enough to amortise, small enough to spread over threads. */
    private static final int CHUNK = 2_000;

    private final Path indexDir;
    private final PairSource pairSource;
    private final int threads;
    private final double ramBufferMb;

    public Indexer(Path indexDir, PairSource pairSource, int threads, double ramBufferMb) {
        this.indexDir = Objects.requireNonNull(indexDir, "indexDir");
        this.pairSource = Objects.requireNonNull(pairSource, "pairSource");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
        this.ramBufferMb = ramBufferMb;
    }

    public Indexer(Path indexDir, PairSource pairSource) {
        this(indexDir, pairSource, Math.max(1, Runtime.getRuntime().availableProcessors()), 256);
    }

    /**
     * Updates the index to hold exactly {@code sources}.
     *
     * @param corpusLabel recorded in the commit (the corpus folder) so that search can tell which corpus the
     *                    index mirrors; may be null
     */
    public IndexReport update(List<Source> sources, String corpusLabel, List<String> warnings, IndexProgress progress)
            throws IOException {
        return update(sources, corpusLabel, warnings, progress, false);
    }

    /**
     * As {@link #update(List, String, List, IndexProgress)}; a run that would delete every source of a
     * non-empty index (an empty or a different corpus) is refused unless {@code replace}.
     */
    public IndexReport update(List<Source> sources, String corpusLabel, List<String> warnings, IndexProgress progress,
                              boolean replace) throws IOException {
        long t0 = System.nanoTime();
        IndexFolder.claim(indexDir);
        Optional<Map<String, String>> data = IndexFolder.userData(indexDir);
        boolean sameFormat = data.map(d -> IndexFolder.FORMAT.equals(d.get(IndexFolder.FORMAT_KEY))).orElse(false);
        Map<String, String> indexed = sameFormat ? indexedHashes() : Map.of();

        Map<String, Source> wanted = new LinkedHashMap<>();
        for (Source s : sources) {
            Source before = wanted.put(s.key(), s);
            if (before != null) {
                throw new BadInputException(s.files().get(0), "has the same document name '" + s.key() + "' as "
                        + before.files().get(0) + "; rename one of them");
            }
        }
        List<Source> changed = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Source s : wanted.values()) {
            String old = indexed.get(s.key());
            if (old == null) {
                changed.add(s);
                added++;
            } else if (!old.equals(s.hash())) {
                changed.add(s);
                updated++;
            } else {
                unchanged++;
            }
        }
        List<String> removed = indexed.keySet().stream().filter(k -> !wanted.containsKey(k)).sorted().toList();
        String oldLabel = data.map(d -> d.get(IndexFolder.CORPUS_KEY)).orElse(null);
        boolean labelChanged = corpusLabel != null && !corpusLabel.equals(oldLabel);
        if (!replace && !indexed.isEmpty() && removed.size() == indexed.size()) {
            throw new BadInputException(indexDir, "this run would delete all " + indexed.size() + " sources of the"
                    + " index (the corpus has none of them: empty, or another corpus); give --replace to do that,"
                    + " or choose another --index folder");
        }
        if (sameFormat && changed.isEmpty() && removed.isEmpty() && !labelChanged) {
            removeOrphans();
            return new IndexReport(wanted.size(), 0, 0, 0, unchanged, 0, List.of(), warnings, false, millis(t0));
        }
        Map<String, String> documentOwner = new ConcurrentHashMap<>();
        for (Source s : wanted.values()) {
            if (s.kind() == Source.Kind.PAIR) {
                documentOwner.put(CorpusPairSource.documentName(s.key()), s.key());
            }
        }

        Map<String, String> errors = new ConcurrentHashMap<>();
        AtomicLong units = new AtomicLong();
        IndexWriterConfig cfg = new IndexWriterConfig(BitextAnalyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(ramBufferMb)
                // Flushed segments are merged soon anyway; packing each into a compound file is wasted copying.
                .setUseCompoundFile(false);
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter w = openWriter(dir, cfg)) {
            try {
                if (!sameFormat) {
                    w.deleteAll();
                }
                for (String key : removed) {
                    w.deleteDocuments(new Term(UnitFields.SOURCE, key));
                }
                writeChanged(w, changed, indexed.keySet(), documentOwner, errors, units, progress);
                if (sameFormat && removed.isEmpty() && !labelChanged && errors.size() == changed.size()) {
                    // Every changed source failed (a corrupt file, say): nothing to write, keep the commit.
                    w.rollback();
                    return new IndexReport(wanted.size(), 0, 0, 0, unchanged, 0, sorted(errors), warnings, false,
                            millis(t0));
                }
                Map<String, String> user = new HashMap<>();
                user.put(IndexFolder.FORMAT_KEY, IndexFolder.FORMAT);
                String build = sameFormat ? data.map(d -> d.get(IndexFolder.BUILD_KEY)).orElse(null) : null;
                user.put(IndexFolder.BUILD_KEY, build != null ? build : java.util.UUID.randomUUID().toString());
                String label = corpusLabel != null ? corpusLabel : oldLabel;
                if (label != null) {
                    user.put(IndexFolder.CORPUS_KEY, label);
                }
                w.setLiveCommitData(user.entrySet());
                w.commit();
            } catch (IOException | RuntimeException e) {
                w.rollback();
                throw e;
            }
        }
        List<String> sortedErrors = sorted(errors);
        long failedNew = errors.keySet().stream().filter(k -> !indexed.containsKey(k)).count();
        long failedOld = errors.size() - failedNew;
        return new IndexReport(wanted.size(), (int) (added - failedNew), (int) (updated - failedOld),
                removed.size(), unchanged, units.get(), sortedErrors, warnings, true, millis(t0));
    }

    /**
     * Aligns (or reads) the changed sources in parallel and adds their documents in chunks, so that one big
     * source also keeps every core busy. Deleting a source's old units before adding the new ones is safe:
     * a Lucene delete only applies to documents added before it, and nothing is visible before the commit.
     */
    private void writeChanged(IndexWriter w, List<Source> changed, Set<String> existing,
                              Map<String, String> documentOwner, Map<String, String> errors,
                              AtomicLong units, IndexProgress progress) throws IOException {
        if (changed.isEmpty()) {
            return;
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "bitext-indexer"));
        // Chunks go to their own small pool with a short queue; when it is full the source's thread adds the
        // chunk itself. Sources are thus built only as fast as Lucene takes their documents: memory holds a
        // few sources' documents, not the whole corpus (which queued behind the sources before).
        ThreadPoolExecutor adders = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads), r -> daemon(r, "bitext-adder"),
                new ThreadPoolExecutor.CallerRunsPolicy());
        Queue<Future<?>> futures = new ConcurrentLinkedQueue<>();
        try {
            for (Source s : changed) {
                futures.add(pool.submit(() -> {
                    try {
                        List<AlignedPair> pairs = UnitFields.indexed(pairSource.pairs(s));
                        checkOwnDocuments(s, pairs, documentOwner);
                        if (existing.contains(s.key())) {
                            w.deleteDocuments(new Term(UnitFields.SOURCE, s.key()));
                        }
                        for (int from = 0; from < pairs.size(); from += CHUNK) {
                            List<AlignedPair> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
                            futures.add(adders.submit(() -> {
                                w.addDocuments(UnitFields.units(s.key(), chunk));
                                return null;
                            }));
                        }
                        w.addDocument(UnitFields.sourceMarker(s.key(), s.hash()));
                        units.addAndGet(pairs.size());
                    } catch (BadInputException e) {
                        // The old version of this source (if any) stays; its hash is not updated, so the next
                        // run tries again. Other sources are still indexed.
                        errors.put(s.key(), e.getMessage());
                    }
                    progress.update(done.incrementAndGet(), changed.size(), units.get());
                    return null;
                }));
            }
            Future<?> f;
            while ((f = futures.poll()) != null) {
                await(f);
            }
            // Flush the last buffered documents on every thread: the commit would flush them all in one thread.
            List<Future<?>> flushes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                flushes.add(adders.submit(() -> {
                    while (w.flushNextBuffer()) {
                        // one thread-local buffer per call
                    }
                    return null;
                }));
            }
            for (Future<?> fl : flushes) {
                await(fl);
            }
        } finally {
            pool.shutdownNow();
            adders.shutdownNow();
        }
    }

    /**
     * A TMX names its documents itself ({@code x-document}); units of a document that another source owns
     * would slip into that document's paragraphs, so such a TMX is refused (named), not merged.
     */
    private static void checkOwnDocuments(Source s, List<AlignedPair> pairs, Map<String, String> owner) {
        if (s.kind() != Source.Kind.TMX) {
            return;
        }
        Set<String> documents = new java.util.TreeSet<>();
        pairs.forEach(p -> documents.add(p.document()));
        for (String d : documents) {
            String other = owner.putIfAbsent(d, s.key());
            if (other != null && !other.equals(s.key())) {
                throw new BadInputException(s.files().get(0), "document '" + d + "' (x-document) is also the"
                        + " document of " + other + "; TMX not indexed (rename the document in the TMX)");
            }
        }
    }

    /** Opens the writer; a lock held by another process is said in words. */
    private IndexWriter openWriter(Directory dir, IndexWriterConfig cfg) throws IOException {
        try {
            return new IndexWriter(dir, cfg);
        } catch (LockObtainFailedException e) {
            throw new BadInputException(indexDir, "another bitext is indexing into this folder (its write.lock is"
                    + " held); wait until it has finished", e);
        }
    }

    /**
     * Deletes the files of a run that died before its commit (Lucene removes unreferenced files when a
     * writer opens); nothing else changes: the writer is rolled back.
     */
    private void removeOrphans() throws IOException {
        if (IndexFolder.orphans(indexDir).isEmpty()) {
            return;
        }
        IndexWriterConfig cfg = new IndexWriterConfig(BitextAnalyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false);
        try (Directory dir = FSDirectory.open(indexDir)) {
            new IndexWriter(dir, cfg).rollback();
        } catch (LockObtainFailedException e) {
            // Another bitext is indexing: the files are its work in progress, not orphans; nothing to do.
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        }
    }

    /** source key -> content hash of every source in the latest commit. */
    private Map<String, String> indexedHashes() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader r = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(r);
            TermQuery q = new TermQuery(new Term(UnitFields.KIND, UnitFields.KIND_SOURCE));
            int n = Math.max(1, s.count(q));
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(q, n).scoreDocs) {
                Document d = stored.document(sd.doc);
                out.put(d.get(UnitFields.SOURCE), d.get(UnitFields.HASH));
            }
        }
        return out;
    }

    private static List<String> sorted(Map<String, String> errors) {
        List<String> out = new ArrayList<>(errors.values());
        Collections.sort(out);
        return out;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}

package org.bitext.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bitext.align.AlignedPair;

/**
 * The extraction pass of {@link LocalRunner} as a pipeline, so that no core idles at a chunk boundary: the
 * caller's thread reads units into chunks; a pool extracts each chunk's candidates (one task a slice of the
 * chunk); the English counts and the unit file are done on the caller's thread and the Chinese counts on a
 * thread of their own, chunk after chunk in ordinal order, while the pool already extracts the next chunk.
 * The counts see the units in the same order as a sequential run, so the result is the same whatever the
 * threads. At most three chunks are held: one being read, one being extracted, one being counted.
 */
final class ChunkPipeline implements AutoCloseable {

    /** A unit's candidates and the keys the unit file keeps of them. */
    private record Done(UnitTerms terms, UnitKeys keys) {
    }

    /** An extracted (or still extracting) chunk. */
    private record Extracted(CompletableFuture<Done[]> done, long first, int size) {
    }

    private final int chunkSize;
    private final Specials specials;
    private final StatsSpill zhStats;
    private final StatsSpill enStats;
    private final SpillOutput out;
    private final Consumer<String> progress;
    private final int slices;
    private final ExecutorService workers;
    private final ExecutorService chinese;
    private List<AlignedPair> chunk;
    private long next;
    private Extracted inFlight;
    private CompletableFuture<Void> chineseCount = CompletableFuture.completedFuture(null);

    ChunkPipeline(int chunkSize, Specials specials, StatsSpill zhStats, StatsSpill enStats, SpillOutput out,
                  Consumer<String> progress) {
        this.chunkSize = chunkSize;
        this.specials = specials;
        this.zhStats = zhStats;
        this.enStats = enStats;
        this.out = out;
        this.progress = progress;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        // Several slices a thread: units differ in cost, and a thread that is done early takes the next slice.
        this.slices = threads * 4;
        this.workers = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().daemon().name("bitext-terms-extract-", 0).factory());
        this.chinese = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("bitext-terms-count-zh").factory());
        this.chunk = new ArrayList<>(chunkSize);
    }

    /** Adds the next usable unit (ordinals are given in the order units are added). */
    void add(AlignedPair p) {
        chunk.add(p);
        if (chunk.size() == chunkSize) {
            flush();
        }
    }

    /** Extracts and counts what is left; returns the number of units added. */
    long finish() {
        if (!chunk.isEmpty()) {
            flush();
        }
        if (inFlight != null) {
            count(inFlight);
            inFlight = null;
        }
        join(chineseCount);
        return next;
    }

    private void flush() {
        Extracted started = extract(chunk, next);
        next += chunk.size();
        chunk = new ArrayList<>(chunkSize);
        Extracted previous = inFlight;
        inFlight = started;
        if (previous != null) {
            count(previous);
        }
    }

    private Extracted extract(List<AlignedPair> units, long first) {
        int n = units.size();
        Done[] done = new Done[n];
        int per = Math.max(1, (n + slices - 1) / slices);
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        for (int from = 0; from < n; from += per) {
            int start = from;
            int end = Math.min(n, from + per);
            parts.add(CompletableFuture.runAsync(() -> {
                for (int i = start; i < end; i++) {
                    UnitTerms t = TermsMap.extract(first + i, units.get(i), specials);
                    done[i] = new Done(t, t.keys());
                }
            }, workers));
        }
        CompletableFuture<Done[]> all = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                .thenApply(v -> done);
        return new Extracted(all, first, n);
    }

    /** Counts one extracted chunk: English and the unit file here, Chinese on its thread (after the last chunk's). */
    private void count(Extracted chunk) {
        Done[] done = join(chunk.done());
        // The Chinese thread must be done with the previous chunk before it is given this one (order, and at
        // most one chunk waiting for it).
        join(chineseCount);
        chineseCount = CompletableFuture.runAsync(() -> {
            for (Done d : done) {
                d.terms().zh().forEach(zhStats::add);
            }
        }, chinese);
        try {
            for (Done d : done) {
                d.terms().en().forEach(enStats::add);
                SpillCodec.write(out, d.keys());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long end = chunk.first() + chunk.size();
        if (chunk.size() > 0 && (end / chunk.size()) % 5 == 0) {
            progress.accept("terms: candidates of " + end + " units");
        }
    }

    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            // An extraction thread's error (out of memory above all) is the caller's, as it would be sequentially.
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Stops the threads and waits for them: after a failure no task of this pass may still touch the counts
     * or the unit file. Tasks are short (a slice of a chunk), so the wait is too.
     */
    @Override
    public void close() {
        workers.shutdownNow();
        chinese.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.MINUTES);
            chinese.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.bitext.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Candidate stats of one language merged within a memory share: partial counts accumulate in a map that is
 * written as a run sorted by key whenever it reaches its share; at the end the runs are merged (k-way, by
 * key, with {@link TermStats#merge}) into one sorted file. What the merge sees of each key's frequency is
 * summed up in a histogram, from which the runner can tell how much of the vocabulary fits in memory.
 */
final class StatsSpill {

    /** Highest df the histogram tells apart; more frequent keys count in the last bucket. */
    static final int DF_BUCKETS = 1 << 12;

    private final SpillFolder folder;
    private final String name;
    private final long share;
    private final Consumer<String> progress;
    private final Map<String, StatsAccumulator> partial = new HashMap<>();
    /** The merged stats in key order when nothing was spilled (then no file is written). */
    private List<TermStats> inMemory;
    private final List<Path> runs = new ArrayList<>();
    private long bytes;
    private boolean finishing;
    private Path merged;
    private long distinct;
    /** Per df bucket: the estimated heap of its keys. */
    private final long[] bytesByDf = new long[DF_BUCKETS + 1];

    StatsSpill(SpillFolder folder, String name, long share, Consumer<String> progress) {
        this.folder = folder;
        this.name = name;
        this.share = share;
        this.progress = progress;
    }

    /** Estimated heap of one key's stats in a map (strings, records, map entry). */
    static long heapOf(TermStats s) {
        long b = 200 + 2L * s.key().length();
        if (s.surfaces() != null) {
            for (SurfaceForms.Form f : s.surfaces().forms()) {
                b += 100 + 2L * f.text().length();
            }
        }
        return b;
    }

    /** Adds one unit's stats of a key. */
    void add(TermStats s) {
        StatsAccumulator old = partial.get(s.key());
        if (old == null) {
            partial.put(s.key(), new StatsAccumulator(s));
            bytes += heapOf(s);
        } else if (old.add(s)) {
            bytes += 100 + 2L * s.key().length();
        }
        if (bytes > share) {
            spill();
        }
    }

    private List<TermStats> sortedPartial() {
        List<TermStats> sorted = new ArrayList<>(partial.size());
        partial.values().forEach(a -> sorted.add(a.stats()));
        partial.clear();
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        return sorted;
    }

    private void spill() {
        Path run = folder.file(name + "-run-" + runs.size());
        List<TermStats> sorted = sortedPartial();
        try (SpillOutput out = new SpillOutput(run)) {
            for (TermStats s : sorted) {
                SpillCodec.write(out, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.add(run);
        bytes = 0;
        if (!finishing) {
            progress.accept("terms: " + name + " candidate counts spilled to disk (run " + runs.size() + ", "
                    + sorted.size() + " keys)");
        }
    }

    /** Merges the runs into one sorted file (and fills the histogram). */
    void finish() {
        finishing = true;
        if (runs.isEmpty()) {
            // Everything fitted in memory: the map is the merged result.
            inMemory = sortedPartial();
            for (TermStats s : inMemory) {
                count(s);
            }
            progress.accept("terms: " + distinct + " distinct " + name + " candidates");
            return;
        }
        if (!partial.isEmpty()) {
            spill();
        }
        merged = folder.file(name + "-merged");
        List<SpillInput> ins = new ArrayList<>();
        try (SpillOutput out = new SpillOutput(merged)) {
            PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.stats().key().compareTo(b.stats().key()));
            for (int i = 0; i < runs.size(); i++) {
                ins.add(new SpillInput(runs.get(i)));
                TermStats s = SpillCodec.readStats(ins.get(i));
                if (s != null) {
                    heads.add(new Head(s, i));
                }
            }
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                TermStats acc = h.stats();
                advance(heads, ins, h.run());
                while (!heads.isEmpty() && heads.peek().stats().key().equals(acc.key())) {
                    Head same = heads.poll();
                    acc = TermStats.merge(acc, same.stats());
                    advance(heads, ins, same.run());
                }
                SpillCodec.write(out, acc);
                count(acc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (SpillInput in : ins) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // Read-only spill file; the folder is deleted anyway.
                }
            }
        }
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        progress.accept("terms: " + distinct + " distinct " + name + " candidates (" + runs.size() + " runs merged)");
    }

    private void count(TermStats s) {
        int bucket = Math.min(DF_BUCKETS, s.df());
        bytesByDf[bucket] += heapOf(s);
        distinct++;
    }

    /** The next record of one run. */
    private record Head(TermStats stats, int run) {
    }

    private static void advance(PriorityQueue<Head> heads, List<SpillInput> ins, int run) throws IOException {
        TermStats next = SpillCodec.readStats(ins.get(run));
        if (next != null) {
            heads.add(new Head(next, run));
        }
    }

    /** Estimated heap of the keys seen in at least {@code df} units. */
    long bytesFrom(int df) {
        long sum = 0;
        for (int i = Math.min(df, DF_BUCKETS); i <= DF_BUCKETS; i++) {
            sum += bytesByDf[i];
        }
        return sum;
    }

    /** Passes every merged key seen in at least {@code minDf} units, or in {@code also}, in key order. */
    void forEach(int minDf, Set<String> also, Consumer<TermStats> action) {
        if (inMemory != null) {
            for (TermStats s : inMemory) {
                if (s.df() >= minDf || also.contains(s.key())) {
                    action.accept(s);
                }
            }
            return;
        }
        try (SpillInput in = new SpillInput(merged)) {
            for (TermStats s = SpillCodec.readStats(in); s != null; s = SpillCodec.readStats(in)) {
                if (s.df() >= minDf || also.contains(s.key())) {
                    action.accept(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

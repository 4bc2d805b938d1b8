package org.bitext.terms;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Co-occurrence counts of (Chinese id, English id) pairs within a memory share: a {@link LongIntCounter}
 * that, when it would outgrow the share, is written as a run of (pair, count) sorted by pair and emptied; at
 * the end the runs and the table are merged, counts of a pair summed.
 */
final class PairSpill {

    private final SpillFolder folder;
    private final int maxEntries;
    private final Consumer<String> progress;
    private final LongIntCounter counter;
    private final List<Path> runs = new ArrayList<>();

    PairSpill(SpillFolder folder, long share, Consumer<String> progress) {
        this.folder = folder;
        this.progress = progress;
        // 12 bytes a slot, half the slots used at most. The share must hold the table's last growth (the old
        // half-size arrays beside the new ones: 1.5 x 12 bytes a slot). The spill sorts the table in place; the
        // 22 bytes a slot once also counted a sorted copy of the keys, and are kept as the margin they give.
        long slots = Long.highestOneBit(Math.max(64, share / 22));
        this.maxEntries = (int) Math.min(1 << 28, slots / 2 - 1);
        this.counter = new LongIntCounter(Math.min(1 << 16, maxEntries));
    }

    void increment(int zh, int en) {
        long key = ((long) zh << 32) | en;
        if (counter.size() >= maxEntries && counter.get(key) == 0) {
            spill();
        }
        counter.increment(key);
    }

    private void spill() {
        Path run = folder.file("pairs-run-" + runs.size());
        int n = counter.sortInPlace();
        try (SpillOutput out = new SpillOutput(run)) {
            for (int i = 0; i < n; i++) {
                out.writeLong(counter.keyAt(i));
                out.writeInt(counter.countAt(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.add(run);
        counter.clear();
        progress.accept("terms: pair counts spilled to disk (run " + runs.size() + ", " + n + " pairs)");
    }

    /** Passes every pair counted at least {@code min} times, in pair order when runs were spilled. */
    void finish(int min, TermsRunner.PairSink sink) {
        if (runs.isEmpty()) {
            int n = counter.sortInPlace();
            for (int i = 0; i < n; i++) {
                long k = counter.keyAt(i);
                int c = counter.countAt(i);
                if (c >= min) {
                    sink.accept((int) (k >>> 32), (int) k, c);
                }
            }
            return;
        }
        spill();
        List<SpillInput> ins = new ArrayList<>();
        try {
            PriorityQueue<long[]> heads = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
            for (int i = 0; i < runs.size(); i++) {
                ins.add(new SpillInput(runs.get(i)));
                next(heads, ins, i);
            }
            while (!heads.isEmpty()) {
                long[] h = heads.poll();
                long key = h[0];
                long count = h[1];
                next(heads, ins, (int) h[2]);
                while (!heads.isEmpty() && heads.peek()[0] == key) {
                    long[] same = heads.poll();
                    count += same[1];
                    next(heads, ins, (int) same[2]);
                }
                if (count >= min) {
                    sink.accept((int) (key >>> 32), (int) key, Math.toIntExact(count));
                }
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
    }

    private static void next(PriorityQueue<long[]> heads, List<SpillInput> ins, int run) throws IOException {
        try {
            long key = ins.get(run).readLong();
            heads.add(new long[] {key, ins.get(run).readInt(), run});
        } catch (EOFException end) {
            // This run is done.
        }
    }
}

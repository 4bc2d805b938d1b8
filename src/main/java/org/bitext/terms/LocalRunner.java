package org.bitext.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;

/**
 * Runs the terms job's per-unit work on this machine within a memory budget, whatever the corpus size: the
 * units are streamed from the {@link UnitSource} (never all in memory; it is read at least four times: scan,
 * extraction, and the texts of the few units the last steps look at again, in batches sized from the budget), candidates are found once per
 * unit (in parallel, in chunks), candidate stats and pair counts spill to disk as sorted runs that are
 * merged at the end, and each unit's candidate keys are written to a spill file that the later passes read
 * instead of segmenting again. Spill files live in a {@link SpillFolder} under the work folder.
 *
 * <p>The budget is shared out: a quarter for the candidate stats before they spill (then for the pair counts
 * before they spill, a later pass), a quarter for the frequent vocabulary kept for the rest of the job, a
 * quarter for the rare pairs the dictionary finds (the driver keeps the first found, see
 * {@link #firstFound}); the rest for units in flight and the driver's lists, which the first two bound. When the vocabulary of keys seen in at least min-freq units would not fit its quarter, the
 * threshold is raised until it does, and the extraction says so in a warning.
 */
public final class LocalRunner implements TermsRunner {

    /**
     * Memory budget and spill location.
     *
     * @param bytes   heap the job may use (capped at three quarters of the JVM's maximum heap)
     * @param workDir folder for the spill folder, or null for the system temp folder
     */
    public record Budget(long bytes, Path workDir) {

        /** 2 GB. */
        public static final long DEFAULT_BYTES = 2L << 30;
        /** Smallest budget accepted (tests use tiny budgets to force spilling). */
        public static final long MIN_BYTES = 64L << 10;
        /** 2 GB in the system temp folder. */
        public static final Budget DEFAULT = new Budget(DEFAULT_BYTES, null);

        public Budget {
            if (bytes < MIN_BYTES) {
                throw new IllegalArgumentException("memory budget must be at least 64k, was " + bytes + " bytes");
            }
        }

        /** Parses a size such as {@code 2g}, {@code 512m}, {@code 300k} or a number of bytes. */
        public static long parse(String size) {
            String s = size.strip().toLowerCase(Locale.ROOT);
            long unit = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : s.endsWith("k") ? 1L << 10 : 1;
            String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
            try {
                return Math.multiplyExact(Long.parseLong(digits), unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("not a memory size: '" + size + "' (use e.g. 2g, 512m)");
            }
        }
    }

    /** Estimated heap of one unit's extraction while it is in flight. */
    private static final long UNIT_BYTES = 64L << 10;

    private final UnitSource source;
    private final double floor;
    private final long budget;
    private final Consumer<String> progress;
    private final SpillFolder folder;
    private final List<String> warnings = new ArrayList<>();
    private Level level;
    private long used = -1;
    private StatsSpill zhStats;
    private StatsSpill enStats;
    private Path units;

    /** A runner over {@code source}'s units with bead confidence at least {@code floor}. */
    public LocalRunner(UnitSource source, double floor, Budget budget, Consumer<String> progress) {
        this.source = source;
        this.floor = floor;
        // Counting runs on two threads; progress lines are passed on one at a time.
        this.progress = line -> {
            synchronized (this.warnings) {
                progress.accept(line);
            }
        };
        long max = Runtime.getRuntime().maxMemory() / 4 * 3;
        if (budget.bytes() > max) {
            // The default is "2 GB or what the heap allows"; a budget asked for explicitly is worth a warning.
            if (budget.bytes() != Budget.DEFAULT_BYTES) {
                warnings.add("memory budget " + size(budget.bytes()) + " lowered to " + size(max) + ", three"
                        + " quarters of the maximum heap (raise -Xmx through BITEXT_JAVA_OPTS)");
            }
            this.budget = Math.max(Budget.MIN_BYTES, max);
        } else {
            this.budget = budget.bytes();
        }
        Path workDir = budget.workDir() != null ? budget.workDir() : Path.of(System.getProperty("java.io.tmpdir"));
        this.folder = SpillFolder.create(workDir);
    }

    /** A size for people: 768 MB, 100 KB. */
    static String size(long bytes) {
        return bytes >= 10L << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }

    /** The budget in effect, in bytes. */
    public long budget() {
        return budget;
    }

    @Override
    public Scan scan() {
        long[] counts = new long[3];
        FoundDefinitions.Accumulator sentences = new FoundDefinitions.Accumulator();
        FoundDefinitions.Accumulator paragraphs = new FoundDefinitions.Accumulator();
        source.forEachUnit(p -> {
            counts[0]++;
            if (TermsMap.usable(p, floor)) {
                if (p.level() == Level.SENTENCE) {
                    sentences.add(TermsMap.definitions(counts[1]++, p));
                } else {
                    paragraphs.add(TermsMap.definitions(counts[2]++, p));
                }
            }
        });
        return new Scan(counts[0], counts[1], counts[2], sentences.result(), paragraphs.result());
    }

    private boolean uses(AlignedPair p) {
        return TermsMap.usable(p, floor) && (p.level() == Level.SENTENCE) == (level == Level.SENTENCE);
    }

    @Override
    public Extraction extract(Level unitLevel, Specials specials, int minFreq) {
        if (units != null) {
            throw new IllegalStateException("extract runs once per runner");
        }
        this.level = unitLevel;
        zhStats = new StatsSpill(folder, "Chinese", budget / 8, progress);
        enStats = new StatsSpill(folder, "English", budget / 8, progress);
        units = folder.file("units");
        int chunkSize = (int) Math.max(16, Math.min(1024, budget / 16 / UNIT_BYTES));
        try (SpillOutput out = new SpillOutput(units);
             ChunkPipeline pipeline = new ChunkPipeline(chunkSize, specials, zhStats, enStats, out, progress)) {
            source.forEachUnit(p -> {
                if (uses(p)) {
                    pipeline.add(p);
                }
            });
            used = pipeline.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        zhStats.finish();
        enStats.finish();
        long share = budget / 4;
        int min = minFreq;
        while (min < StatsSpill.DF_BUCKETS && zhStats.bytesFrom(min) + enStats.bytesFrom(min) > share) {
            min++;
        }
        List<String> out = new ArrayList<>(warnings);
        if (min > minFreq) {
            out.add("the candidates seen in at least " + minFreq + " units do not fit the memory budget ("
                    + size(budget) + "): terms and pairs need at least " + min + " units (raise --memory to"
                    + " lower it)");
        }
        if (zhStats.bytesFrom(min) + enStats.bytesFrom(min) > share) {
            // Never silently over the budget: the job goes on, and says that it will use more.
            out.add("the candidates seen in at least " + min + " units still take "
                    + size(zhStats.bytesFrom(min) + enStats.bytesFrom(min)) + ", over a quarter of the memory budget ("
                    + size(budget) + "): raise --memory (and -Xmx) or --min-freq");
        }
        List<TermStats> zh = new ArrayList<>();
        List<TermStats> en = new ArrayList<>();
        zhStats.forEach(min, specials.zh(), zh::add);
        enStats.forEach(min, specials.en().keySet(), en::add);
        return new Extraction(zh, en, min, out);
    }

    /** Passes every extracted unit, in ordinal order. */
    private void forEachUnit(Consumer<UnitKeys> action) {
        if (units == null) {
            throw new IllegalStateException("extract first");
        }
        try (SpillInput in = new SpillInput(units)) {
            for (UnitKeys u = SpillCodec.readUnit(in); u != null; u = SpillCodec.readUnit(in)) {
                action.accept(u);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <K extends java.io.Serializable, V extends java.io.Serializable> Map<K, V> mapUnits(
            UnitMapper<K, V> mapper, Merger<V> merger) {
        Map<K, V> out = new HashMap<>();
        forEachUnit(u -> mapper.map(u, (k, v) -> out.merge(k, v, merger)));
        return out;
    }

    /**
     * Keeps at most {@code limit} keys while it streams: a key that ranks after the last kept one is dropped
     * at once, and a kept key pushed out by an earlier find is forgotten. Exact, because a key's seq only
     * falls as finds merge, so the set of the first {@code limit} ranks only moves forward.
     */
    @Override
    public <K extends Comparable<K> & java.io.Serializable, V extends Found> FirstFound<K, V> firstFound(
            UnitMapper<K, V> mapper, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        record Rank<K extends Comparable<K>>(long seq, K key) implements Comparable<Rank<K>> {
            @Override
            public int compareTo(Rank<K> o) {
                int c = Long.compare(seq, o.seq);
                return c != 0 ? c : key.compareTo(o.key);
            }
        }
        Map<K, V> kept = new HashMap<>();
        java.util.TreeSet<Rank<K>> ranks = new java.util.TreeSet<>();
        boolean[] cut = new boolean[1];
        forEachUnit(u -> mapper.map(u, (k, v) -> {
            V old = kept.get(k);
            if (old != null) {
                if (v.seq() < old.seq()) {
                    ranks.remove(new Rank<>(old.seq(), k));
                    ranks.add(new Rank<>(v.seq(), k));
                    kept.put(k, v);
                }
                return;
            }
            Rank<K> rank = new Rank<>(v.seq(), k);
            if (kept.size() == limit) {
                cut[0] = true;
                if (rank.compareTo(ranks.last()) >= 0) {
                    return;
                }
                kept.remove(ranks.pollLast().key());
            }
            ranks.add(rank);
            kept.put(k, v);
        }));
        return new FirstFound<>(kept, cut[0]);
    }

    @Override
    public long memoryBudget() {
        return budget;
    }

    @Override
    public void countPairs(KeptKeys kept, int minBoth, PairSink sink) {
        PairSpill pairs = new PairSpill(folder, budget / 4, progress);
        int[] zh = new int[64];
        int[] en = new int[64];
        forEachUnit(u -> {
            int[] z = ids(u.zh(), kept, true, zh);
            int[] e = ids(u.en(), kept, false, en);
            for (int i = 1; i <= z[0]; i++) {
                for (int j = 1; j <= e[0]; j++) {
                    pairs.increment(z[i], e[j]);
                }
            }
        });
        pairs.finish(minBoth, sink);
    }

    /** The kept ids among {@code hashes}, count first (in a reused buffer, grown when needed). */
    private static int[] ids(long[] hashes, KeptKeys kept, boolean chinese, int[] buffer) {
        int[] out = buffer.length > hashes.length ? buffer : new int[hashes.length + 1];
        int n = 0;
        for (long h : hashes) {
            int id = chinese ? kept.zh(h) : kept.en(h);
            if (id >= 0) {
                out[++n] = id;
            }
        }
        out[0] = n;
        return out;
    }

    @Override
    public Map<String, TermStats> stats(boolean chinese, Set<String> keys) {
        Map<String, TermStats> out = new HashMap<>();
        (chinese ? zhStats : enStats).forEach(Integer.MAX_VALUE, keys, s -> out.put(s.key(), s));
        return out;
    }

    @Override
    public Map<Long, UnitText> texts(Set<Long> ordinals) {
        Map<Long, UnitText> out = new HashMap<>();
        Set<Long> wanted = new HashSet<>(ordinals);
        long[] next = new long[1];
        source.forEachUnit(p -> {
            if (level != null && uses(p)) {
                long o = next[0]++;
                if (wanted.contains(o)) {
                    out.put(o, TermsMap.text(o, p));
                }
            }
        });
        if (next[0] != used) {
            throw new IllegalStateException("the unit source gave " + next[0] + " units on a later pass, " + used
                    + " before: it must give the same units every time");
        }
        return out;
    }

    /** A sixteenth of the budget for texts in flight, at some 4 KB a unit with its candidates. */
    @Override
    public int textBatch() {
        return (int) Math.max(64, Math.min(1 << 20, budget / 16 / 4096));
    }

    @Override
    public void close() {
        folder.close();
    }
}

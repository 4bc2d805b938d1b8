package org.bitext.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.index.BitextIndex;
import org.bitext.index.IndexFolder;
import org.bitext.index.IndexProgress;
import org.bitext.index.IndexReport;
import org.bitext.index.Indexer;
import org.bitext.index.LexiconDictionary;
import org.bitext.index.PairSource;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.index.Source;
import org.bitext.text.BadInputException;

/**
 * {@code bitext bench index}: indexing throughput on the Bible 006 pairs (gold beads) and on a generated
 * corpus of about a million units (the Bible repeated under distinct document names), search latency over
 * a fixed list of 100 queries on the big index, index size per unit, and peak heap.
 */
public final class IndexBench {

    /** Beads per paragraph-level unit (the Bible has no paragraphs; real UN paragraphs hold about 3 sentences). */
    static final int PARAGRAPH_BEADS = 3;
    /** Untimed rounds over the query list before the first timed ones. */
    private static final int FIRST_ROUNDS = 3;
    /** Rounds timed right after the first ones, while the JIT is still compiling (reported for comparison). */
    private static final int EARLY_ROUNDS = 5;
    /** Search warm-up, from the first query: the latencies are steady by then on the 2-core machine. */
    private static final long WARM_NANOS = 30_000_000_000L;
    private static final int TIMED_ROUNDS = 10;

    private IndexBench() {
    }

    /** Aligned units of one Bible text from its gold beads: every two-sided bead, plus paragraph units. */
    public static List<AlignedPair> bibleUnits(Path bibleDir, String id, String document) {
        List<String> en = lines(bibleDir.resolve(id + ".en"));
        List<String> zh = lines(bibleDir.resolve(id + ".zh"));
        Path gold = bibleDir.resolve("gold").resolve(id + ".align");
        List<AlignedPair> out = new ArrayList<>();
        StringBuilder pEn = new StringBuilder();
        StringBuilder pZh = new StringBuilder();
        int bead = 0;
        int paragraph = 1;
        int unit = 0;
        int lineNo = 0;
        for (String line : lines(gold)) {
            lineNo++;
            String[] sides = line.split(":");
            if (sides.length != 2) {
                throw new BadInputException(gold, "line " + lineNo + ": expected [en…]:[zh…], found '" + line + "'");
            }
            String e = join(en, sides[0], " ", gold, lineNo);
            String z = join(zh, sides[1], "", gold, lineNo);
            if (e.isBlank() || z.isBlank()) {
                continue;
            }
            unit++;
            out.add(new AlignedPair(document, Level.SENTENCE, Integer.toString(paragraph), unit, e, z, 1.0));
            pEn.append(pEn.length() == 0 ? "" : " ").append(e);
            pZh.append(z);
            if (++bead % PARAGRAPH_BEADS == 0) {
                out.add(new AlignedPair(document, Level.PARAGRAPH, Integer.toString(paragraph), 1, pEn.toString(),
                        pZh.toString(), 1.0));
                pEn.setLength(0);
                pZh.setLength(0);
                paragraph++;
                unit = 0;
            }
        }
        if (pEn.length() > 0) {
            out.add(new AlignedPair(document, Level.PARAGRAPH, Integer.toString(paragraph), 1, pEn.toString(),
                    pZh.toString(), 1.0));
        }
        return out;
    }

    /** Runs the benchmark, printing figures to {@code out} as they come. */
    public static void run(Path bibleDir, Path work, long targetUnits, PrintWriter out) throws IOException {
        if (!Files.isDirectory(bibleDir)) {
            throw new BadInputException(bibleDir, "Bible benchmark data not found (../shared/bench/bible)");
        }
        resetPeaks();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "JVM: %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                rt.availableProcessors(), rt.maxMemory() >> 20);
        List<AlignedPair> bible = bibleUnits(bibleDir, "006", "bible-006");
        long sentences = bible.stream().filter(u -> u.level() == Level.SENTENCE).count();
        out.printf(Locale.ROOT, "Bible 006: %d units (%d sentence beads + %d paragraph units)%n", bible.size(),
                sentences, bible.size() - sentences);

        Path small = Files.createDirectories(work).resolve("bible-006");
        long cpu0 = cpuNanos();
        IndexReport r1 = fresh(small, bible, 1);
        long cpu1 = cpuNanos();
        out.printf(Locale.ROOT, "index Bible 006 (cold JVM): %d units in %.2f s = %,.0f units/s (%,.0f units per CPU-second);"
                + " %.0f bytes/unit on disk%n", r1.units(), r1.millis() / 1000.0,
                r1.units() * 1000.0 / Math.max(1, r1.millis()), r1.units() / Math.max(1e-9, (cpu1 - cpu0) / 1e9),
                (double) size(small) / r1.units());

        int copies = (int) Math.ceil((double) targetUnits / bible.size());
        Path big = work.resolve("bible-1m");
        long cpu2 = cpuNanos();
        IndexReport r2 = fresh(big, bible, copies);
        long cpu3 = cpuNanos();
        long bytes = size(big);
        out.printf(Locale.ROOT, "index %d copies: %,d units in %.1f s = %,.0f units/s (%,.0f units per CPU-second);"
                + " %,d bytes on disk = %.0f bytes/unit%n", copies, r2.units(), r2.millis() / 1000.0,
                r2.units() * 1000.0 / Math.max(1, r2.millis()), r2.units() / Math.max(1e-9, (cpu3 - cpu2) / 1e9),
                bytes, (double) bytes / r2.units());
        IndexReport r3 = update(big, bible, copies);
        out.printf(Locale.ROOT, "re-run on the unchanged 1M corpus: %d ms, committed=%s (%.2f %% of the full build)%n",
                r3.millis(), r3.committed(), 100.0 * r3.millis() / Math.max(1, r2.millis()));

        // Bible 006 once more, the JIT now warm: the first figure above is mostly the JVM compiling the indexer.
        // The big build's garbage is collected first, so that this short run does not pay for it.
        System.gc();
        long cpu4 = cpuNanos();
        IndexReport r4 = fresh(small, bible, 1);
        long cpu5 = cpuNanos();
        out.printf(Locale.ROOT, "index Bible 006 again (warm JVM): %d units in %.2f s = %,.0f units/s (%,.0f units per"
                + " CPU-second)%n", r4.units(), r4.millis() / 1000.0, r4.units() * 1000.0 / Math.max(1, r4.millis()),
                r4.units() / Math.max(1e-9, (cpu5 - cpu4) / 1e9));

        List<String> queries = queries();
        try (BitextIndex index = BitextIndex.open(big, LexiconDictionary.cedict())) {
            long start = System.nanoTime();
            rounds(index, queries, FIRST_ROUNDS, null);
            Latencies early = new Latencies(queries.size() * EARLY_ROUNDS);
            rounds(index, queries, EARLY_ROUNDS, early);
            // The JIT compiles the search paths for longer than the first rounds: warm up by time, as JMH does.
            while (System.nanoTime() - start < WARM_NANOS) {
                rounds(index, queries, 1, null);
            }
            Latencies warm = new Latencies(queries.size() * TIMED_ROUNDS);
            rounds(index, queries, TIMED_ROUNDS, warm);
            out.printf(Locale.ROOT, "search latency over %d queries x %d rounds after %.0f s of warm-up (with spotting"
                    + " and summary): %s%n", queries.size(), TIMED_ROUNDS, WARM_NANOS / 1e9, warm.summary());
            out.printf(Locale.ROOT, "  the same over rounds %d-%d (JIT still compiling): %s%n", FIRST_ROUNDS + 1,
                    FIRST_ROUNDS + EARLY_ROUNDS, early.summary());
        }
        out.printf(Locale.ROOT, "peak heap (sum of heap pool peaks): %d MiB%n", peakHeap() >> 20);
        out.flush();
    }

    static IndexReport fresh(Path dir, List<AlignedPair> bible, int copies) throws IOException {
        if (IndexFolder.exists(dir)) {
            delete(dir); // a previous run's index in --work: start from scratch, or nothing would be written
        }
        return update(dir, bible, copies);
    }

    private static IndexReport update(Path dir, List<AlignedPair> bible, int copies) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            String key = String.format(Locale.ROOT, "bible-006-%04d", c);
            sources.add(new Source(key, Source.Kind.PAIR, List.of(Path.of(key + ".zh.txt"), Path.of(key + ".en.txt")),
                    "bench-" + key));
        }
        PairSource renamed = s -> {
            List<AlignedPair> out = new ArrayList<>(bible.size());
            for (AlignedPair p : bible) {
                out.add(new AlignedPair(s.key(), p.level(), p.paragraph(), p.unit(), p.en(), p.zh(), p.confidence()));
            }
            return out;
        };
        return new Indexer(dir, renamed).update(sources, null, List.of(), IndexProgress.NONE);
    }

    /** Runs the query list {@code n} times, recording each search's wall and thread CPU time when asked. */
    private static void rounds(BitextIndex index, List<String> queries, int n, Latencies record) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < n; round++) {
            for (String q : queries) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                SearchResult res = index.search(SearchRequest.of(q));
                if (record != null) {
                    record.add(System.nanoTime() - t, threads.getCurrentThreadCpuTime() - c, res.totalHits());
                }
            }
        }
    }

    /** Wall and CPU nanoseconds of a series of searches. */
    private static final class Latencies {
        private final long[] wall;
        private final long[] cpu;
        private int n;
        private long hits;

        Latencies(int size) {
            wall = new long[size];
            cpu = new long[size];
        }

        void add(long wallNanos, long cpuNanos, long totalHits) {
            wall[n] = wallNanos;
            cpu[n++] = cpuNanos;
            hits += totalHits;
        }

        String summary() {
            long[] w = Arrays.copyOf(wall, n);
            long[] c = Arrays.copyOf(cpu, n);
            Arrays.sort(w);
            Arrays.sort(c);
            return String.format(Locale.ROOT, "wall p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; CPU p50 %.2f"
                    + " ms, p99 %.2f ms (mean %,d hits per query)", pct(w, 0.50), pct(w, 0.90), pct(w, 0.99),
                    w[n - 1] / 1e6, pct(c, 0.50), pct(c, 0.99), hits / Math.max(1, n));
        }
    }

    /** The fixed query list (a resource, so figures stay comparable between runs). */
    static List<String> queries() {
        try (InputStream in = IndexBench.class.getResourceAsStream("bench-queries.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource org/bitext/bench/bench-queries.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bench-queries.txt", e);
        }
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static String join(List<String> lines, String list, String sep, Path gold, int lineNo) {
        String inner = list.strip();
        if (!inner.startsWith("[") || !inner.endsWith("]")) {
            throw new BadInputException(gold, "line " + lineNo + ": bad index list '" + list + "'");
        }
        inner = inner.substring(1, inner.length() - 1).strip();
        StringBuilder b = new StringBuilder();
        if (inner.isEmpty()) {
            return "";
        }
        for (String n : inner.split(",")) {
            int i;
            try {
                i = Integer.parseInt(n.strip());
            } catch (NumberFormatException e) {
                throw new BadInputException(gold, "line " + lineNo + ": bad line number '" + n + "'");
            }
            if (i < 0 || i >= lines.size()) {
                throw new BadInputException(gold, "line " + lineNo + ": line number " + i + " out of range");
            }
            b.append(b.length() == 0 ? "" : sep).append(lines.get(i).strip());
        }
        return b.toString();
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(p, "cannot read: " + e.getMessage(), e);
        }
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Deletes a folder this benchmark created. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** CPU time of the whole process so far (all threads), to read figures on a machine shared with others. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

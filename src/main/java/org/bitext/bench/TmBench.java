package org.bitext.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.bitext.align.AlignedPair;
import org.bitext.index.BitextIndex;
import org.bitext.index.IndexFolder;
import org.bitext.index.IndexReport;
import org.bitext.index.LexiconDictionary;
import org.bitext.index.TmAnalysis;
import org.bitext.index.TmEdits;
import org.bitext.index.TmMatch;
import org.bitext.index.TmRequest;
import org.bitext.index.TmResult;
import org.bitext.align.Level;
import org.bitext.text.BadInputException;
import org.bitext.text.Language;

/**
 * {@code bitext bench lookup}: translation-memory lookup on the ~1,000,000-unit index of {@code bench index}
 * (Bible 006 repeated under distinct document names; built in {@code --work} unless it is there already):
 * latency of one query at a time, warm; a 1,000-sentence document analysed; recall of the candidate stage
 * against scoring every unit; index size per unit.
 */
public final class TmBench {

    private static final long WARM_NANOS = 20_000_000_000L;

    private TmBench() {
    }

    /** Runs the benchmark with {@code queries} edited sentences per language, printing figures as they come. */
    public static void run(Path bibleDir, Path work, long targetUnits, int queries, int recallQueries,
                           int candidates, PrintWriter out) throws IOException {
        if (!Files.isDirectory(bibleDir)) {
            throw new BadInputException(bibleDir, "Bible benchmark data not found (../shared/bench/bible)");
        }
        List<AlignedPair> bible = IndexBench.bibleUnits(bibleDir, "006", "bible-006");
        Files.createDirectories(work);
        Path small = work.resolve("bible-006");
        Path big = work.resolve("bible-1m");
        int copies = (int) Math.ceil((double) targetUnits / bible.size());
        if (!IndexFolder.isCurrent(small)) {
            IndexBench.fresh(small, bible, 1);
        }
        boolean reuse = IndexFolder.isCurrent(big);
        if (!reuse) {
            IndexReport r = IndexBench.fresh(big, bible, copies);
            out.printf(Locale.ROOT, "index %d copies: %,d units in %.1f s = %,.0f units/s%n", copies, r.units(),
                    r.millis() / 1000.0, r.units() * 1000.0 / Math.max(1, r.millis()));
        }
        try (BitextIndex index = BitextIndex.open(big, LexiconDictionary.cedict());
             BitextIndex reference = BitextIndex.open(small, LexiconDictionary.cedict())) {
            long units = index.count(Level.SENTENCE) + index.count(Level.PARAGRAPH);
            out.printf(Locale.ROOT, "index: %,d units, %,d bytes = %.0f bytes/unit (%s)%n", units,
                    IndexBench.size(big), (double) IndexBench.size(big) / units, reuse ? "reused" : "built now");
            List<AlignedPair> sentences = bible.stream().filter(u -> u.level() == Level.SENTENCE).toList();
            List<String> en = edited(sentences, Language.EN, queries, 1);
            List<String> zh = edited(sentences, Language.ZH, queries, 2);

            long start = System.nanoTime();
            while (System.nanoTime() - start < WARM_NANOS) {
                for (int i = 0; i < 50; i++) {
                    index.lookup(TmRequest.of(en.get(i)), candidates);
                    index.lookup(TmRequest.of(zh.get(i)), candidates);
                }
            }
            for (Language lang : Language.values()) {
                List<String> qs = lang == Language.EN ? en : zh;
                long[] wall = new long[qs.size()];
                long[] cpu = new long[qs.size()];
                long found = 0;
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int i = 0; i < qs.size(); i++) {
                    long c = threads.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    found += index.lookup(TmRequest.of(qs.get(i)), candidates).matches().size();
                    wall[i] = System.nanoTime() - t;
                    cpu[i] = threads.getCurrentThreadCpuTime() - c;
                }
                Arrays.sort(wall);
                Arrays.sort(cpu);
                out.printf(Locale.ROOT, "lookup %s, %d edited sentences one at a time, %d candidates, warm: wall p50 %.2f"
                        + " ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; CPU p50 %.2f ms, p99 %.2f ms (%.1f matches >= 70 %%"
                        + " per query)%n", lang.code(), qs.size(), candidates, pct(wall, 0.5), pct(wall, 0.9),
                        pct(wall, 0.99), wall[wall.length - 1] / 1e6, pct(cpu, 0.5), pct(cpu, 0.99),
                        (double) found / qs.size());
            }
            List<String> document = new ArrayList<>(en.subList(0, Math.min(1000, en.size())));
            long t = System.nanoTime();
            TmAnalysis a = TmAnalysis.of(document, s -> lookupOrEmpty(index, s, candidates));
            out.printf(Locale.ROOT, "analysis of a %d-sentence document: %.2f s; bands %s%n", document.size(),
                    (System.nanoTime() - t) / 1e9, a.bands().stream().map(b -> b.band().label() + " " + b.segments())
                            .toList());

            for (Language lang : Language.values()) {
                List<String> qs = (lang == Language.EN ? en : zh).subList(0, Math.min(recallQueries, queries));
                int want = 0;
                int got = 0;
                for (String q : qs) {
                    TmRequest req = new TmRequest(q, 75, 5, Level.SENTENCE, null);
                    List<TmMatch> ref = reference.lookupExhaustive(req).matches();
                    List<TmMatch> hit = index.lookup(req, candidates).matches();
                    for (int k = 0; k < ref.size(); k++) {
                        want++;
                        if (k < hit.size() && same(ref.get(k), hit.get(k))) {
                            got++;
                        }
                    }
                }
                out.printf(Locale.ROOT, "recall %s over %d queries: %d of %d matches >= 75 %% found at the same rank"
                        + " = %.2f %%%n", lang.code(), qs.size(), got, want, 100.0 * got / Math.max(1, want));
            }
        }
        out.flush();
    }

    private static TmResult lookupOrEmpty(BitextIndex index, String s, int candidates) {
        try {
            return index.lookup(new TmRequest(s, TmAnalysis.MIN, 1, Level.SENTENCE, null), candidates);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same pair at the same score (the exhaustive reference runs on one copy, so places differ). */
    private static boolean same(TmMatch a, TmMatch b) {
        return a.percent() == b.percent() && a.source().equals(b.source()) && a.translation().equals(b.translation());
    }

    /** {@code n} sentences of {@code units}, each with 1–30 % of its tokens edited. */
    static List<String> edited(List<AlignedPair> units, Language lang, int n, long seed) {
        Random r = new Random(seed);
        List<String> texts = units.stream().map(u -> lang == Language.EN ? u.en() : u.zh()).toList();
        TmEdits edits = new TmEdits(TmEdits.vocabulary(texts.subList(0, Math.min(5000, texts.size()))), seed);
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            String t = texts.get(r.nextInt(texts.size()));
            out.add(edits.edit(t, lang, 0.01 + 0.29 * r.nextDouble()));
        }
        return out;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }
}

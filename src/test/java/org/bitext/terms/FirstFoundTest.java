package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bitext.align.Level;
import org.bitext.bench.ZipfCorpus;
import org.bitext.lexicon.Glossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rare dictionary tier within a memory budget: the single-machine runner's streaming
 * {@link LocalRunner#firstFound} keeps exactly the keys a full merge then a cut keeps, and the driver,
 * when the tier is cut, keeps only rare pairs the uncut job also finds, says so in a warning, and leaves
 * the rest of the list alone.
 */
class FirstFoundTest {

    /** A find: a key's value is the one found first. */
    record Find(String where, long seq) implements TermsRunner.Found {
    }

    /**
     * Keys shared across units (a unit's Chinese key hashes folded into {@code keys} buckets), emitted in a
     * shuffled order within the unit so that a key's later find is sometimes its first.
     */
    private static TermsRunner.UnitMapper<String, Find> mapper(int keys, long seed) {
        return (unit, out) -> {
            long[] zh = unit.zh();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < zh.length; i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, new Random(seed ^ unit.ordinal()));
            for (int i : order) {
                String key = "k" + Math.floorMod(zh[i], keys);
                out.accept(key, new Find(unit.ordinal() + ":" + i, unit.ordinal() * 4096 + i));
            }
        };
    }

    /** What a full merge then a cut gives, computed the plain way. */
    private static Map<String, Find> fullThenCut(LocalRunner runner, TermsRunner.UnitMapper<String, Find> mapper,
                                                 int limit) {
        Map<String, Find> all = runner.mapUnits(mapper, (a, b) -> a.seq() <= b.seq() ? a : b);
        List<Map.Entry<String, Find>> ranked = new ArrayList<>(all.entrySet());
        ranked.sort(Comparator.comparingLong((Map.Entry<String, Find> e) -> e.getValue().seq())
                .thenComparing(Map.Entry::getKey));
        Map<String, Find> out = new HashMap<>();
        ranked.stream().limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Test
    void streamingKeepsExactlyTheFirstFoundKeys(@TempDir Path tmp) {
        ZipfCorpus corpus = new ZipfCorpus(600, 7);
        try (LocalRunner runner = new LocalRunner(corpus, 0.5, new LocalRunner.Budget(4 << 20, tmp), m -> { })) {
            runner.scan();
            runner.extract(Level.SENTENCE, new Specials(Set.of(), Map.of()), 2);
            for (int keys : new int[] {50, 5_000, 200_000}) {
                TermsRunner.UnitMapper<String, Find> mapper = mapper(keys, keys);
                Map<String, Find> all = fullThenCut(runner, mapper, Integer.MAX_VALUE);
                for (int limit : new int[] {1, 7, 49, 1_000, all.size() - 1, all.size(), all.size() + 5}) {
                    if (limit < 1) {
                        continue;
                    }
                    TermsRunner.FirstFound<String, Find> got = runner.firstFound(mapper, limit);
                    assertEquals(fullThenCut(runner, mapper, limit), got.values(), keys + " keys, limit " + limit);
                    assertEquals(all.size() > limit, got.cut(), keys + " keys, limit " + limit);
                }
            }
        }
    }

    /** The shipped corpus's job with its rare tier cut to {@code cap} pairs whatever the budget says. */
    private static TermExtractor.Result run(Path tmp, int cap) {
        TermExtractor.Settings settings = new TermExtractor.Settings(2, 0.5, Glossary.none());
        try (LocalRunner local = new LocalRunner(GoldUnits.source(), 0.5, new LocalRunner.Budget(LocalRunner.Budget.DEFAULT_BYTES, tmp),
                m -> { })) {
            return new TermExtractor(settings, m -> { }).extract(new Capped(local, cap), GoldUnits.GOLD);
        }
    }

    @Test
    void aCutRareTierKeepsTheFirstFoundPairsAndSaysSo(@TempDir Path tmp) {
        TermExtractor.Result whole = run(tmp, Integer.MAX_VALUE);
        List<TermPair> rare = whole.terms().stream().map(ExtractedTerm::pair)
                .filter(p -> p.method().equals("lexicon")).toList();
        assertTrue(rare.size() > 20, "rare pairs on CD/1937: " + rare.size());
        assertTrue(whole.warnings().stream().noneMatch(w -> w.contains("rare pairs")), whole.warnings().toString());

        TermExtractor.Result cut = run(tmp, 10);
        List<TermPair> kept = cut.terms().stream().map(ExtractedTerm::pair)
                .filter(p -> p.method().equals("lexicon")).toList();
        assertFalse(kept.isEmpty());
        assertTrue(kept.size() <= 10, kept.toString());
        assertTrue(rare.containsAll(kept), kept + " not all in " + rare);
        assertTrue(cut.warnings().stream().anyMatch(w -> w.contains("rare pairs found by dictionary do not all fit")
                && w.contains("the first 10 found")), cut.warnings().toString());
        // The frequent tiers do not depend on the rare one.
        assertEquals(whole.terms().stream().map(ExtractedTerm::pair).filter(p -> !p.method().equals("lexicon"))
                        .map(TermPair::toString).toList(),
                cut.terms().stream().map(ExtractedTerm::pair).filter(p -> !p.method().equals("lexicon"))
                        .map(TermPair::toString).toList());
    }

    /** Passes everything to a local runner but cuts the rare tier at {@code cap}. */
    private record Capped(LocalRunner runner, int cap) implements TermsRunner {
        @Override
        public Scan scan() {
            return runner.scan();
        }

        @Override
        public Extraction extract(Level level, Specials specials, int minFreq) {
            return runner.extract(level, specials, minFreq);
        }

        @Override
        public <K extends Serializable, V extends Serializable> Map<K, V> mapUnits(UnitMapper<K, V> mapper,
                                                                                  Merger<V> merger) {
            return runner.mapUnits(mapper, merger);
        }

        @Override
        public <K extends Comparable<K> & Serializable, V extends Found> FirstFound<K, V> firstFound(
                UnitMapper<K, V> mapper, int limit) {
            return runner.firstFound(mapper, Math.min(limit, cap));
        }

        @Override
        public long memoryBudget() {
            return runner.memoryBudget();
        }

        @Override
        public void countPairs(KeptKeys kept, int minBoth, PairSink sink) {
            runner.countPairs(kept, minBoth, sink);
        }

        @Override
        public Map<String, TermStats> stats(boolean chinese, Set<String> keys) {
            return runner.stats(chinese, keys);
        }

        @Override
        public Map<Long, UnitText> texts(Set<Long> ordinals) {
            return runner.texts(ordinals);
        }

        @Override
        public int textBatch() {
            return runner.textBatch();
        }

        @Override
        public void close() {
            runner.close();
        }
    }
}

package org.bitext.terms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;

/**
 * A {@link TermsRunner} for tests that does what a cluster may do: it maps the units in a random order, in
 * random partitions, and merges partial results in a random order (all in memory). The driver must give the
 * same list with it as with the single-machine runner: that is what lets Spark give the same output.
 */
final class ShuffledRunner implements TermsRunner {

    private final List<AlignedPair> all = new ArrayList<>();
    private final double floor;
    private final Random random;
    private List<AlignedPair> used;
    private List<UnitKeys> units;
    private Map<String, TermStats> zhStats;
    private Map<String, TermStats> enStats;

    ShuffledRunner(UnitSource source, double floor, Random random) {
        source.forEachUnit(all::add);
        this.floor = floor;
        this.random = random;
    }

    /** Merges {@code parts} in a random partition and a random order. */
    static <T> T shuffledMerge(List<T> parts, BinaryOperator<T> merge, Random random) {
        List<T> items = new ArrayList<>(parts);
        Collections.shuffle(items, random);
        while (items.size() > 1) {
            int i = random.nextInt(items.size() - 1);
            T merged = random.nextBoolean() ? merge.apply(items.get(i), items.get(i + 1))
                    : merge.apply(items.get(i + 1), items.get(i));
            items.set(i, merged);
            items.remove(i + 1);
        }
        return items.get(0);
    }

    private List<AlignedPair> level(Level level) {
        return all.stream().filter(p -> TermsMap.usable(p, floor) && (p.level() == Level.SENTENCE) == (level
                == Level.SENTENCE)).toList();
    }

    private FoundDefinitions definitions(List<AlignedPair> pairs) {
        List<FoundDefinitions> parts = new ArrayList<>(List.of(FoundDefinitions.NONE));
        for (int i = 0; i < pairs.size(); i++) {
            parts.add(TermsMap.definitions(i, pairs.get(i)));
        }
        return shuffledMerge(parts, FoundDefinitions::merge, random);
    }

    @Override
    public Scan scan() {
        List<AlignedPair> sentences = level(Level.SENTENCE);
        List<AlignedPair> paragraphs = level(Level.PARAGRAPH);
        return new Scan(all.size(), sentences.size(), paragraphs.size(), definitions(sentences),
                definitions(paragraphs));
    }

    @Override
    public Extraction extract(Level level, Specials specials, int minFreq) {
        used = level(level);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        Map<String, List<TermStats>> zh = new HashMap<>();
        Map<String, List<TermStats>> en = new HashMap<>();
        units = new ArrayList<>();
        for (int i : order) {
            UnitTerms u = TermsMap.extract(i, used.get(i), specials);
            u.zh().forEach(s -> zh.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
            u.en().forEach(s -> en.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
            units.add(u.keys());
        }
        zhStats = new HashMap<>();
        zh.forEach((k, parts) -> zhStats.put(k, shuffledMerge(parts, TermStats::merge, random)));
        enStats = new HashMap<>();
        en.forEach((k, parts) -> enStats.put(k, shuffledMerge(parts, TermStats::merge, random)));
        List<TermStats> zhOut = new ArrayList<>(zhStats.values().stream()
                .filter(s -> s.df() >= minFreq || specials.zh().contains(s.key())).toList());
        List<TermStats> enOut = new ArrayList<>(enStats.values().stream()
                .filter(s -> s.df() >= minFreq || specials.en().containsKey(s.key())).toList());
        zhOut.sort((a, b) -> a.key().compareTo(b.key()));
        enOut.sort((a, b) -> a.key().compareTo(b.key()));
        return new Extraction(zhOut, enOut, minFreq, List.of());
    }

    @Override
    public <K extends Serializable, V extends Serializable> Map<K, V> mapUnits(UnitMapper<K, V> mapper,
                                                                               Merger<V> merger) {
        List<UnitKeys> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, random);
        List<Map<K, V>> partitions = new ArrayList<>();
        for (int from = 0; from < shuffled.size(); ) {
            int to = Math.min(shuffled.size(), from + 1 + random.nextInt(40));
            Map<K, V> part = new HashMap<>();
            shuffled.subList(from, to).forEach(u -> mapper.map(u, (k, v) -> part.merge(k, v, merger)));
            partitions.add(part);
            from = to;
        }
        return shuffledMerge(partitions, (a, b) -> {
            Map<K, V> m = new HashMap<>(a);
            b.forEach((k, v) -> m.merge(k, v, merger));
            return m;
        }, random);
    }

    @Override
    public void countPairs(KeptKeys kept, int minBoth, PairSink sink) {
        Map<Long, Integer> counts = mapUnits((UnitKeys u, java.util.function.BiConsumer<Long, Integer> out) -> {
            for (long z : u.zh()) {
                for (long e : u.en()) {
                    if (kept.zh(z) >= 0 && kept.en(e) >= 0) {
                        out.accept(((long) kept.zh(z) << 32) | kept.en(e), 1);
                    }
                }
            }
        }, Integer::sum);
        List<Map.Entry<Long, Integer>> entries = new ArrayList<>(counts.entrySet());
        Collections.shuffle(entries, random);
        for (Map.Entry<Long, Integer> e : entries) {
            if (e.getValue() >= minBoth) {
                sink.accept((int) (e.getKey() >>> 32), (int) (long) e.getKey(), e.getValue());
            }
        }
    }

    @Override
    public Map<String, TermStats> stats(boolean chinese, Set<String> keys) {
        Map<String, TermStats> out = new HashMap<>();
        for (String k : keys) {
            TermStats s = (chinese ? zhStats : enStats).get(k);
            if (s != null) {
                out.put(k, s);
            }
        }
        return out;
    }

    @Override
    public Map<Long, UnitText> texts(Set<Long> ordinals) {
        Map<Long, UnitText> out = new HashMap<>();
        for (long o : ordinals) {
            out.put(o, TermsMap.text(o, used.get((int) o)));
        }
        return out;
    }

    @Override
    public void close() {
    }
}

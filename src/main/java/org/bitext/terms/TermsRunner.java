package org.bitext.terms;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import org.bitext.align.Level;

/**
 * What the terms driver ({@link TermExtractor}) needs from whatever runs the per-unit work: passes over the
 * units that map each unit and merge the results by key. The single-machine runner ({@link LocalRunner})
 * streams the units and spills to disk within a memory budget; the Spark runner (profile {@code spark})
 * distributes them. Both call the same map functions ({@link TermsMap}) and merge functions (the records'
 * {@code merge}), so they give the same result; ordinals make every order-dependent choice order-free.
 *
 * <p>Call order: {@link #scan}, {@link #extract}, then any of the other operations.
 */
public interface TermsRunner extends AutoCloseable {

    /**
     * What the first pass found: every unit read, the usable units (two-sided, above the confidence floor)
     * of each level, and the definitions of each level's usable units (ordinals counted per level).
     */
    record Scan(long seen, long sentences, long paragraphs, FoundDefinitions sentenceDefinitions,
                FoundDefinitions paragraphDefinitions) implements Serializable {
    }

    /**
     * The merged candidate stats: every key with df at least {@code minFreq} and every special key that
     * occurs, sorted by key; {@code minFreq} is the threshold asked for unless the frequent vocabulary would
     * not fit the memory budget (then a higher one, and {@code warnings} says so).
     */
    record Extraction(List<TermStats> zh, List<TermStats> en, int minFreq, List<String> warnings)
            implements Serializable {
        public Extraction {
            zh = List.copyOf(zh);
            en = List.copyOf(en);
            warnings = List.copyOf(warnings);
        }
    }

    /** Maps one unit's keys to (key, value) results. */
    @FunctionalInterface
    interface UnitMapper<K, V> extends Serializable {
        void map(UnitKeys unit, BiConsumer<K, V> out);
    }

    /** Merges two values of one key; must be associative and commutative. */
    @FunctionalInterface
    interface Merger<V> extends BinaryOperator<V>, Serializable {
    }

    /** A value found in a unit, ranked by where: the unit ordinal and the place in the unit, packed. */
    interface Found extends Serializable {
        /** Grows with the unit ordinal (then the place in the unit); distinct finds have distinct seqs. */
        long seq();
    }

    /**
     * The first-found values of at most {@code limit} keys (see {@link #firstFound}), and whether keys were
     * left out to keep to the limit.
     */
    record FirstFound<K, V>(Map<K, V> values, boolean cut) {
        public FirstFound {
            values = java.util.Collections.unmodifiableMap(values);
        }
    }

    /** Receives one merged pair count. */
    @FunctionalInterface
    interface PairSink {
        void accept(int zh, int en, int both);
    }

    /** First pass: counts units and finds the definitions of the usable ones. */
    Scan scan();

    /**
     * Second pass over the units of {@code level} (usable ones, in source order, numbered by ordinal):
     * {@link TermsMap#extract} on each, candidate stats merged by key. Keeps each unit's {@link UnitKeys} for
     * the later operations.
     */
    Extraction extract(Level level, Specials specials, int minFreq);

    /** Maps every extracted unit with {@code mapper} and merges values by key; the result must fit in memory. */
    <K extends Serializable, V extends Serializable> Map<K, V> mapUnits(UnitMapper<K, V> mapper, Merger<V> merger);

    /**
     * Maps every extracted unit with {@code mapper}; of each key keeps the value found first (smallest seq;
     * for one key, two finds with one seq must be equal), and of the keys keeps the {@code limit} whose
     * values were found first (ties: the smaller key). So the result is what a full merge then a cut would
     * give, in memory bounded by {@code limit} keys however many the units hold. This default merges all
     * keys first; runners with a memory bound override it.
     */
    default <K extends Comparable<K> & Serializable, V extends Found> FirstFound<K, V> firstFound(
            UnitMapper<K, V> mapper, int limit) {
        Map<K, V> all = mapUnits(mapper, (a, b) -> a.seq() <= b.seq() ? a : b);
        List<Map.Entry<K, V>> ranked = new java.util.ArrayList<>(all.entrySet());
        ranked.sort(Map.Entry.<K, V>comparingByValue(java.util.Comparator.comparingLong(Found::seq))
                .thenComparing(Map.Entry.comparingByKey()));
        Map<K, V> kept = new java.util.HashMap<>();
        ranked.stream().limit(limit).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return new FirstFound<>(kept, ranked.size() > limit);
    }

    /**
     * The heap this runner's driver may use, or {@link Long#MAX_VALUE} for no bound (a cluster's driver
     * memory is set by {@code spark-submit}): the driver sizes what it keeps of the rare dictionary tier from it.
     */
    default long memoryBudget() {
        return Long.MAX_VALUE;
    }

    /**
     * Counts, over the extracted units, every pair of a kept Chinese and a kept English key held by the same
     * unit (ids from {@code kept}), and passes the pairs held by at least {@code minBoth} units to {@code sink}.
     */
    void countPairs(KeptKeys kept, int minBoth, PairSink sink);

    /** The merged stats of the given keys (rare keys the extraction did not return); absent keys left out. */
    Map<String, TermStats> stats(boolean chinese, Set<String> keys);

    /** The texts of the extracted units with the given ordinals. */
    Map<Long, UnitText> texts(Set<Long> ordinals);

    /**
     * How many units' texts the driver may hold at once (it fetches boundary units in batches of this
     * size); a runner with a memory budget sizes it from the budget.
     */
    default int textBatch() {
        return 1 << 20;
    }

    /** Frees what the runner holds (spill files); never throws. */
    @Override
    void close();
}

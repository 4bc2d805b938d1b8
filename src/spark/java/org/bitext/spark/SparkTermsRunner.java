package org.bitext.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.bitext.align.Level;
import org.bitext.terms.FoundDefinitions;
import org.bitext.terms.KeptKeys;
import org.bitext.terms.Specials;
import org.bitext.terms.TermStats;
import org.bitext.terms.TermsMap;
import org.bitext.terms.TermsRunner;
import org.bitext.terms.UnitKeys;
import org.bitext.terms.UnitTerms;
import org.bitext.terms.UnitText;
import org.bitext.text.BadInputException;
import scala.Tuple2;

/**
 * The terms job's passes on Apache Spark: the same per-unit functions ({@link TermsMap}) and merges as the
 * single-machine runner, as RDD operations (map per unit, {@code reduceByKey} with the records' merge
 * functions, the small results collected to the driver), so that the shared driver gives the same term list.
 *
 * <p>Ordinals: the export numbers every unit in the order the terms job reads the index; this runner sorts
 * by that number and numbers the usable units of each level again from 0, which is exactly what the
 * single-machine runner does while streaming (so even ordinals that leak into an order are the same). An
 * export whose numbers are not 0..n-1 (edited, or two concatenated) is bad input: its order would be
 * ambiguous.
 *
 * <p>What is reused stays persisted: the numbered units of each level, each unit's {@link UnitKeys} (the
 * compact form later passes read, so segmentation runs once per unit), and the merged stats of every key
 * (for the rare keys the driver asks about later). {@link #close} releases them; what serves a single pass
 * (the per-unit extraction results, the broadcast look-up sets) is released in a {@code finally} at the end of
 * that pass, so a failing job frees everything too. The session is the caller's.
 */
public final class SparkTermsRunner implements TermsRunner {

    private final JavaSparkContext sc;
    private final JavaRDD<ExportedUnit> units;
    private final double floor;
    private final Path origin;
    private final Consumer<String> progress;
    private final List<JavaRDD<?>> persisted = new ArrayList<>();
    private final List<Broadcast<?>> broadcasts = new ArrayList<>();
    private final Map<Level, JavaPairRDD<Long, ExportedUnit>> numbered = new EnumMap<>(Level.class);
    private Level level;
    private JavaRDD<UnitKeys> keys;
    private JavaPairRDD<String, TermStats> zhStats;
    private JavaPairRDD<String, TermStats> enStats;

    /**
     * @param sc     the Spark context
     * @param units  every unit of the export
     * @param floor  units with a lower bead confidence are not used
     * @param origin   the export, named in error messages
     * @param progress receives a line per pass (what it did, how long it took)
     */
    public SparkTermsRunner(JavaSparkContext sc, JavaRDD<ExportedUnit> units, double floor, Path origin,
                            Consumer<String> progress) {
        this.sc = Objects.requireNonNull(sc, "sc");
        this.units = Objects.requireNonNull(units, "units");
        if (!(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("confidence floor must be in [0,1], was " + floor);
        }
        this.floor = floor;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public Scan scan() {
        long start = System.nanoTime();
        JavaRDD<ExportedUnit> sorted = keep(units.sortBy(ExportedUnit::ordinal, true, units.getNumPartitions())
                .persist(StorageLevel.MEMORY_AND_DISK_SER()));
        long seen = sorted.count();
        // Sorted by ordinal and numbered in that order: each unit's number must be its ordinal.
        List<Tuple2<ExportedUnit, Long>> off = sorted.zipWithIndex().filter(t -> t._1.ordinal() != t._2).take(1);
        if (!off.isEmpty()) {
            throw new BadInputException(origin, "unit ordinals are not 0.." + (seen - 1) + " (found " + off.get(0)._1
                    .ordinal() + " at position " + off.get(0)._2 + "): write the file with 'bitext export'"
                    + " and do not edit or concatenate it");
        }
        long[] counts = new long[2];
        FoundDefinitions[] defs = new FoundDefinitions[2];
        for (Level l : Level.values()) {
            double f = floor;
            // a filter keeps the sorted order of the partitions, so zipWithIndex numbers in export order
            JavaPairRDD<Long, ExportedUnit> n = sorted.filter(u -> u.level() == l && TermsMap.usable(u.pair(), f))
                    .zipWithIndex().mapToPair(t -> new Tuple2<>(t._2, t._1))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            keep(n.rdd().toJavaRDD());
            numbered.put(l, n);
            counts[l.ordinal()] = n.count();
            defs[l.ordinal()] = n.map(t -> TermsMap.definitions(t._1, t._2.pair()))
                    .fold(FoundDefinitions.NONE, FoundDefinitions::merge);
        }
        sorted.unpersist(false);
        progress.accept("spark: " + seen + " units read and numbered" + took(start));
        return new Scan(seen, counts[Level.SENTENCE.ordinal()], counts[Level.PARAGRAPH.ordinal()],
                defs[Level.SENTENCE.ordinal()], defs[Level.PARAGRAPH.ordinal()]);
    }

    @Override
    public Extraction extract(Level level, Specials specials, int minFreq) {
        if (numbered.isEmpty()) {
            throw new IllegalStateException("scan() first");
        }
        this.level = Objects.requireNonNull(level, "level");
        long start = System.nanoTime();
        Broadcast<Specials> sp = sc.broadcast(specials);
        broadcasts.add(sp); // in the lineage of the persisted results: released by close(), also after a failure
        // The costly part, once per unit: kept on local disk while the two reductions and the keys read it.
        JavaRDD<UnitTerms> terms = numbered.get(level).map(t -> TermsMap.extract(t._1, t._2.pair(), sp.value()))
                .persist(StorageLevel.DISK_ONLY());
        try {
            keys = keep(terms.map(UnitTerms::keys).persist(StorageLevel.MEMORY_AND_DISK_SER()));
            zhStats = stats(terms, true);
            enStats = stats(terms, false);
            keys.count();
            Set<String> zhSpecial = new HashSet<>(specials.zh()); // (a key set view does not serialize)
            Set<String> enSpecial = new HashSet<>(specials.en().keySet());
            List<TermStats> zh = frequent(zhStats, minFreq, zhSpecial);
            List<TermStats> en = frequent(enStats, minFreq, enSpecial);
            progress.accept("spark: candidates extracted and merged" + took(start));
            return new Extraction(zh, en, minFreq, List.of());
        } finally {
            // only this pass reads it: released here whether the pass succeeded or failed
            unpersistQuietly(terms);
        }
    }

    private JavaPairRDD<String, TermStats> stats(JavaRDD<UnitTerms> terms, boolean chinese) {
        JavaPairRDD<String, TermStats> s = terms
                .flatMapToPair(u -> (chinese ? u.zh() : u.en()).stream().map(t -> new Tuple2<>(t.key(), t)).iterator())
                .reduceByKey(TermStats::merge)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        keep(s.rdd().toJavaRDD());
        return s;
    }

    private static List<TermStats> frequent(JavaPairRDD<String, TermStats> stats, int minFreq, Set<String> special) {
        List<TermStats> out = new ArrayList<>(stats.values()
                .filter(t -> t.df() >= minFreq || special.contains(t.key())).collect());
        out.sort(Comparator.comparing(TermStats::key));
        return out;
    }

    @Override
    public <K extends Serializable, V extends Serializable> Map<K, V> mapUnits(UnitMapper<K, V> mapper,
                                                                              Merger<V> merger) {
        long start = System.nanoTime();
        JavaPairRDD<K, V> mapped = mapped(extracted(), mapper);
        Map<K, V> out = new HashMap<>(mapped.reduceByKey(merger::apply).collectAsMap());
        progress.accept("spark: units mapped to " + out.size() + " keys" + took(start));
        return out;
    }

    /**
     * Three quarters of the driver's heap ({@code spark.driver.memory}): the term list is built on the
     * driver, so its rare dictionary tier is sized from the driver as the single-machine job's is from its
     * budget; the executors' memory is Spark's to manage.
     */
    @Override
    public long memoryBudget() {
        return Runtime.getRuntime().maxMemory() / 4 * 3;
    }

    /** Every unit's (key, value) results; static, so that the closure Spark ships holds the mapper alone. */
    private static <K, V> JavaPairRDD<K, V> mapped(JavaRDD<UnitKeys> units, UnitMapper<K, V> mapper) {
        return units.flatMapToPair(u -> {
            List<Tuple2<K, V>> out = new ArrayList<>();
            mapper.map(u, (k, v) -> out.add(new Tuple2<>(k, v)));
            return out.iterator();
        });
    }

    /**
     * Reduced by key to each key's first find on the executors; only the first {@code limit} keys (by seq,
     * then key) reach the driver, through {@code takeOrdered}, which keeps that many per partition.
     */
    @Override
    public <K extends Comparable<K> & Serializable, V extends Found> FirstFound<K, V> firstFound(
            UnitMapper<K, V> mapper, int limit) {
        if (limit == Integer.MAX_VALUE) {
            return TermsRunner.super.firstFound(mapper, limit);
        }
        long start = System.nanoTime();
        JavaPairRDD<K, V> mapped = mapped(extracted(), mapper);
        List<Tuple2<K, V>> first = mapped.reduceByKey((a, b) -> a.seq() <= b.seq() ? a : b)
                .takeOrdered(limit + 1, new FirstFoundOrder<>());
        Map<K, V> out = new HashMap<>();
        first.stream().limit(limit).forEach(t -> out.put(t._1(), t._2()));
        progress.accept("spark: units mapped to the first " + out.size() + " keys" + took(start));
        return new FirstFound<>(out, first.size() > limit);
    }

    /** Seq, then key: the order {@link #firstFound} keeps by (a named class, as Spark serializes it). */
    private static final class FirstFoundOrder<K extends Comparable<K>, V extends Found>
            implements Comparator<Tuple2<K, V>>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Tuple2<K, V> a, Tuple2<K, V> b) {
            int c = Long.compare(a._2().seq(), b._2().seq());
            return c != 0 ? c : a._1().compareTo(b._1());
        }
    }

    /**
     * The largest share of the job's records (every kept pair of every unit), so counted by Spark SQL rather
     * than an RDD reduce: the packed pairs are plain longs, which its hash aggregation combines in compact
     * binary rows, where {@code reduceByKey} would shuffle a Java-serialized tuple per pair.
     */
    @Override
    public void countPairs(KeptKeys kept, int minBoth, PairSink sink) {
        long start = System.nanoTime();
        Broadcast<KeptKeys> k = sc.broadcast(kept);
        try {
            countPairs(k, minBoth, sink, start);
        } finally {
            destroyQuietly(k);
        }
    }

    private void countPairs(Broadcast<KeptKeys> k, int minBoth, PairSink sink, long start) {
        SparkSession spark = SparkSession.builder().sparkContext(sc.sc()).getOrCreate();
        Dataset<Long> pairs = spark.createDataset(extracted().flatMap(u -> pairsOf(u, k.value())).rdd(),
                Encoders.LONG());
        Dataset<Row> counts = pairs.groupBy("value").count()
                .filter(functions.col("count").geq(minBoth))
                .orderBy("value"); // (zh id, en id) ascending: the order a merge of sorted runs gives
        long n = 0;
        for (Iterator<Row> it = counts.toLocalIterator(); it.hasNext(); n++) {
            Row r = it.next();
            long packed = r.getLong(0);
            sink.accept((int) (packed >>> 32), (int) packed, Math.toIntExact(r.getLong(1)));
        }
        progress.accept("spark: " + n + " pairs in at least " + minBoth + " units counted" + took(start));
    }

    /** Every (kept Chinese id, kept English id) of one unit, packed as zh << 32 | en, counted once. */
    private static Iterator<Long> pairsOf(UnitKeys u, KeptKeys kept) {
        int[] en = new int[u.en().length];
        int m = 0;
        for (long h : u.en()) {
            int id = kept.en(h);
            if (id >= 0) {
                en[m++] = id;
            }
        }
        if (m == 0) {
            return java.util.Collections.emptyIterator();
        }
        List<Long> out = new ArrayList<>();
        for (long h : u.zh()) {
            int z = kept.zh(h);
            if (z >= 0) {
                for (int i = 0; i < m; i++) {
                    out.add(((long) z << 32) | en[i]);
                }
            }
        }
        return out.iterator();
    }

    @Override
    public Map<String, TermStats> stats(boolean chinese, Set<String> keys) {
        extracted();
        if (keys.isEmpty()) {
            return new HashMap<>();
        }
        Broadcast<Set<String>> wanted = sc.broadcast(new HashSet<>(keys));
        try {
            return new HashMap<>((chinese ? zhStats : enStats).filter(t -> wanted.value().contains(t._1))
                    .collectAsMap());
        } finally {
            destroyQuietly(wanted);
        }
    }

    @Override
    public Map<Long, UnitText> texts(Set<Long> ordinals) {
        extracted();
        if (ordinals.isEmpty()) {
            return new HashMap<>();
        }
        Broadcast<Set<Long>> wanted = sc.broadcast(new HashSet<>(ordinals));
        try {
            Map<Long, UnitText> out = new HashMap<>();
            for (UnitText t : numbered.get(level).filter(t -> wanted.value().contains(t._1))
                    .map(t -> TermsMap.text(t._1, t._2.pair())).collect()) {
                out.put(t.ordinal(), t);
            }
            return out;
        } finally {
            destroyQuietly(wanted);
        }
    }

    /** Releases every persisted RDD and broadcast of the job; the runner's methods must not be called after. */
    @Override
    public void close() {
        persisted.forEach(SparkTermsRunner::unpersistQuietly);
        persisted.clear();
        broadcasts.forEach(SparkTermsRunner::destroyQuietly);
        broadcasts.clear();
    }

    /**
     * Releasing runs in {@code finally} blocks, often while an error is on its way out: a failure to release
     * (the context stopping, which frees everything anyway) must not replace that error.
     */
    private static void unpersistQuietly(JavaRDD<?> rdd) {
        try {
            rdd.unpersist(false);
        } catch (RuntimeException e) {
            // the context may be stopping; what it held goes with it
        }
    }

    private static void destroyQuietly(Broadcast<?> b) {
        try {
            b.destroy();
        } catch (RuntimeException e) {
            // as above
        }
    }

    private static String took(long start) {
        return String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - start) / 1e9);
    }

    private JavaRDD<UnitKeys> extracted() {
        if (keys == null) {
            throw new IllegalStateException("extract() first");
        }
        return keys;
    }

    private <T extends JavaRDD<?>> T keep(T rdd) {
        persisted.add(rdd);
        return rdd;
    }
}

package org.bitext.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.format.UnitExport;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each operation of the Spark runner (local[2], the input split in several partitions) against the same core
 * functions applied to the units one after the other, in the order the single-machine job reads them: the
 * exported CD/1937 index, a few units made unusable to check the numbering.
 */
class SparkTermsRunnerTest {

    /** A find of a key in a unit; the first one is kept. */
    record Find(String ref, long seq) implements TermsRunner.Found {
    }

    private static final double FLOOR = 0.5;

    @TempDir
    static Path tmp;
    static Path export;
    /** The units of the export, in export order. */
    static List<AlignedPair> all;
    /** The usable sentence units, in order: the ordinal is the index. */
    static List<AlignedPair> sentences;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        Path index = tmp.resolve("index");
        Bitext.index(corpus, index);
        all = new ArrayList<>();
        try (Bitext b = Bitext.open(index)) {
            b.forEachUnit(Level.SENTENCE, all::add);
            b.forEachUnit(Level.PARAGRAPH, all::add);
        }
        // a low-confidence and a one-sided unit among the first ones: numbering must skip them
        all.set(3, withConfidence(all.get(3), 0.2));
        AlignedPair p = all.get(5);
        all.set(5, new AlignedPair(p.document(), p.level(), p.paragraph(), p.unit(), "", p.zh(), p.confidence()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            sb.append(UnitExport.line(i, all.get(i))).append('\n');
        }
        export = tmp.resolve("units.jsonl");
        Files.writeString(export, sb, StandardCharsets.UTF_8);
        sentences = all.stream().filter(u -> u.level() == Level.SENTENCE && TermsMap.usable(u, FLOOR)).toList();
    }

    private static AlignedPair withConfidence(AlignedPair p, double c) {
        return new AlignedPair(p.document(), p.level(), p.paragraph(), p.unit(), p.en(), p.zh(), c, p.address(),
                p.symbol(), p.date());
    }

    private static SparkTermsRunner runner(Path file) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
        return new SparkTermsRunner(sc, SparkUnits.units(SparkUnits.read(LocalSpark.get(), file.toString()))
                .repartition(3), FLOOR, file, m -> { });
    }

    @Test
    void everyOperationGivesWhatTheCoreGivesUnitByUnit() {
        // the sequential reference
        FoundDefinitions defs = FoundDefinitions.NONE;
        List<UnitTerms> terms = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            defs = FoundDefinitions.merge(defs, TermsMap.definitions(i, sentences.get(i)));
        }
        Specials specials = new Specials(Set.of("禁产条约"), Map.of("fmct", "FMCT"));
        Map<String, TermStats> zh = new TreeMap<>();
        Map<String, TermStats> en = new TreeMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            UnitTerms t = TermsMap.extract(i, sentences.get(i), specials);
            terms.add(t);
            t.zh().forEach(s -> zh.merge(s.key(), s, TermStats::merge));
            t.en().forEach(s -> en.merge(s.key(), s, TermStats::merge));
        }
        try (SparkTermsRunner r = runner(export)) {
            TermsRunner.Scan scan = r.scan();
            assertEquals(all.size(), scan.seen());
            assertEquals(sentences.size(), scan.sentences());
            assertEquals(all.stream().filter(u -> u.level() == Level.PARAGRAPH && TermsMap.usable(u, FLOOR)).count(),
                    scan.paragraphs());
            assertEquals(defs, scan.sentenceDefinitions());
            assertFalse(defs.pairs().isEmpty(), "CD/1937 defines FMCT");

            TermsRunner.Extraction x = r.extract(Level.SENTENCE, specials, 2);
            assertEquals(zh.values().stream().filter(s -> s.df() >= 2 || s.key().equals("禁产条约")).toList(), x.zh());
            assertEquals(en.values().stream().filter(s -> s.df() >= 2 || s.key().equals("fmct")).toList(), x.en());
            assertTrue(x.zh().size() > 20 && x.en().size() > 20, x.zh().size() + " " + x.en().size());

            // rare keys come back on request, merged the same way
            Set<String> rare = Set.of(zh.values().stream().filter(s -> s.df() == 1).findFirst().orElseThrow().key(),
                    "不存在的键");
            Map<String, TermStats> got = r.stats(true, rare);
            assertEquals(1, got.size());
            rare.stream().filter(zh::containsKey).forEach(k -> assertEquals(zh.get(k), got.get(k)));

            // a mapper over the kept units' keys, merged by key
            Map<String, Integer> perRef = r.mapUnits((UnitKeys u, java.util.function.BiConsumer<String, Integer> out)
                    -> out.accept(u.ref(), u.zh().length), Integer::sum);
            Map<String, Integer> expected = new HashMap<>();
            terms.forEach(t -> expected.merge(t.ref(), t.keys().zh().length, Integer::sum));
            assertEquals(expected, perRef);

            // the first-found keys, cut as the driver cuts the rare dictionary tier (takeOrdered on Spark)
            TermsRunner.UnitMapper<String, Find> finds = (u, out) -> {
                for (int i = 0; i < u.zh().length; i++) {
                    out.accept("k" + Math.floorMod(u.zh()[i], 40), new Find(u.ref(), u.ordinal() * 4096 + i));
                }
            };
            List<Map.Entry<String, Find>> ranked = new ArrayList<>(r.mapUnits(finds,
                    (a, b) -> a.seq() <= b.seq() ? a : b).entrySet());
            ranked.sort(Map.Entry.<String, Find>comparingByValue(java.util.Comparator.comparingLong(Find::seq))
                    .thenComparing(Map.Entry.comparingByKey()));
            assertTrue(ranked.size() > 20, "keys: " + ranked.size());
            for (int limit : new int[] {1, 7, ranked.size(), ranked.size() + 1}) {
                Map<String, Find> want = new HashMap<>();
                ranked.stream().limit(limit).forEach(e -> want.put(e.getKey(), e.getValue()));
                TermsRunner.FirstFound<String, Find> first = r.firstFound(finds, limit);
                assertEquals(want, first.values(), "limit " + limit);
                assertEquals(ranked.size() > limit, first.cut(), "limit " + limit);
            }

            // pair counts over the kept keys, in (zh id, en id) order
            KeptKeys kept = new KeptKeys();
            List<String> zhKeys = x.zh().stream().map(TermStats::key).toList();
            List<String> enKeys = x.en().stream().map(TermStats::key).toList();
            for (int i = 0; i < zhKeys.size(); i++) {
                kept.keepZh(zhKeys.get(i), i);
            }
            for (int i = 0; i < enKeys.size(); i++) {
                kept.keepEn(enKeys.get(i), i);
            }
            List<long[]> pairs = new ArrayList<>();
            r.countPairs(kept, 2, (z, e, both) -> pairs.add(new long[] {z, e, both}));
            Map<List<Integer>, Integer> reference = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                    ? Integer.compare(a.get(1), b.get(1)) : Integer.compare(a.get(0), b.get(0)));
            for (UnitTerms t : terms) {
                for (TermStats z : t.zh()) {
                    for (TermStats e : t.en()) {
                        if (zhKeys.contains(z.key()) && enKeys.contains(e.key())) {
                            reference.merge(List.of(zhKeys.indexOf(z.key()), enKeys.indexOf(e.key())), 1, Integer::sum);
                        }
                    }
                }
            }
            List<long[]> want = new ArrayList<>();
            reference.forEach((k, v) -> {
                if (v >= 2) {
                    want.add(new long[] {k.get(0), k.get(1), v});
                }
            });
            assertEquals(want.size(), pairs.size());
            for (int i = 0; i < want.size(); i++) {
                assertEquals(List.of(want.get(i)[0], want.get(i)[1], want.get(i)[2]),
                        List.of(pairs.get(i)[0], pairs.get(i)[1], pairs.get(i)[2]));
            }
            assertTrue(pairs.size() > 10, "pairs: " + pairs.size());

            // texts by ordinal: the ordinals of the usable sentence units
            Map<Long, UnitText> texts = r.texts(Set.of(0L, 4L, (long) sentences.size() - 1, 1_000_000L));
            assertEquals(Set.of(0L, 4L, (long) sentences.size() - 1), texts.keySet());
            for (long o : texts.keySet()) {
                assertEquals(TermsMap.text(o, sentences.get((int) o)), texts.get(o));
            }
        }
    }

    @Test
    void anExportWithDuplicatedOrdinalsIsBadInput() throws IOException {
        Path twice = tmp.resolve("twice.jsonl");
        String one = Files.readString(export, StandardCharsets.UTF_8);
        Files.writeString(twice, one + one, StandardCharsets.UTF_8);
        try (SparkTermsRunner r = runner(twice)) {
            BadInputException e = assertThrows(BadInputException.class, r::scan);
            assertTrue(e.getMessage().startsWith(twice + ": unit ordinals are not 0.."), e.getMessage());
        }
    }
}

package org.bitext.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bitext.Bitext;
import org.bitext.bench.ZipfCorpus;
import org.bitext.format.UnitExport;
import org.apache.spark.api.java.JavaSparkContext;
import org.bitext.terms.LocalRunner;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermsOptions;
import org.bitext.terms.TermsReport;
import org.bitext.text.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated units ({@link ZipfCorpus}: a vocabulary that keeps growing, planted terms and acronyms):
 * the single-machine job over the generator and the Spark job (local[2]) over its export give the same bytes.
 * The times are printed for the README, not checked (timing is the benchmarks' business).
 */
class GeneratedCorpusSparkTest {

    /** 100,000 (the figure); {@code -Dbitext.spark.units=N} for a quicker look. */
    private static final int UNITS = Integer.getInteger("bitext.spark.units", 100_000);

    @TempDir
    Path tmp;

    @Test
    void aHundredThousandGeneratedUnitsGiveTheSameTermListOnSparkAsOnOneMachine() throws IOException {
        ZipfCorpus corpus = new ZipfCorpus(UNITS, 16);
        Path units = tmp.resolve("zipf.jsonl");
        long[] n = new long[1];
        OutputFile.writeText(units, w -> n[0] = UnitExport.writeJsonl(corpus, w));
        assertEquals(UNITS, n[0]);

        Path local = tmp.resolve("local.tsv");
        long t0 = System.nanoTime();
        TermsOptions localOptions = TermsOptions.forUnits(local, 2, 0, null, 0.5);
        RecordingRunner oneRunner = new RecordingRunner(new LocalRunner(corpus, 0.5,
                new LocalRunner.Budget(localOptions.memory(), tmp), m -> System.out.println("one machine: " + m)));
        TermsReport one;
        try (oneRunner) {
            one = Bitext.extractTerms(localOptions, oneRunner, units, m -> System.out.println("one machine: " + m));
        }
        long t1 = System.nanoTime();
        Path spark = tmp.resolve("spark.tsv");
        RecordingRunner manyRunner = new RecordingRunner(new SparkTermsRunner(
                JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext()),
                SparkUnits.units(SparkUnits.read(LocalSpark.get(), units.toString())), 0.5, units,
                System.out::println));
        TermsReport many;
        try (manyRunner) {
            many = Bitext.extractTerms(TermsOptions.forUnits(spark, 2, 0, null, 0.5), manyRunner, units,
                    System.out::println);
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "generated %d units: one machine %.1f s, Spark local[2] %.1f s, %d pairs%n",
                UNITS, (t1 - t0) / 1e9, (t2 - t1) / 1e9, many.terms().size());
        // the runners answered every call of the driver alike (else: the first call that differs)
        for (int i = 0; i < Math.min(oneRunner.calls.size(), manyRunner.calls.size()); i++) {
            String a = oneRunner.calls.get(i);
            String b = manyRunner.calls.get(i);
            if (!a.equals(b)) {
                int d = 0;
                while (d < Math.min(a.length(), b.length()) && a.charAt(d) == b.charAt(d)) {
                    d++;
                }
                int from = Math.max(0, d - 300);
                assertEquals(a.substring(from, Math.min(a.length(), d + 300)),
                        b.substring(from, Math.min(b.length(), d + 300)),
                        "call " + i + " (" + a.substring(0, Math.min(a.length(), 60)) + ") answered differently at "
                        + d);
            }
        }
        assertEquals(oneRunner.calls.size(), manyRunner.calls.size());

        assertEquals(UNITS, one.unitsUsed());
        assertEquals(UNITS, many.unitsUsed());
        assertTrue(one.terms().size() > 100, "pairs: " + one.terms().size());
        byte[] expected = Files.readAllBytes(local);
        if (!java.util.Arrays.equals(expected, Files.readAllBytes(spark))) {
            // keep both for a look, and name the first line that differs
            Path keep = Files.createDirectories(Path.of("target", "spark-mismatch"));
            Files.copy(local, keep.resolve("local.tsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(spark, keep.resolve("spark.tsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> a = Files.readAllLines(local, StandardCharsets.UTF_8);
            List<String> b = Files.readAllLines(spark, StandardCharsets.UTF_8);
            int i = 0;
            while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
                i++;
            }
            assertEquals(i < a.size() ? a.get(i) : "(end)", i < b.size() ? b.get(i) : "(end)",
                    "line " + (i + 1) + " differs; both files in " + keep);
        }
        assertArrayEquals(expected, Files.readAllBytes(spark));
        // the planted acronyms' definitions are found: the list is about something
        assertTrue(one.terms().stream().anyMatch(t -> t.pair().kind() == TermPair.Kind.ACRONYM));
        assertTrue(new String(expected, StandardCharsets.UTF_8).lines().count() > 100);
    }
}

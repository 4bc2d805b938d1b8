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
        TermsReport one = Bitext.extractTerms(TermsOptions.forUnits(local, 2, 0, null, 0.5), corpus, m -> { });
        long t1 = System.nanoTime();
        Path spark = tmp.resolve("spark.tsv");
        TermsReport many = TermsOnSpark.run(LocalSpark.get(), units.toString(),
                TermsOptions.forUnits(spark, 2, 0, null, 0.5), System.out::println);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "generated %d units: one machine %.1f s, Spark local[2] %.1f s, %d pairs%n",
                UNITS, (t1 - t0) / 1e9, (t2 - t1) / 1e9, many.terms().size());

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

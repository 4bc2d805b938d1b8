package org.bitext.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bitext.Bitext;
import org.bitext.format.UnitExport;
import org.bitext.terms.TermsOptions;
import org.bitext.terms.TermsReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terms job on Spark (local[2]) against the single-machine job on the shipped corpus: an index built from
 * {@code corpus/} through the facade, {@code bitext terms} on it, and the Spark job on its export, as JSON
 * Lines and as Parquet, give byte-identical term lists (CSV, TSV, TBX). Also the command line's bad-input
 * paths.
 */
class TermsOnSparkTest {

    @TempDir
    static Path tmp;
    static Path index;
    static Path units;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        index = tmp.resolve("index");
        Bitext.index(corpus, index);
        units = tmp.resolve("units.jsonl");
        Bitext.exportUnits(index, UnitExport.Format.JSONL, units);
    }

    private static byte[] local(String name, int minFreq) throws IOException {
        Path out = tmp.resolve("local-" + name);
        Bitext.extractTerms(new TermsOptions(null, index, out, minFreq, 0, null, 0.5));
        return Files.readAllBytes(out);
    }

    private static byte[] spark(String unitsFile, String name, int minFreq) throws IOException {
        Path out = tmp.resolve("spark-" + name);
        List<String> progress = new ArrayList<>();
        TermsReport r = TermsOnSpark.run(LocalSpark.get(), unitsFile, TermsOptions.forUnits(out, minFreq, 0, null, 0.5),
                progress::add);
        assertEquals(out, r.output());
        return Files.readAllBytes(out);
    }

    @Test
    void theShippedCorpusGivesTheSameTermListOnSparkAsOnOneMachine() throws IOException {
        for (String name : List.of("terms.csv", "terms.tbx")) {
            byte[] local = local(name, 2);
            assertTrue(local.length > 1000, name + ": " + local.length + " bytes");
            assertArrayEquals(local, spark(units.toString(), name, 2), name);
        }
        byte[] local = local("terms1.tsv", 1);
        assertArrayEquals(local, spark(units.toString(), "terms1.tsv", 1), "min-freq 1");
        String csv = Files.readString(tmp.resolve("spark-terms.csv"));
        assertTrue(csv.contains("禁产条约") && csv.contains("FMCT"), csv.substring(0, Math.min(csv.length(), 500)));
    }

    @Test
    void theParquetConversionGivesTheSameTermList() throws IOException {
        Path parquet = tmp.resolve("units.parquet");
        assertEquals(Files.readAllLines(units).size(), ParquetUnits.convert(LocalSpark.get(), units.toString(),
                parquet.toString()));
        assertTrue(Files.isDirectory(parquet));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().startsWith(".units.parquet.")), "no leftovers");
        }
        assertArrayEquals(local("p.csv", 2), spark(parquet.toString(), "p.csv", 2));
        // an existing target is refused, never replaced
        StringWriter err = new StringWriter();
        int code = TermsOnSpark.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute("convert", units.toString(), parquet.toString());
        assertEquals(2, code, err.toString());
        assertEquals("bitext-spark: " + parquet + ": exists; remove it or choose another name (nothing is"
                + " overwritten)", err.toString().strip());
    }

    @Test
    void theCommandLineRunsTheJobAndReportsBadInputInOneLine() throws IOException {
        Path out = tmp.resolve("cli.csv");
        StringWriter err = new StringWriter();
        // no --master: the running session (spark-submit's, here the tests') is used and left running
        LocalSpark.get();
        int code = TermsOnSpark.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute("terms", "--units", units.toString(), "-o", out.toString());
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("pairs from"), err.toString());
        assertArrayEquals(local("cli.csv", 2), Files.readAllBytes(out));

        for (String[] bad : new String[][] {
                {"terms", "--units", tmp.resolve("none.jsonl").toString(), "-o", tmp.resolve("x.csv").toString()},
                {"terms", "--units", units.toString(), "-o", tmp.resolve("x.docx").toString()},
                {"terms", "--units", index.resolve("x.txt").toString(), "-o", tmp.resolve("x.csv").toString()},
                {"terms", "--units", units.toString(), "-o", tmp.resolve("no/x.csv").toString()}}) {
            StringWriter e = new StringWriter();
            int c = TermsOnSpark.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(e, true))
                    .execute(bad);
            assertEquals(2, c, String.join(" ", bad) + ": " + e);
            assertTrue(e.toString().startsWith("bitext-spark: "), e.toString()); // before any work
            // one line (a usage error adds bitext's "Try ... --help")
            assertTrue(e.toString().strip().lines().skip(1).allMatch(l -> l.startsWith("Try '")), e.toString());
            assertFalse(e.toString().contains("\tat "), "no stack trace: " + e);
            assertFalse(Files.exists(tmp.resolve("x.csv")));
        }
    }
}

package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bitext.Bitext;
import org.bitext.ShippedCorpus;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.format.UnitExport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * {@code bitext export} over an index built from the shipped CD/1937 pair: every unit of the index once, in
 * the order the terms job reads it (sentences, then paragraphs), numbered 0..n-1; parquet and a missing
 * index refused in one line with exit 2 and nothing written.
 */
class ExportCommandTest {

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = ShippedCorpus.cd1937(tmp.resolve("corpus"));
        index = tmp.resolve("index");
        Bitext.index(corpus, index);
    }

    /** The index's units as the terms job reads them. */
    private static List<AlignedPair> indexUnits() {
        List<AlignedPair> units = new ArrayList<>();
        try (Bitext b = Bitext.open(index)) {
            b.forEachUnit(Level.SENTENCE, units::add);
            b.forEachUnit(Level.PARAGRAPH, units::add);
        }
        return units;
    }

    @Test
    void writesEveryUnitOnceInTheTermsJobsOrder() throws IOException {
        Path out = tmp.resolve("units.jsonl");
        CliRun r = CliRun.of("export", "--index", index.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<AlignedPair> units = indexUnits();
        assertTrue(units.size() > 68, "sentences and paragraphs: " + units.size());
        assertTrue(r.err().contains("export: " + units.size() + " units -> "), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(units.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Map<?, ?> m = new Json().toType(lines.get(i), Map.class);
            AlignedPair p = units.get(i);
            assertEquals((long) i, ((Number) m.get("ordinal")).longValue());
            assertEquals(UnitExport.line(i, p), lines.get(i));
            assertEquals(p.zh(), m.get("zh"));
            assertEquals(p.level().code(), m.get("level"));
        }
        assertEquals(Level.SENTENCE, units.get(0).level());
        assertEquals(Level.PARAGRAPH, units.get(units.size() - 1).level());
        assertTrue(lines.stream().anyMatch(l -> l.contains("禁产条约")));
    }

    @Test
    void parquetIsRefusedInOneLineWithoutWritingAnything() {
        Path out = tmp.resolve("units.parquet");
        CliRun r = CliRun.of("export", "--index", index.toString(), "--format", "parquet", "-o", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("bitext: " + out + ": parquet is written by the Spark jar"), r.err());
        assertTrue(r.err().contains("spark-terms convert"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderWithoutAnIndexIsBadInputAndNoOutputIsLeft() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("no-index"));
        Path out = tmp.resolve("none.jsonl");
        CliRun r = CliRun.of("export", "--index", empty.toString(), "-o", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("bitext: " + empty + ": no index here"), r.err());
        assertFalse(Files.exists(out));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().startsWith(".none.jsonl")), "no temporary file");
        }
    }
}

package org.bitext.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.bitext.Bitext;
import org.bitext.ShippedCorpus;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.format.UnitExport;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark (local[2]) reads what {@code bitext export} writes back into the very units of the index, hostile
 * text included, and refuses a broken export instead of dropping lines.
 */
class SparkUnitsTest {

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = ShippedCorpus.cd1937(tmp.resolve("corpus"));
        index = tmp.resolve("index");
        Bitext.index(corpus, index);
    }

    private static List<AlignedPair> readBack(Path file) {
        List<Row> rows = new ArrayList<>(SparkUnits.read(LocalSpark.get(), file.toString()).collectAsList());
        rows.sort(Comparator.comparingLong(SparkUnits::ordinal));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i, SparkUnits.ordinal(rows.get(i)));
        }
        return rows.stream().map(SparkUnits::pair).toList();
    }

    @Test
    void theSchemaHasTheExportsFieldsInItsOrder() {
        assertEquals(UnitExport.FIELDS, List.of(SparkUnits.SCHEMA.fieldNames()));
    }

    @Test
    void theExportOfAnIndexReadsBackAsItsUnits() {
        Path file = tmp.resolve("units.jsonl");
        long n = Bitext.exportUnits(index, UnitExport.Format.JSONL, file);
        List<AlignedPair> expected = new ArrayList<>();
        try (Bitext b = Bitext.open(index)) {
            b.forEachUnit(Level.SENTENCE, expected::add);
            b.forEachUnit(Level.PARAGRAPH, expected::add);
        }
        assertEquals(expected.size(), n);
        assertEquals(expected, readBack(file));
    }

    @Test
    void hostileTextSurvivesSparksJsonReader() throws IOException {
        List<AlignedPair> units = List.of(
                new AlignedPair("d \"q\"", Level.SENTENCE, "1", 1, "quote \" backslash \\ tab\t nl\n cr\r"
                        + " nul\u0000 ls\u2028 ps\u2029 astral 𝄞😀 </script>", "中文“引号”\\ 𠀀𪚥\u0007", 0.3333333333333333,
                        "art. 1 ¶2", "A/RES/1", "2020-01-31"),
                new AlignedPair("d", Level.PARAGRAPH, "0", 1, "", "只有中文", 1.0));
        Path file = tmp.resolve("hostile.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            sb.append(UnitExport.line(i, units.get(i))).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        assertEquals(units, readBack(file));
    }

    @Test
    void aBrokenLineFailsTheReadInsteadOfBeingDropped() throws IOException {
        Path file = tmp.resolve("broken.jsonl");
        Files.writeString(file, UnitExport.line(0, new AlignedPair("d", Level.SENTENCE, "1", 1, "a", "甲", 1.0))
                + "\n{\"ordinal\":1,\"document\":\"d\",\"en\":\"cut here\n", StandardCharsets.UTF_8);
        Exception e = assertThrows(Exception.class, () -> readBack(file));
        assertTrue(String.valueOf(e.getMessage()).contains("FAILED_READ_FILE"), String.valueOf(e.getMessage()));
        Path missing = tmp.resolve("missing.jsonl");
        Files.writeString(missing, "{\"ordinal\":0,\"document\":\"d\",\"level\":\"sentence\",\"paragraph\":\"1\","
                + "\"unit\":1,\"en\":\"a\",\"zh\":\"甲\",\"confidence\":1.0,\"address\":\"\",\"symbol\":\"\"}\n",
                StandardCharsets.UTF_8);
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> readBack(missing));
        assertEquals("unit with ordinal 0 has no 'date'", m.getMessage());
        assertThrows(BadInputException.class, () -> SparkUnits.read(LocalSpark.get(), tmp.resolve("no.jsonl").toString()));
        assertThrows(BadInputException.class, () -> SparkUnits.storage("units.csv"));
        assertEquals(SparkUnits.Storage.PARQUET, SparkUnits.storage("out/units.parquet/"));
        assertEquals(SparkUnits.Storage.JSONL, SparkUnits.storage("units.jsonl.gz"));
    }
}

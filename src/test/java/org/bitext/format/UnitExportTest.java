package org.bitext.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The JSON Lines export of aligned units: every field, hostile text escaped so that any JSON Lines reader gets
 * it back (checked with an independent parser, Selenium's, already a test dependency), and ordinals in source
 * order.
 */
class UnitExportTest {

    private static final String HOSTILE_EN = "He said \"no\" \\ then\ttab\nnew line\r\u0000\u001f end\u2028\u2029"
            + " </script> & <b> 𝄞 😀";
    private static final String HOSTILE_ZH = "《条约》“引号”\\反斜杠\u0007 𠀀𪚥 \u00a0全角　空格";

    private static Map<?, ?> parse(String line) {
        return new Json().toType(line, Map.class);
    }

    @Test
    void everyFieldIsWrittenAndReadBackExactly() {
        AlignedPair p = new AlignedPair("dir/CD-1937 \"x\"", Level.SENTENCE, "17", 3, HOSTILE_EN, HOSTILE_ZH,
                0.123456789012345, "art. 17 ¶2", "CD/1937", "2012-09-14");
        String line = UnitExport.line(41, p);
        Map<?, ?> m = parse(line);
        assertEquals(UnitExport.FIELDS, new ArrayList<>(m.keySet()), line);
        assertEquals(41L, ((Number) m.get("ordinal")).longValue());
        assertEquals(p.document(), m.get("document"));
        assertEquals("sentence", m.get("level"));
        assertEquals("17", m.get("paragraph"));
        assertEquals(3L, ((Number) m.get("unit")).longValue());
        assertEquals(HOSTILE_EN, m.get("en"));
        assertEquals(HOSTILE_ZH, m.get("zh"));
        // exactly, not rounded: the terms job compares the confidence with a floor
        assertEquals(0.123456789012345, ((Number) m.get("confidence")).doubleValue());
        assertEquals("art. 17 ¶2", m.get("address"));
        assertEquals("CD/1937", m.get("symbol"));
        assertEquals("2012-09-14", m.get("date"));
    }

    @Test
    void aLineHoldsNoRawLineBreakOrControlCharacterButKeepsTextReadable() {
        String line = UnitExport.line(0, new AlignedPair("d", Level.PARAGRAPH, "1", 1, HOSTILE_EN, HOSTILE_ZH, 1.0));
        line.codePoints().forEach(c -> assertFalse(c < 0x20 || c == 0x2028 || c == 0x2029,
                "raw U+" + Integer.toHexString(c) + " in " + line));
        assertTrue(line.contains("\\u2028\\u2029"), line);
        assertTrue(line.contains("\\\"no\\\" \\\\ then\\ttab\\nnew line\\r\\u0000\\u001F"), line);
        // Chinese, astral characters (a surrogate pair) and no-break spaces stay as they are, in UTF-8
        assertTrue(line.contains("𠀀𪚥") && line.contains("😀") && line.contains("《条约》“引号”"), line);
        assertTrue(line.contains("\\u003C/script\\u003E"), line);
    }

    @Test
    void aLoneSurrogateIsEscapedSoTheLineStaysValidUtf8() {
        String lone = "a\ud800b\udfffc";
        String line = UnitExport.line(0, new AlignedPair("d", Level.SENTENCE, "1", 1, lone, "中", 0.5));
        assertTrue(line.contains("a\\uD800b\\uDFFFc"), line);
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        assertEquals(line, new String(utf8, StandardCharsets.UTF_8), "nothing lost in UTF-8");
        assertEquals(lone, parse(line).get("en"));
    }

    @Test
    void unitsAreNumberedFromZeroInSourceOrder() throws IOException {
        List<AlignedPair> units = List.of(
                new AlignedPair("a", Level.SENTENCE, "1", 1, "one", "一", 0.9),
                new AlignedPair("a", Level.SENTENCE, "1", 2, "", "二", 0.2),
                new AlignedPair("b", Level.PARAGRAPH, "1", 1, "three", "三", 1.0));
        StringWriter out = new StringWriter();
        long n = UnitExport.writeJsonl(units::forEach, out);
        assertEquals(3, n);
        String[] lines = out.toString().split("\n", -1);
        assertEquals(4, lines.length, "one line a unit, each ended by a line feed");
        assertEquals("", lines[3]);
        for (int i = 0; i < 3; i++) {
            Map<?, ?> m = parse(lines[i]);
            assertEquals((long) i, ((Number) m.get("ordinal")).longValue());
            assertEquals(units.get(i).zh(), m.get("zh"));
            assertEquals(units.get(i).en(), m.get("en"));
            assertEquals(units.get(i).level().code(), m.get("level"));
        }
    }

    @Test
    void parquetIsRefusedWithAHintAndJsonlAccepted() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> UnitExport.checkWritable(UnitExport.Format.PARQUET, java.nio.file.Path.of("u.parquet")));
        assertTrue(e.getMessage().startsWith("u.parquet: parquet is written by the Spark jar"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        UnitExport.checkWritable(UnitExport.Format.JSONL, null);
        assertThrows(IllegalArgumentException.class, () -> UnitExport.line(-1,
                new AlignedPair("d", Level.SENTENCE, "1", 1, "e", "z", 0.5)));
    }
}

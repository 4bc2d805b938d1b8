package org.bitext.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.align.AlignedPair;
import org.bitext.align.Bead;
import org.bitext.align.Level;
import org.bitext.text.BadInputException;
import org.bitext.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TSV, JSON Lines and beads outputs. */
class TextFormatsTest {

    @TempDir
    Path dir;

    @Test
    void tsvHasOneLinePerPairWithEscapedCells() throws IOException {
        List<AlignedPair> gold = GoldPairs.load();
        List<AlignedPair> pairs = new ArrayList<>(gold);
        pairs.add(new AlignedPair("odd\tname", Level.SENTENCE, "7", 2, "Tab\there,\nnewline and back\\slash", "",
                0.123456));
        StringWriter w = new StringWriter();
        Tsv.write(pairs, 0.8, w);
        String[] lines = w.toString().split("\n", -1);
        assertEquals(pairs.size() + 2, lines.length, "header + one line per pair + final newline");
        assertEquals("en\tzh\tdocument\tparagraph\tconfidence\treview", lines[0]);
        assertEquals("", lines[lines.length - 1]);
        for (int i = 1; i < lines.length - 1; i++) {
            String[] cells = lines[i].split("\t", -1);
            assertEquals(6, cells.length, lines[i]);
            AlignedPair p = pairs.get(i - 1);
            assertEquals(p.confidence() < 0.8 ? "review" : "", cells[5], lines[i]);
            assertEquals(p.confidence(), Double.parseDouble(cells[4]), 0.00005, lines[i]);
        }
        assertEquals(gold.get(0).en() + "\t" + gold.get(0).zh() + "\tCD-1937\t0", lines[1].substring(0,
                lines[1].indexOf("\t0\t") + 2));
        assertEquals("Tab\\there,\\nnewline and back\\\\slash\t\todd\\tname\t7\t0.1235\treview",
                lines[lines.length - 2]);
    }

    @Test
    void jsonLinesKeepChineseReadableAndEscapeWhatJsonRequires() throws IOException {
        AlignedPair two = new AlignedPair("CD-1937", Level.SENTENCE, "8", 2,
                "He said \"no\"\\\u0001 twice.", "他说“不”。", 0.75);
        AlignedPair one = new AlignedPair("CD-1937", Level.SENTENCE, "8", 3, "", "只有中文。", 0.3);
        List<AlignmentRow> rows = List.of(
                new AlignmentRow(two, List.of(12), List.of(13, 14), List.of(new Span(100, 130)),
                        List.of(new Span(40, 45), new Span(45, 50))),
                new AlignmentRow(one, List.of(), List.of(15), List.of(), List.of()));
        StringWriter w = new StringWriter();
        JsonLines.write(rows, 0.5, w);
        String[] lines = w.toString().split("\n");
        assertEquals(2, lines.length);
        assertEquals("{\"document\":\"CD-1937\",\"level\":\"sentence\",\"paragraph\":\"8\",\"address\":\"\",\"unit\":2,"
                + "\"en\":\"He said \\\"no\\\"\\\\\\u0001 twice.\",\"zh\":\"他说“不”。\","
                + "\"en_sentences\":[12],\"zh_sentences\":[13,14],\"en_spans\":[[100,130]],"
                + "\"zh_spans\":[[40,45],[45,50]],\"confidence\":0.75,\"review\":false}", lines[0]);
        assertTrue(lines[1].contains("\"en\":\"\"") && lines[1].contains("\"en_sentences\":[]")
                && lines[1].contains("\"review\":true"), lines[1]);
        assertEquals("\"a\\u2028b\\n\\t\"", Json.string("a\u2028b\n\t"));
        assertThrows(IllegalArgumentException.class,
                () -> new AlignmentRow(two, List.of(2, 1), List.of(3), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new AlignmentRow(two, List.of(1), List.of(3), List.of(new Span(0, 1), new Span(1, 2)), List.of()));
    }

    @Test
    void beadsFormatParseAndRead() throws IOException {
        List<Bead> beads = List.of(new Bead(List.of(0, 1), List.of(2), 0.9), new Bead(List.of(), List.of(3), 0.1),
                new Bead(List.of(2), List.of(), 0.2), new Bead(List.of(3), List.of(4, 5, 6), 1.0),
                new Bead(List.of(1000, 1001), List.of(12345, 12346), 1.0));
        StringWriter w = new StringWriter();
        Beads.write(beads, w);
        String expected = "[0,1]:[2]\n[]:[3]\n[2]:[]\n[3]:[4,5,6]\n[1000,1001]:[12345,12346]\n";
        assertEquals(expected, w.toString());
        assertEquals(expected, Beads.format(beads));
        assertEquals("[3]:[4,5,6]", Beads.line(beads.get(3)));
        Path file = dir.resolve("test.beads");
        Files.writeString(file, w + "\n [7, 8] : [9]\n", StandardCharsets.UTF_8);
        List<Bead> back = Beads.read(file);
        assertEquals(6, back.size());
        for (int k = 0; k < beads.size(); k++) {
            assertEquals(beads.get(k).src(), back.get(k).src());
            assertEquals(beads.get(k).tgt(), back.get(k).tgt());
            assertEquals(1.0, back.get(k).confidence(), "the notation carries no confidence");
        }
        assertEquals(new Bead(List.of(7, 8), List.of(9), 1.0), back.get(5));
        assertNull(Beads.parse("[1,0]:[2]"));
        assertNull(Beads.parse("[0,2]:[1]"), "indices must be consecutive");
        assertNull(Beads.parse("[]:[]"));
        assertNull(Beads.parse("0:1"));
        Path bad = dir.resolve("bad.beads");
        Files.writeString(bad, "[0]:[0]\n[1]:[1]\n1-1\n", StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> Beads.read(bad));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(BadInputException.class, () -> Beads.read(dir.resolve("absent.beads")));
    }
}

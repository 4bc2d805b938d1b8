package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.format.Beads;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile document pairs: an empty side, paragraph numbers missing, duplicated or out of step, a Chinese
 * side in Traditional script. Each is aligned with explicit one-sided beads and warnings, or refused with a
 * clear error, never with a crash or a lost sentence.
 */
class HostileDocumentTest {

    private static final Path ZH = Path.of("corpus/CD-1937.zh.txt");
    private static final Path EN = Path.of("corpus/CD-1937.en.txt");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String zh() throws IOException {
        return Files.readString(ZH, StandardCharsets.UTF_8);
    }

    private static void assertNothingLost(DocumentAlignment a) {
        int en = a.enUnits().stream().mapToInt(u -> u.sentences().size()).sum();
        int zh = a.zhUnits().stream().mapToInt(u -> u.sentences().size()).sum();
        AlignmentProperties.assertPartition(a.documentBeads(), en, zh);
        int units = 0;
        for (ParagraphBead p : a.paragraphs()) {
            units += p.en().size() + p.zh().size();
        }
        assertEquals(a.enUnits().size() + a.zhUnits().size(), units, "every unit in one paragraph bead");
    }

    @Test
    void anEmptySideIsAClearError() throws IOException {
        Path empty = write("empty.zh.txt", "\n\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> Bitext.align(empty, EN, AlignOptions.defaults()));
        assertTrue(e.getMessage().contains("empty.zh.txt"), e.getMessage());
    }

    @Test
    void aParagraphNumberMissingOnOneSide() throws IOException {
        // paragraph 12's number dropped from the Chinese: 23 numbers against 24
        Path zh = write("x.zh.txt", zh().replace("\n12.  ", "\n"));
        DocumentAlignment a = Bitext.align(zh, EN, AlignOptions.defaults());
        assertNothingLost(a);
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("only in the English") && w.contains("12")),
                a.warnings().toString());
        for (int n : new int[] {11, 13, 24}) {
            assertTrue(a.paragraphs().stream().anyMatch(p -> p.anchored() && p.label().equals(Integer.toString(n))));
        }
    }

    @Test
    void aDuplicateParagraphNumber() throws IOException {
        Path zh = write("x.zh.txt", zh().replace("\n13.  ", "\n12.  "));
        DocumentAlignment a = Bitext.align(zh, EN, AlignOptions.defaults());
        assertNothingLost(a);
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("12") && w.contains("more than once")),
                a.warnings().toString());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.anchored() && p.label().equals("14")));
    }

    @Test
    void aGapInTheNumbering() throws IOException {
        // the Chinese paragraph 14 removed entirely: the English one becomes a 1-0 bead
        String z = zh();
        int from = z.indexOf("\n14.  ");
        int to = z.indexOf("\n15.  ");
        Path zh = write("x.zh.txt", z.substring(0, from) + z.substring(to));
        DocumentAlignment a = Bitext.align(zh, EN, AlignOptions.defaults());
        assertNothingLost(a);
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.label().equals("14") && p.zh().isEmpty()));
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("14")), a.warnings().toString());
    }

    @Test
    void traditionalChineseAlignsLikeSimplified() throws IOException {
        String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(zh());
        Path zh = write("x.zh.txt", traditional);
        DocumentAlignment t = Bitext.align(zh, EN, AlignOptions.defaults());
        DocumentAlignment s = Bitext.align(ZH, EN, AlignOptions.defaults());
        assertNothingLost(t);
        List<String> ts = t.paragraphs().stream().map(p -> p.label() + p.en() + p.zh() + shapes(p)).toList();
        List<String> ss = s.paragraphs().stream().map(p -> p.label() + p.en() + p.zh() + shapes(p)).toList();
        assertEquals(ss, ts);
    }

    private static List<String> shapes(ParagraphBead p) {
        return p.sentences().stream().map(Beads::line).toList();
    }
}

package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.segment.Document;
import org.bitext.segment.Segmenter;
import org.bitext.text.BadInputException;
import org.bitext.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 8: pairs that cannot be a translation and its original are refused, page furniture alone is
 * called that, a paragraph number going back is named; and the anchor chain is the longest one.
 */
class WrongPairTest {

    private static final Path ZH = Path.of("corpus/CD-1937.zh.txt");
    private static final Path EN = Path.of("corpus/CD-1937.en.txt");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void swappedFilesAreRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> Bitext.align(EN, ZH, AlignOptions.defaults()));
        assertTrue(e.getMessage().contains("swapped"), e.getMessage());
    }

    @Test
    void identicalSidesAndEnglishGivenAsChineseAreRefused() throws IOException {
        Path copy = write("copy.en.txt", Files.readString(EN, StandardCharsets.UTF_8));
        BadInputException same = assertThrows(BadInputException.class,
                () -> Bitext.align(EN, copy, AlignOptions.defaults()));
        assertTrue(same.getMessage().contains("same text"), same.getMessage());
        Path other = write("other.en.txt", "1. The Conference met.\n\n2. It adjourned.\n");
        BadInputException english = assertThrows(BadInputException.class,
                () -> Bitext.align(other, EN, AlignOptions.defaults()));
        assertTrue(english.getMessage().contains("no Chinese text"), english.getMessage());
        BadInputException chinese = assertThrows(BadInputException.class,
                () -> Bitext.align(ZH, write("zh2.txt", "1. 会议开幕。\n\n2. 会议闭幕。\n"), AlignOptions.defaults()));
        assertTrue(chinese.getMessage().contains("is Chinese, not English"), chinese.getMessage());
    }

    @Test
    void aFileOfPageFurnitureOnlyIsSaidToBeThat() throws IOException {
        Path furniture = write("furniture.en.txt", "CD/1937\n\nGE.12-61234 (E)\n\n*1261234*\n\n2\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> Bitext.align(ZH, furniture, AlignOptions.defaults()));
        assertTrue(e.getMessage().contains("page furniture") && !e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aParagraphNumberGoingBackIsNamed() {
        Document d = Segmenter.segment("x", "1. First point.\n2. Second point.\n"
                + "2. Second again.\n5. Fifth point.\n4. Fourth point.\n", Language.EN);
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("4.") && w.contains("out of order")),
                d.warnings().toString());
    }

    @Test
    void theAnchorChainIsTheLongestIncreasingOne() {
        List<int[]> cand = new ArrayList<>();
        int[] zh = {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15};
        for (int e = 0; e < zh.length; e++) {
            cand.add(new int[] {e, zh[e]});
        }
        List<int[]> chain = DocumentAligner.longestIncreasing(cand);
        assertEquals(6, chain.size(), "0 2 6 9 13 15 or another chain of six");
        for (int k = 1; k < chain.size(); k++) {
            assertTrue(chain.get(k)[0] > chain.get(k - 1)[0] && chain.get(k)[1] > chain.get(k - 1)[1]);
        }
        assertEquals(0, DocumentAligner.longestIncreasing(List.of()).size());
    }
}

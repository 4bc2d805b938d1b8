package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.bitext.text.BadInputException;
import org.bitext.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Reading pre-segmented input: one sentence per line, UTF-8 only, nothing dropped or invented. */
@ExtendWith(Seeded.class)
class PresegmentedTest {

    @TempDir
    Path dir;

    @Test
    void linesAreCutAsStringLinesCutsThem(Random random) {
        List<String> cases = List.of("", "a", "a\n", "a\nb", "\n", "\n\n", "a\r\nb\r\n", "a\rb\r", "a\r\r\nb",
                "\r\n\r\n", "句子。\n\n第二句。\r\n", " \t \n x");
        for (String c : cases) {
            assertEquals(c.lines().toList(), Presegmented.lines(c), c);
        }
        char[] alphabet = {'a', '句', '\n', '\r', ' ', '\uFFFD'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(sb.toString().lines().toList(), Presegmented.lines(sb.toString()), sb.toString());
        }
    }

    @Test
    void byteOrderMarkIsDroppedBlankLinesAndAReplacementCharacterKept() throws IOException {
        Path f = dir.resolve("a.zh");
        Files.writeString(f, "\uFEFF第一句。\r\n\r\n替换字符\uFFFD照样保留。\n", StandardCharsets.UTF_8);
        assertEquals(List.of("第一句。", "", "替换字符\uFFFD照样保留。"), Presegmented.read(f));
    }

    @Test
    void malformedUtf8AndEmptyFilesAreBadInputNamingTheFile() throws IOException {
        Path latin1 = dir.resolve("latin1.en");
        Files.write(latin1, "Caf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1));
        BadInputException e = assertThrows(BadInputException.class, () -> Presegmented.read(latin1));
        assertTrue(e.getMessage().contains("latin1.en") && e.getMessage().contains("UTF-8"), e.getMessage());
        Path blank = dir.resolve("blank.en");
        Files.writeString(blank, "\n  \n\t\n", StandardCharsets.UTF_8);
        BadInputException b = assertThrows(BadInputException.class, () -> Presegmented.read(blank));
        assertTrue(b.getMessage().contains("blank.en"), b.getMessage());
        assertThrows(BadInputException.class, () -> Presegmented.read(dir.resolve("missing.en")));
    }
}

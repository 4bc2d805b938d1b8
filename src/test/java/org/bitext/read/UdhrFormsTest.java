package org.bitext.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.read.fixture.DocxFixture;
import org.bitext.read.fixture.Item;
import org.bitext.read.fixture.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UDHR (corpus/UDHR.*.txt, one paragraph a line) written as Word files whose article headings and
 * numbered items come from one two-level automatic-numbering list ("Article %1" / "%2." restarting in every
 * article; "第%1条" in Chinese counting), and as PDFs; read back, every form gives the lines of the text.
 */
public class UdhrFormsTest {

    @TempDir
    Path dir;

    private static final Pattern EN_ARTICLE = Pattern.compile("Article (\\d+)");
    private static final Pattern EN_ITEM = Pattern.compile("(\\d+)\\. (.*)");
    private static final Pattern ZH_ARTICLE = Pattern.compile("第(.+)条");

    @Test
    void englishDocxNumbersArticlesAndRestartsItemsInEachArticle() throws IOException {
        List<String> lines = lines("corpus/UDHR.en.txt");
        Path docx = dir.resolve("UDHR.en.docx");
        DocxFixture.write(docx, items(lines, false), List.of(new DocxFixture.Level("decimal", "Article %1", "nothing"),
                new DocxFixture.Level("decimal", "%2.", "tab")), "A/RES/217(III)");
        ExtractedText t = DocumentReader.read(docx, null);
        assertLines(lines, textLines(t), "");
        long headings = t.hints().stream().filter(h -> h.role() == BlockRole.HEADING).count();
        assertEquals(30, headings);
        long labels = t.hints().stream().filter(h -> h.role() == BlockRole.NUMBER_LABEL).count();
        assertEquals(lines.stream().filter(l -> EN_ARTICLE.matcher(l).matches() || EN_ITEM.matcher(l).matches()).count(),
                labels);
        assertTrue(t.text().contains("Article 29\n1.\tEveryone has duties"), "item numbers restart per article");
    }

    @Test
    void chineseDocxCountsArticlesInChineseNumerals() throws IOException {
        List<String> lines = lines("corpus/UDHR.zh.txt");
        Path docx = dir.resolve("UDHR.zh.docx");
        DocxFixture.write(docx, items(lines, true), List.of(new DocxFixture.Level("chineseCounting", "第%1条", "nothing")),
                null);
        ExtractedText t = DocumentReader.read(docx, null);
        assertLines(lines, textLines(t), "");
        assertTrue(t.text().contains("\n第二十一条\n") && t.text().contains("\n第三十条\n"), "第二十一条, 第三十条");
    }

    @Test
    void pdfsGiveTheLinesOfTheText() throws IOException {
        for (String lang : List.of("en", "zh")) {
            List<String> lines = lines("corpus/UDHR." + lang + ".txt");
            Path pdf = dir.resolve("UDHR." + lang + ".pdf");
            PdfFixture.write(pdf, items(lines, lang.equals("zh")), "A/RES/217(III)", "GE.48-12345 (E)\t*4812345*", true);
            ExtractedText t = DocumentReader.read(pdf, null);
            assertLines(lines, textLines(t), lang);
            assertEquals(30, t.hints().stream().filter(h -> h.role() == BlockRole.HEADING
                    && (t.text().startsWith("Article", h.span().start()) || t.text().startsWith("第", h.span().start())))
                    .count(), lang);
        }
    }

    /** Equal lists; a failure names the first line that differs. */
    public static void assertLines(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + " line " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), what + " line count");
    }

    public static List<String> lines(String file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    /** Article headings and "1." items numbered by the list (their text holds no number), the rest as is. */
    public static List<Item> items(List<String> lines, boolean chinese) {
        List<Item> items = new ArrayList<>();
        for (String l : lines) {
            Matcher article = (chinese ? ZH_ARTICLE : EN_ARTICLE).matcher(l);
            Matcher item = EN_ITEM.matcher(l);
            if (article.matches()) {
                items.add(new Item(Item.Kind.HEADING, l, "", 0));
            } else if (!chinese && item.matches()) {
                items.add(new Item(Item.Kind.NUMBERED, item.group(1) + ".", item.group(2), 1));
            } else {
                items.add(Item.of(Item.Kind.PARAGRAPH, l));
            }
        }
        return items;
    }

    /** The reader's lines with the tab after a number shown as the text has it (one space). */
    public static List<String> textLines(ExtractedText t) {
        List<String> out = new ArrayList<>();
        for (String l : t.text().split("\n")) {
            out.add(l.replace('\t', ' '));
        }
        return out;
    }
}

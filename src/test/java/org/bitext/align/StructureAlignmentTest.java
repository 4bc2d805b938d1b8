package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bitext.Bitext;
import org.bitext.segment.Document;
import org.bitext.segment.Paragraph;
import org.bitext.segment.Segmenter;
import org.bitext.segment.StructureKind;
import org.bitext.text.Language;
import org.bitext.text.TextLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paragraph alignment on structure: the UDHR pair (articles, preamble, ㈠ ⇄ 1.) against its 90-unit gold, in
 * the layout it ships in and re-laid out (hard-wrapped at 80 columns, one paragraph a line); CD/1937 re-laid
 * out keeps its paragraphs and sentence beads; a GA resolution with preamble, operative paragraphs,
 * nested sub-items and an annex aligns address by address.
 */
class StructureAlignmentTest {

    private static final Path ZH = Path.of("corpus/UDHR.zh.txt");
    private static final Path EN = Path.of("corpus/UDHR.en.txt");
    /** Labels a scorer accepts in front of either side (the segmenter keeps "1." and "㈠" as structure). */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\d+(?:\\.\\d+)*\\.?|[(（][a-z0-9ivx一二三四五六七八九十]+[)）]|[\\u3220-\\u3229])\\s*");

    @TempDir
    Path tmp;

    @Test
    void udhrGivesAll90GoldParagraphUnits() throws IOException {
        assertGold(Bitext.align(ZH, EN, AlignOptions.defaults()));
    }

    @Test
    void udhrLayoutIsDetectedAndItsStructureRead() {
        Document zh = Segmenter.segment(ZH, Language.ZH, null);
        Document en = Segmenter.segment(EN, Language.EN, null);
        assertEquals(TextLayout.BLANK_LINE_BLOCKS, zh.layout());
        assertEquals(TextLayout.BLANK_LINE_BLOCKS, en.layout());
        // The same structure in both languages (the English "Now, therefore," / "The General Assembly" /
        // "Proclaims …" are one Chinese paragraph: plain text, no address to pair).
        assertEquals(structured(en), structured(zh));
        // The English "1." items of article 21 are that article's paragraphs, not paragraphs 1-3 of the document.
        assertTrue(addresses(en).containsAll(List.of("art. 21 ¶1", "art. 21 ¶2", "art. 21 ¶3")), addresses(en).toString());
        assertEquals(7, en.paragraphs().stream().filter(p -> p.kind() == StructureKind.PREAMBULAR).count());
        assertEquals(30, zh.paragraphs().stream().filter(p -> p.kind() == StructureKind.ARTICLE).count());
    }

    @Test
    void udhrInOtherLayoutsGivesTheSameParagraphsAndAlignment() throws IOException {
        String zh = Files.readString(ZH, StandardCharsets.UTF_8);
        String en = Files.readString(EN, StandardCharsets.UTF_8);
        Document zh0 = Segmenter.segment(ZH, Language.ZH, null);
        Document en0 = Segmenter.segment(EN, Language.EN, null);

        Path zhLines = write("lines/UDHR.zh.txt", onePerLine(zh));
        Path enLines = write("lines/UDHR.en.txt", onePerLine(en));
        Path zhWrapped = write("wrapped/UDHR.zh.txt", wrap(zh, 76, true));
        Path enWrapped = write("wrapped/UDHR.en.txt", wrap(en, 80, false));
        for (Path[] pair : new Path[][] {{zhLines, enLines}, {zhWrapped, enWrapped}}) {
            Document z = Segmenter.segment(pair[0], Language.ZH, null);
            Document e = Segmenter.segment(pair[1], Language.EN, null);
            TextLayout expected = pair[0] == zhLines ? TextLayout.PARAGRAPH_PER_LINE : TextLayout.HARD_WRAPPED;
            assertEquals(expected, z.layout(), pair[0].toString());
            assertEquals(expected, e.layout(), pair[1].toString());
            assertEquals(paragraphs(zh0), paragraphs(z), pair[0].toString());
            assertEquals(paragraphs(en0), paragraphs(e), pair[1].toString());
            assertGold(Bitext.align(pair[0], pair[1], AlignOptions.defaults()));
        }
        // The override reads a text in the layout given: blank-line blocks read line by line stay the same.
        Document forced = Segmenter.segment(EN, Language.EN, null, TextLayout.PARAGRAPH_PER_LINE);
        assertEquals(TextLayout.PARAGRAPH_PER_LINE, forced.layout());
        assertEquals(paragraphs(en0), paragraphs(forced));
    }

    @Test
    void cd1937OnePerLineAndBlankLineSeparatedKeepsItsParagraphsAndSentenceBeads() throws IOException {
        DocumentAlignment original = Bitext.align(Path.of("corpus/CD-1937.zh.txt"), Path.of("corpus/CD-1937.en.txt"),
                AlignOptions.defaults());
        for (String separator : new String[] {"\n", "\n\n"}) {
            Path zh = write("cd" + separator.length() + "/CD-1937.zh.txt", render(original.zh(), separator));
            Path en = write("cd" + separator.length() + "/CD-1937.en.txt", render(original.en(), separator));
            DocumentAlignment a = Bitext.align(zh, en, AlignOptions.defaults());
            TextLayout expected = separator.length() == 1 ? TextLayout.PARAGRAPH_PER_LINE : TextLayout.BLANK_LINE_BLOCKS;
            assertEquals(expected, a.zh().layout());
            assertEquals(expected, a.en().layout());
            for (int n = 1; n <= 24; n++) {
                assertEquals(original.zh().sentenceTexts(original.zh().paragraph(n)),
                        a.zh().sentenceTexts(a.zh().paragraph(n)), "zh ¶" + n);
                assertEquals(original.en().sentenceTexts(original.en().paragraph(n)),
                        a.en().sentenceTexts(a.en().paragraph(n)), "en ¶" + n);
            }
            assertEquals(numberedSentencePairs(original), numberedSentencePairs(a));
            assertEquals(68, numberedSentencePairs(a).size());
        }
    }

    @Test
    void resolutionWithPreambleItemsAndAnnexAlignsAddressByAddress() {
        Path dir = Path.of("src/test/resources/structure");
        DocumentAlignment a = Bitext.align(dir.resolve("A-RES-99-1.zh.txt"), dir.resolve("A-RES-99-1.en.txt"),
                AlignOptions.defaults());
        assertEquals(List.of("organ", "pp. 1", "pp. 2", "pp. 3", "pp. 4", "¶1", "¶2", "¶2 (a)", "¶2 (b)",
                "¶2 (b)(i)", "¶2 (b)(ii)", "¶2 (c)", "¶3", "annex", "annex", "annex I", "annex ¶1", "annex ¶2",
                "annex II", "annex ¶3"), addresses(a.en()));
        assertEquals(addresses(a.en()), addresses(a.zh()));
        int body = 0;
        for (ParagraphBead p : a.paragraphs()) {
            assertEquals(1, p.en().size(), p.toString());
            assertEquals(1, p.zh().size(), p.toString());
            AlignUnit e = a.enUnits().get(p.en().get(0));
            AlignUnit z = a.zhUnits().get(p.zh().get(0));
            if (e.structure() != null) {
                body++;
                assertEquals(e.address(), z.address());
                assertEquals(e.structure(), z.structure());
            }
        }
        assertEquals(20, body);
    }

    private static void assertGold(DocumentAlignment a) throws IOException {
        Set<String> out = new HashSet<>();
        for (AlignedPair p : a.pairs(Level.PARAGRAPH)) {
            if (p.isTwoSided()) {
                out.add(bare(p.zh()) + "\t" + bare(p.en()));
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> gold = Files.readAllLines(Path.of("src/test/resources/corpus/UDHR.paragraphs.tsv"),
                StandardCharsets.UTF_8);
        for (String line : gold) {
            String[] f = line.split("\t");
            if (!out.contains(bare(f[0]) + "\t" + bare(f[1]))) {
                missing.add(line);
            }
        }
        assertEquals(90, gold.size());
        assertEquals(List.of(), missing, "gold units not found");
        assertEquals(90, out.size(), "no other two-sided units");
    }

    private static String bare(String s) {
        return LABEL.matcher(s.strip()).replaceFirst("").replaceAll("\\s+", "");
    }

    private static List<String> addresses(Document d) {
        return d.paragraphs().stream().map(Paragraph::address).toList();
    }

    private static List<String> structured(Document d) {
        return d.paragraphs().stream().filter(p -> p.kind() != StructureKind.TEXT && p.kind() != StructureKind.ORGAN)
                .map(p -> p.kind() + " " + p.address()).toList();
    }

    private static List<String> paragraphs(Document d) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) {
            out.add(p.kind() + " " + p.address() + " " + d.sentenceTexts(p));
        }
        return out;
    }

    private static List<String> numberedSentencePairs(DocumentAlignment a) {
        List<String> out = new ArrayList<>();
        for (AlignedPair p : a.pairs(Level.SENTENCE)) {
            if (p.paragraph().matches("\\d+") && !p.paragraph().equals("0")) {
                out.add(p.paragraph() + "|" + p.en() + "|" + p.zh());
            }
        }
        return out;
    }

    /** The document as Word saves it as text: front-matter blocks and paragraphs one a line, numbers in front. */
    private static String render(Document d, String separator) {
        StringBuilder sb = new StringBuilder();
        d.frontMatter().forEach(b -> sb.append(d.text(b.span())).append(separator));
        for (Paragraph p : d.paragraphs()) {
            sb.append(p.number() == null ? "" : p.number() + ". ").append(d.text(p.span())).append(separator);
        }
        return sb.toString();
    }

    private static String onePerLine(String text) {
        return text.replaceAll("\n{2,}", "\n");
    }

    /** Hard-wraps every paragraph at {@code width} columns (Chinese: half as many characters), blank line between. */
    private static String wrap(String text, int width, boolean cjk) {
        StringBuilder sb = new StringBuilder();
        for (String para : text.split("\n+")) {
            String rest = para.strip();
            int max = cjk ? width / 2 : width;
            while (rest.length() > max) {
                int cut = max;
                if (!cjk) {
                    cut = rest.lastIndexOf(' ', max);
                }
                sb.append(rest, 0, cut).append('\n');
                rest = rest.substring(cut).strip();
            }
            sb.append(rest).append("\n\n");
        }
        return sb.toString();
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}

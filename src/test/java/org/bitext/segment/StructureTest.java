package org.bitext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bitext.read.BlockHint;
import org.bitext.read.BlockRole;
import org.bitext.read.ExtractedText;
import org.bitext.text.Language;
import org.bitext.text.Span;
import org.bitext.text.TextLayout;
import org.junit.jupiter.api.Test;

/** Layout detection, structural labels in both languages, footnote marks, and what a reader's hints do. */
class StructureTest {

    private static List<String> addresses(Document d) {
        return d.paragraphs().stream().map(p -> p.kind() + " " + p.address()).toList();
    }

    @Test
    void treatyArticlesRestartTheirParagraphNumbersInBothLanguages() {
        String en = """
                Convention on the Safe Use of Space

                Article 1
                Scope
                1. This Convention applies to all space activities.
                2. It does not apply to activities of a purely scientific character.

                Article 2
                1. Each State Party shall report annually.
                """;
        String zh = """
                安全利用外层空间公约

                第一条
                范围
                １．本公约适用于一切空间活动。
                ２．本公约不适用于纯科学性质的活动。

                第二条
                １．各缔约国应每年提交报告。
                """;
        Document e = Segmenter.segment("t", en, Language.EN);
        Document z = Segmenter.segment("t", zh, Language.ZH);
        assertEquals(List.of("ARTICLE art. 1", "HEADING art. 1", "NUMBERED art. 1 ¶1", "NUMBERED art. 1 ¶2",
                "ARTICLE art. 2", "NUMBERED art. 2 ¶1"), addresses(e));
        assertEquals(addresses(e), addresses(z));
    }

    @Test
    void chineseSectionHeadingsAndItemsMapToTheEnglishNotation() {
        String zh = """
                一、导言

                1. 委员会举行了会议。

                2. 委员会建议：

                (a) 各国提交报告；

                (b) 秘书处：

                ㈠ 编写摘要；

                ㈡ 分发摘要。

                二、结论

                A. 总结

                3. 会议结束。
                """;
        Document z = Segmenter.segment("t", zh, Language.ZH);
        assertEquals(TextLayout.BLANK_LINE_BLOCKS, z.layout());
        // The heading before paragraph 1 is the document's title (front matter), as in English.
        assertEquals(List.of(BlockKind.TITLE), z.frontMatter().stream().map(Block::kind).toList());
        assertEquals(List.of("NUMBERED ¶1", "NUMBERED ¶2", "ITEM ¶2 (a)", "ITEM ¶2 (b)",
                "ITEM ¶2 (b)(i)", "ITEM ¶2 (b)(ii)", "HEADING II", "HEADING II.A", "NUMBERED ¶3"), addresses(z));
        assertEquals("编写摘要；", z.text(z.paragraphs().get(4).span()), "the item's label is cut off its text");
    }

    @Test
    void footnoteMarksLeaveTheSentenceButAreKept() {
        String en = "1. The Assembly noted the report of the Secretary-General,1 and the Programme of Action,² "
                + "as well as document A/66/L.1/Rev.1 and resolution 1540 (2004).\n2. End.\n";
        Document d = Segmenter.segment("t", en, Language.EN);
        assertEquals("The Assembly noted the report of the Secretary-General, and the Programme of Action, "
                + "as well as document A/66/L.1/Rev.1 and resolution 1540 (2004).", d.text(d.paragraph(1).span()));
        assertEquals(List.of("1", "²"), d.footnoteMarks().stream().map(FootnoteMark::label).toList());
        FootnoteMark first = d.footnoteMarks().get(0);
        assertTrue(d.text().substring(0, first.offset()).endsWith("Secretary-General,"), d.text());
    }

    @Test
    void chinesePdfSpacesBetweenIdeographsAndDigitsAreDropped() {
        Document d = Segmenter.segment("t", "1. 大会 2012 年 8 月 22 日第 66/44 号决议和 CD/1299 号文件 (Trinidad and Tobago)。\n",
                Language.ZH);
        assertEquals("大会2012年8月22日第66/44号决议和CD/1299号文件 (Trinidad and Tobago)。",
                d.text(d.paragraph(1).span()), "spaces between Latin words and before a bracket stay");
    }

    @Test
    void layoutsAreDetectedFromTheText() {
        String para = "The Conference discussed the item at length and adopted conclusions on it, which are set out";
        StringBuilder wrapped = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            wrapped.append(i).append(". ").append(para).append("\nin the annex to the present report and were welcomed by all"
                    + " delegations that\ntook the floor on the matter.\n");
            // Paragraphs saved one a line differ in length; each ends with its full stop.
            lines.append(i).append(". ").append(para, 0, 10 + 16 * (i % 6)).append(i % 2 == 0 ? "" : " in the annex"
                    + " to the present report and were welcomed by all delegations that took the floor").append(".\n");
        }
        assertEquals(TextLayout.HARD_WRAPPED, Segmenter.segment("w", wrapped.toString(), Language.EN).layout());
        Document perLine = Segmenter.segment("l", lines.toString(), Language.EN);
        assertEquals(TextLayout.PARAGRAPH_PER_LINE, perLine.layout());
        assertEquals(12, perLine.paragraphs().size());
        Document spaced = Segmenter.segment("s", lines.toString().replace("\n", "\n\n"), Language.EN);
        assertEquals(TextLayout.BLANK_LINE_BLOCKS, spaced.layout());
        assertEquals(addresses(perLine), addresses(spaced));
    }

    @Test
    void readerHintsMarkHeadingsAndFootnotes() {
        // A one-line paragraph "Nuclear testing 2012" would be text; the reader saw a heading style.
        String text = "1. The Conference met.\nNuclear testing 2012\n2. It adjourned.\nSee document CD/1299.\n";
        int note = text.indexOf("See");
        int heading = text.indexOf("Nuclear");
        ExtractedText x = new ExtractedText(Path.of("X.en.txt"), "txt", text, TextLayout.PARAGRAPH_PER_LINE,
                List.of(new BlockHint(new Span(heading, heading + 20), BlockRole.HEADING, 1),
                        new BlockHint(new Span(note, text.length() - 1), BlockRole.FOOTNOTE, 0)),
                List.of());
        Document d = Segmenter.segment(x, Language.EN, null);
        assertEquals("X", d.id());
        assertEquals(TextLayout.PARAGRAPH_PER_LINE, d.layout());
        assertEquals(List.of(StructureKind.NUMBERED, StructureKind.HEADING, StructureKind.NUMBERED,
                StructureKind.FOOTNOTE),
                d.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals(TextLayout.BLANK_LINE_BLOCKS, Segmenter.segment(x, Language.EN, TextLayout.BLANK_LINE_BLOCKS).layout());
    }
}

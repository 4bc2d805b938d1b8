package org.bitext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.text.BadInputException;
import org.bitext.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents as they really arrive: other encodings, other line ends, broken numbering, no numbering. */
class HostileInputTest {

    @TempDir
    Path dir;

    private Path copy(String sub, String name, String text, Charset cs, boolean bom) throws IOException {
        Path d = Files.createDirectories(dir.resolve(sub));
        return Files.write(d.resolve(name), ((bom ? "\uFEFF" : "") + text).getBytes(cs));
    }

    @Test
    void otherEncodingsAndLineEndsGiveTheSameDocument() throws IOException {
        for (String lang : List.of("zh", "en")) {
            String name = "CD-1937." + lang + ".txt";
            String text = Files.readString(GoldAlignment.CORPUS.resolve(name), StandardCharsets.UTF_8);
            Document utf8 = Segmenter.segment(GoldAlignment.CORPUS.resolve(name), null, null);
            assertEquals(utf8, Segmenter.segment(copy("u16le", name, text, StandardCharsets.UTF_16LE, true), null, null));
            assertEquals(utf8, Segmenter.segment(copy("u16be", name, text, StandardCharsets.UTF_16BE, true), null, null));
            assertEquals(utf8, Segmenter.segment(copy("bom", name, text, StandardCharsets.UTF_8, true), null, null));
            assertEquals(utf8, Segmenter.segment(copy("crlf", name, text.replace("\n", "\r\n"),
                    StandardCharsets.UTF_8, false), null, null));
            if (lang.equals("zh")) {
                assertEquals(utf8, Segmenter.segment(copy("gb", name, text, Charset.forName("GB18030"), false),
                        null, null));
            }
        }
    }

    @Test
    void emptyBinaryAndNulFilesAreBadInputNamingTheFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.zh.txt"), new byte[0]);
        BadInputException e = assertThrows(BadInputException.class, () -> Segmenter.segment(empty, null, null));
        assertTrue(e.getMessage().startsWith(empty.toString()), e.getMessage());
        Path nul = Files.write(dir.resolve("nul.en.txt"), new byte[] {'1', '.', ' ', 'A', 0, 'b'});
        e = assertThrows(BadInputException.class, () -> Segmenter.segment(nul, null, null));
        assertTrue(e.getMessage().contains("byte offset 4"), e.getMessage());
    }

    @Test
    void documentWithoutNumbersBecomesUnnumberedParagraphs() {
        String text = """
                Annual report on the state of things

                The committee met three times this year. It reviewed the reports of the
                working groups and adopted its programme.

                Members agreed that the next meeting would be held in Geneva. The
                secretariat will circulate the agenda in advance.

                The chair thanked the delegations for their work.
                """;
        Document d = Segmenter.segment("plain", text, Language.EN);
        assertEquals(List.of(BlockKind.TITLE), d.frontMatter().stream().map(Block::kind).toList());
        assertEquals(3, d.paragraphs().size());
        assertTrue(d.paragraphs().stream().allMatch(p -> p.number() == null));
        assertEquals(List.of(2, 2, 1), d.paragraphs().stream().map(p -> p.sentences().size()).toList());
        assertEquals("Members agreed that the next meeting would be held in Geneva.",
                d.sentenceTexts(d.paragraphs().get(1)).get(0));
        assertTrue(d.warnings().get(0).contains("no numbered paragraphs"), d.warnings().toString());
    }

    @Test
    void chineseWithoutNumbersSplitsAtShortLinesEndingASentence() {
        String text = "会议报告\n\n委员会今年举行了三次会议。委员会审议了各工作组的报告，并通过\n\n了工作方案。\n"
                + "成员们同意下次会议在日内瓦举行。秘书处将提前分发议程，以便各代表团做好\n准备。\n";
        Document d = Segmenter.segment("plain", text, Language.ZH);
        assertEquals(2, d.paragraphs().size());
        assertEquals("委员会今年举行了三次会议。委员会审议了各工作组的报告，并通过了工作方案。",
                d.text(d.paragraphs().get(0).span()));
        assertEquals(4, d.paragraphs().stream().mapToInt(p -> p.sentences().size()).sum());
    }

    @Test
    void textThatWasNeverWrappedHasOneParagraphPerLine() {
        String sentence = "委员会审议了各工作组提交的关于核裁军、核不扩散和和平利用核能问题的报告并通过了工作方案。";
        String text = "会议报告\n" + sentence.repeat(6) + "\n" + sentence.repeat(4) + "\n" + sentence.repeat(5) + "\n";
        Document d = Segmenter.segment("unwrapped", text, Language.ZH);
        assertEquals(List.of(6, 4, 5), d.paragraphs().stream().map(p -> p.sentences().size()).toList());
        assertEquals(List.of(BlockKind.TITLE), d.frontMatter().stream().map(Block::kind).toList());
    }

    @Test
    void skippedAndRepeatedNumbersWarnButKeepParagraphs() {
        String text = """
                1.\tFirst paragraph of the statement, which is long enough to be wrapped onto a second
                line of text here.
                2.\tSecond paragraph.
                4.\tFourth paragraph, after a skipped number.
                4.\tFourth again, a repeated number.
                5.\tFifth paragraph.
                """;
        Document d = Segmenter.segment("broken", text, Language.EN);
        assertEquals(List.of(1, 2, 4, 4, 5), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals(2, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().get(0).contains("skips from 2 to 4"), d.warnings().toString());
        assertTrue(d.warnings().get(1).contains("4 is repeated"), d.warnings().toString());
    }

    @Test
    void numbersThatDoNotFollowTheSequenceContinueTheParagraph() {
        String text = "1. 我们回顾了安全理事会第\n1540号决议。我们期望在\n2014年筹委会会议上\n8月在长崎举行的论坛\n"
                + "2010 年《不扩散条约》审议大会。\n15. 这不是下一个段落号，\n2. 第二段。\n";
        Document d = Segmenter.segment("seq", text, Language.ZH);
        assertEquals(List.of(1, 2), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("我们回顾了安全理事会第1540号决议。我们期望在2014年筹委会会议上8月在长崎举行的论坛"
                + "2010年《不扩散条约》审议大会。15. 这不是下一个段落号，", d.text(d.paragraphs().get(0).span()));
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void aNumberedListInTheLetterDoesNotStartTheBody() {
        StringBuilder sb = new StringBuilder("Letter dated 1 May 2012 from the Chair addressed to the Secretary-General\n\n"
                + "I wish to raise two points:\n1. the agenda;\n2. the dates.\n\nStatement by the Chair\n\n");
        for (int i = 1; i <= 5; i++) {
            sb.append(i).append(".\tParagraph ").append(i).append(" of the statement.\n");
        }
        Document d = Segmenter.segment("list", sb.toString(), Language.EN);
        assertEquals(List.of(1, 2, 3, 4, 5), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("Paragraph 1 of the statement.", d.text(d.paragraph(1).span()));
        assertTrue(d.frontMatter().stream().anyMatch(b -> d.text(b.span()).contains("2. the dates.")));
    }

    @Test
    void headingsAndSubItemsBecomeParagraphsWithTheirAddresses() {
        String text = """
                I. Introduction

                1.	The Conference met in Geneva. It adopted its agenda, which is long enough to
                wrap onto a second line.

                II. Nuclear disarmament

                2.	The Conference discussed nuclear disarmament:
                	(a)	first, the reduction of arsenals;
                	(b)	second, transparency.
                3.	The end.
                """;
        Document d = Segmenter.segment("headings", text, Language.EN);
        assertEquals(java.util.Arrays.asList(1, null, 2, null, null, 3),
                d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals(List.of(StructureKind.NUMBERED, StructureKind.HEADING, StructureKind.NUMBERED,
                StructureKind.ITEM, StructureKind.ITEM, StructureKind.NUMBERED),
                d.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals(List.of("¶1", "II", "¶2", "¶2 (a)", "¶2 (b)", "¶3"),
                d.paragraphs().stream().map(Paragraph::address).toList());
        assertEquals("II. Nuclear disarmament", d.text(d.paragraphs().get(1).span()));
        assertEquals("The Conference discussed nuclear disarmament:", d.text(d.paragraph(2).span()));
        // The item's label is kept in the text before its span, as a paragraph number is.
        assertEquals("first, the reduction of arsenals;", d.text(d.paragraphs().get(3).span()));
        assertEquals(List.of(BlockKind.TITLE), d.frontMatter().stream().map(Block::kind).toList());
    }

    @Test
    void footnotesAtAPageBreakAreKeptApartFromTheParagraph() {
        String text = """
                1.	The Conference recalled resolution 66/44,1 and the paragraph runs on to the next
                page of the document.
                2.	The Assembly welcomed the report of the Secretary-General on the subject of the
                ____________
                1 See A/66/L.1, para. 3.
                2 Ibid.
                2
                CD/1937
                meeting and decided to continue its work.
                """;
        Document d = Segmenter.segment("notes", text, Language.EN);
        assertEquals(java.util.Arrays.asList(1, 2, null, null),
                d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("The Assembly welcomed the report of the Secretary-General on the subject of the meeting "
                + "and decided to continue its work.", d.text(d.paragraph(2).span()));
        assertEquals("1 See A/66/L.1, para. 3.", d.text(d.paragraphs().get(2).span()));
        assertEquals("2 Ibid.", d.text(d.paragraphs().get(3).span()));
    }

    @Test
    void fullWidthParagraphNumbersAreRecognised() {
        Document d = Segmenter.segment("fw", "１．第一段。\n２． 第二段。\n", Language.ZH);
        assertEquals(List.of(1, 2), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("第二段。", d.text(d.paragraphs().get(1).span()));
    }

    @Test
    void fiveMegabytesOfShortLinesAreSegmented() {
        // Not timed: a per-line cost proportional to the document (a document-wide search per line, say)
        // turns this into minutes and shows up in every build.
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (sb.length() < 5_000_000) {
            n++;
            sb.append(n).append(".\tWe recall resolution 66/44 and the work of the\nConference on Disarmament. ");
            sb.append(n % 40 == 0 ? "\n" + n / 40 + "\nCD/1937\n" : "\n");
        }
        Document d = Segmenter.segment("many", sb.toString(), Language.EN);
        assertEquals(n, d.paragraphs().size());
        assertEquals(n, d.paragraphs().get(n - 1).number());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void oneFiveMegabyteLineIsSegmented() {
        StringBuilder sb = new StringBuilder("1. ");
        int sentences = 0;
        while (sb.length() < 5_000_000) {
            sb.append("我们重申支持经 2010 年审议大会核可的实际步骤，包括召开一次会议。");
            sentences++;
        }
        Document d = Segmenter.segment("long", sb.toString(), Language.ZH);
        assertEquals(1, d.paragraphs().size());
        assertEquals(sentences, d.paragraphs().get(0).sentences().size());
        StringBuilder en = new StringBuilder();
        int enSentences = 0;
        while (en.length() < 5_000_000) {
            en.append("We recall resolution 66/44 and document CD/1299, see No. 5 of A/66/L.1/Rev.1 here. ");
            enSentences++;
        }
        Document e = Segmenter.segment("long", en.toString(), Language.EN);
        assertEquals(enSentences, e.paragraphs().stream().mapToInt(p -> p.sentences().size()).sum());
    }
}

package org.bitext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bitext.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both CD/1937 versions against the gold alignment: structure, sentence counts and unwrapped text. */
class CorpusSegmentationTest {

    private static final GoldAlignment GOLD = GoldAlignment.load();
    private static Document zh;
    private static Document en;

    @BeforeAll
    static void segment() {
        zh = Segmenter.segment(GoldAlignment.CORPUS.resolve("CD-1937.zh.txt"), null, null);
        en = Segmenter.segment(GoldAlignment.CORPUS.resolve("CD-1937.en.txt"), null, null);
    }

    @Test
    void languageIsDetectedByScript() {
        assertEquals(Language.ZH, zh.language());
        assertEquals(Language.EN, en.language());
        assertEquals("CD-1937", zh.id());
    }

    @Test
    void exactlyTwentyFourNumberedParagraphsInOrder() {
        for (Document d : List.of(zh, en)) {
            List<Integer> numbers = d.paragraphs().stream().map(Paragraph::number).toList();
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 24; i++) {
                expected.add(i);
            }
            assertEquals(expected, numbers, d.language().toString());
            assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        }
    }

    @Test
    void sentenceCountsPerParagraphEqualTheGold() {
        assertEquals(GOLD.chineseCounts(), counts(zh));
        assertEquals(GOLD.englishCounts(), counts(en));
        assertEquals(73, counts(zh).values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(68, counts(en).values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void englishParagraphTextEqualsGoldSentencesJoinedBySpaces() {
        for (int p = 1; p <= 24; p++) {
            assertEquals(GOLD.englishParagraph(p), en.text(en.paragraph(p).span()), "paragraph " + p);
        }
    }

    @Test
    void chineseParagraphTextEqualsGoldSentencesConcatenated() {
        for (int p = 1; p <= 24; p++) {
            assertEquals(GOLD.chineseParagraph(p), zh.text(zh.paragraph(p).span()), "paragraph " + p);
        }
    }

    @Test
    void sentencesEqualTheGoldSentences() {
        for (int p = 1; p <= 24; p++) {
            List<String> gold = GOLD.rows(p).stream().map(GoldAlignment.Row::enText).toList();
            assertEquals(gold, en.sentenceTexts(en.paragraph(p)), "en paragraph " + p);
            String zhJoined = String.join("", zh.sentenceTexts(zh.paragraph(p)));
            assertEquals(GOLD.chineseParagraph(p), zhJoined, "zh paragraph " + p);
        }
    }

    @Test
    void frontMatterHoldsLetterSignatureTitleAndDateInGoldOrder() {
        List<BlockKind> expected = List.of(BlockKind.LETTER_TITLE, BlockKind.LETTER, BlockKind.LETTER,
                BlockKind.SIGNATURE, BlockKind.HEADER, BlockKind.TITLE, BlockKind.PLACE_DATE);
        for (Document d : List.of(zh, en)) {
            assertEquals(expected, d.frontMatter().stream().map(Block::kind).toList(), d.language().toString());
            List<String> units = new ArrayList<>();
            for (Block b : d.frontMatter()) {
                if (b.kind() != BlockKind.HEADER) {
                    units.addAll(d.sentenceTexts(b));
                }
            }
            List<String> gold = GOLD.rows(0).stream()
                    .map(r -> d.language() == Language.ZH ? r.zhText() : r.enText()).toList();
            assertEquals(gold, units, d.language().toString());
        }
    }

    @Test
    void headerKeepsSymbolAndDateButDropsLanguageLines() {
        for (Document d : List.of(zh, en)) {
            Block header = d.frontMatter().stream().filter(b -> b.kind() == BlockKind.HEADER).findFirst().orElseThrow();
            String text = d.text(header.span());
            assertTrue(text.contains("CD/1937") && text.contains("24 August 2012"), text);
            assertFalse(text.contains("Original") || text.contains("Chinese"), text);
        }
    }

    @Test
    void frontMatterHoldsNoBodyText() {
        for (Document d : List.of(zh, en)) {
            String first = d.text(d.paragraph(1).sentences().get(0).span());
            for (Block b : d.frontMatter()) {
                String text = d.text(b.span());
                assertFalse(text.contains(first.substring(0, 12)), b.kind() + ": " + text);
            }
        }
    }

    @Test
    void noPageFurnitureInAnyParagraph() {
        Pattern furniture = Pattern.compile("CD/1937|Original: English|^\\d+$|\\bChinese\\b|GE\\.\\d");
        for (Document d : List.of(zh, en)) {
            for (Paragraph p : d.paragraphs()) {
                String text = d.text(p.span());
                assertFalse(furniture.matcher(text).find(), p.number() + ": " + text);
                assertFalse(text.contains("\n"), "line break left in paragraph " + p.number());
            }
        }
        // The English page breaks fall inside paragraphs 9 and 18: their text runs straight on.
        assertTrue(en.text(en.paragraph(9).span()).contains("a comprehensive, non-discriminatory,"));
        assertTrue(en.text(en.paragraph(18).span()).contains("the subsequent discussion at the 2012 PrepCom"));
    }

    @Test
    void hyphensAtLineEndsAreRejoinedOrKept() {
        String all = en.text();
        assertTrue(all.contains("acknowledged"));
        assertTrue(all.contains("Organization (CTBTO)"));
        assertTrue(all.contains("effectively verifiable nuclear-weapon-free zones"));
        assertFalse(all.contains("acknowl-"));
        assertTrue(all.contains("nuclear non-proliferation issues"));
    }

    @Test
    void linesBeginningWithNumbersContinueTheirParagraph() {
        assertTrue(zh.text(zh.paragraph(15).span()).contains("第1540号决议"));
        assertTrue(zh.text(zh.paragraph(5).span()).contains("以期向2014年筹委会"));
        assertTrue(zh.text(zh.paragraph(22).span()).contains("将于8月在长崎"));
        assertNotNull(zh.paragraph(24));
    }

    private static Map<Integer, Integer> counts(Document d) {
        Map<Integer, Integer> m = new TreeMap<>();
        for (Paragraph p : d.paragraphs()) {
            m.put(p.number(), p.sentences().size());
        }
        return m;
    }
}

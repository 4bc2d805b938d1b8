package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aligner's tokens of real sentences, in Lucene's style: what comes out of each input, in order; number
 * words combined, irregular forms matched, Chinese function words ignored.
 */
class TokenizerTest {

    private static final String CD_1937_EN = "Letter dated 22 August 2012 from the Permanent Representative of "
            + "Turkey, CD/1937 (NPT), 5 per cent.";

    @Test
    void englishContentStemsNumbersDatesSymbolsAndAcronyms() {
        Tokenizer.warmUp(); // what AlignSupport runs in the background: must not throw, must change nothing
        Tokenizer.Tokens t = new Tokenizer(Translations.none()).english(CD_1937_EN);
        assertEquals(List.of("letter", "date", "perman", "repres", "turkey", "npt", "per", "cent"), t.weak());
        assertEquals(List.of("#22", "#8", "#2012", "@cd/1937", "#1937", "^npt", "#5", "%"), t.strong());
        assertEquals(List.of(), t.latin());
    }

    @Test
    void capitalsDecideMonthsAndCaseOfAWordSeenBeforeDoesNotLeak() {
        Tokenizer tok = new Tokenizer(Translations.none());
        String s = "In May the States may sign; March 3 and one hundred non-proliferation Treaties, 1,000.50 and "
                + "Ｔｒｅａｔｙ.";
        Tokenizer.Tokens t = tok.english(s);
        // "May" is no date without a number next to it, and "may" is a function word; "March 3" is a date
        assertEquals(List.of("state", "sign", "non", "prolifer", "treati", "treati"), t.weak());
        assertEquals(List.of("#3", "#3", "#100", "#1000.5"), t.strong());
        assertEquals(t, tok.english(s), "the same sentence again, through the tokenizer's caches");
        assertEquals(List.of("#5"), tok.english("may 5").strong(), "lower-case 'may' is no month");
        assertEquals(List.of("#5", "#5"), tok.english("May 5").strong());
        assertEquals(List.of("^npt"), tok.english("NPT").strong());
        assertEquals(List.of(), tok.english("Npt").strong());
    }

    @Test
    void chineseWordsByDictionaryNumbersSymbolsAndLatin() {
        Tokenizer tok = new Tokenizer(AlignSupport.dictionary());
        Tokenizer.Tokens t = tok.chinese("2012年6月16日，会议通过了第66/44号决议（NPT）。");
        assertEquals(List.of("年", "月", "日", "会议", "通过", "第", "号", "决议"), t.weak()); // 了: a function word
        assertEquals(List.of("#2012", "#6", "#16", "@66/44", "#66", "#44", "^npt"), t.strong());
        assertEquals(List.of("npt"), t.latin());
        Tokenizer.Tokens p = tok.chinese("百分之五的非核武器国家");
        assertEquals(List.of("百分之", "五", "非核武器国家"), p.weak());
        assertEquals(List.of("%", "#5"), p.strong());
    }

    @Test
    void aWholeCorpusTokenizesTheSameThroughOneTokenizerAsThroughFreshOnes() throws IOException {
        List<String> en = Files.readAllLines(Path.of("corpus/CD-1937.en.txt"), StandardCharsets.UTF_8);
        List<String> zh = Files.readAllLines(Path.of("corpus/CD-1937.zh.txt"), StandardCharsets.UTF_8);
        Translations dictionary = AlignSupport.dictionary();
        Tokenizer shared = new Tokenizer(dictionary);
        List<Tokenizer.Tokens> once = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < en.size(); k++) {
                Tokenizer.Tokens t = shared.english(en.get(k));
                if (round == 0) {
                    once.add(t);
                } else {
                    assertEquals(once.get(k), t, en.get(k));
                }
                assertEquals(new Tokenizer(dictionary).english(en.get(k)), t, en.get(k));
            }
        }
        for (String z : zh) {
            assertEquals(new Tokenizer(dictionary).chinese(z), shared.chinese(z), z);
        }
    }

    @Test
    void normalizeIsIcuNfkcEverywhereItsShortcutSkipsIcu() {
        com.ibm.icu.text.Normalizer2 nfkc = com.ibm.icu.text.Normalizer2.getNFKCInstance();
        // every character of ASCII and of the CJK Unified Ideographs block, alone and after an 'e'
        for (int c = 0; c <= 0x9FFF; c = c == 0x7F ? 0x4E00 : c + 1) {
            String one = String.valueOf((char) c);
            assertEquals(nfkc.normalize(one), Tokenizer.normalize(one), Integer.toHexString(c));
            assertEquals(nfkc.normalize("e" + one), Tokenizer.normalize("e" + one), Integer.toHexString(c));
        }
        for (String s : List.of("Treaty on the Non-Proliferation of Nuclear Weapons (NPT), 2012.", "核武器国家",
                "e\u0301", "Ｔｒｅａｔｙ", "２０１２年", "核武器，国家。", "\u3000条约", "ﬁnal", "")) {
            assertEquals(nfkc.normalize(s), Tokenizer.normalize(s), s);
        }
    }

    @Test
    void wordTableReturnsOneInstancePerWordWithoutLosingAny() {
        WordTable table = new WordTable();
        String text = "非核武器国家 and 非核 states";
        String word = table.get(text, 0, 6);
        assertEquals("非核武器国家", word);
        assertSame(word, table.get("的" + word, 1, 7));
        assertEquals("非核", table.get(text, 11, 13));
        assertNotSame(word, table.get(text, 0, 2));
        // thousands of one-character words with consecutive code points (the hard case for a hash table)
        StringBuilder han = new StringBuilder();
        for (char c = '\u4E00'; c < '\u4E00' + 20_000; c++) {
            han.append(c);
        }
        List<String> first = new ArrayList<>();
        for (int k = 0; k < han.length(); k++) {
            first.add(table.get(han.toString(), k, k + 1));
        }
        for (int k = 0; k < han.length(); k++) {
            assertEquals(String.valueOf(han.charAt(k)), first.get(k));
            assertSame(first.get(k), table.get(han.toString(), k, k + 1));
        }
        assertEquals(20_000 + 2, table.size()); // and 非核武器国家, 非核
    }

    private final Tokenizer tokenizer = new Tokenizer(Translations.none());

    private List<String> strong(String english) {
        return tokenizer.english(english).strong();
    }

    @Test
    void runsOfNumberWordsAreOneNumber() {
        assertTrue(strong("And all the days were an hundred and twenty years.").contains("#120"));
        assertTrue(strong("In two thousand and twelve the Conference met.").contains("#2012"));
        assertTrue(strong("Twenty-five States signed.").contains("#25"));
        assertTrue(strong("threescore and ten").contains("#70"));
        List<String> separate = strong("Five States and the Committee: three members.");
        assertTrue(separate.contains("#5") && separate.contains("#3"), separate.toString());
        assertFalse(separate.contains("#8"), separate.toString());
        assertTrue(strong("the first session").contains("#1"));
    }

    @Test
    void numberWordsAgreeWithChineseNumerals() {
        assertTrue(tokenizer.chinese("以撒共活了一百二十岁。").strong().contains("#120"));
    }

    @Test
    void irregularFormsMeetTheirBaseForm() {
        List<String> weak = tokenizer.english("The delegations took note and the children spoke.").weak();
        assertTrue(weak.contains(tokenizer.englishKey("take")), weak.toString());
        assertTrue(weak.contains(tokenizer.englishKey("child")), weak.toString());
        assertTrue(weak.contains(tokenizer.englishKey("speak")), weak.toString());
        // ambiguous forms are left alone: "left" is not "leave"
        assertTrue(tokenizer.english("the left side").weak().contains(tokenizer.stem("left")));
    }

    @Test
    void chineseFunctionWordsAreNotEvidence() {
        List<String> weak = tokenizer.chinese("他们的代表团已经批准了这个报告。").weak();
        for (String w : List.of("的", "他们", "已经", "了", "这个")) {
            assertFalse(weak.contains(w), w + " in " + weak);
        }
        assertFalse(weak.isEmpty());
    }
}

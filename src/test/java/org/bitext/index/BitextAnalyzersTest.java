package org.bitext.index;

import static org.bitext.index.TokenAssert.assertAnalyzesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class BitextAnalyzersTest {

    private final Analyzer zhIndex = BitextAnalyzers.chinese(BitextAnalyzers.Unigrams.RUN_ENDS);
    private final Analyzer zhAll = BitextAnalyzers.chinese(BitextAnalyzers.Unigrams.ALL);
    private final Analyzer zhQuery = BitextAnalyzers.chinese(BitextAnalyzers.Unigrams.NONE);
    private final Analyzer en = BitextAnalyzers.english();
    private final Analyzer exact = BitextAnalyzers.englishExact();

    @Test
    void chineseBigramsWithOffsets() throws IOException {
        assertAnalyzesTo(zhQuery, "禁产条约",
                new String[] {"禁产", "产条", "条约"}, new int[] {0, 1, 2}, new int[] {2, 3, 4}, new int[] {1, 1, 1});
    }

    @Test
    void allUnigramsSitAtTheBigramsPositions() throws IOException {
        assertAnalyzesTo(zhAll, "禁产条约",
                new String[] {"禁", "禁产", "产", "产条", "条", "条约", "约"}, new int[] {0, 0, 1, 1, 2, 2, 3},
                new int[] {1, 2, 2, 3, 3, 4, 4}, new int[] {1, 0, 1, 0, 1, 0, 1});
    }

    @Test
    void indexSideKeepsUnigramsOnlyAtTheEndOfEachRun() throws IOException {
        // 禁, 产 and 条 begin the bigrams at their positions; the increments stay those of all unigrams.
        assertAnalyzesTo(zhIndex, "禁产条约",
                new String[] {"禁产", "产条", "条约", "约"}, new int[] {0, 1, 2, 3},
                new int[] {2, 3, 4, 4}, new int[] {1, 1, 1, 1});
        // A lone character (在), then the run 号文件, whose last character alone keeps its unigram.
        assertAnalyzesTo(zhIndex, "在CD/1299号文件",
                new String[] {"在", "cd", "1299", "号文", "文件", "件"}, new int[] {0, 1, 4, 8, 9, 10},
                new int[] {1, 3, 8, 10, 11, 11}, new int[] {1, 1, 1, 1, 1, 1});
    }

    @Test
    void traditionalBecomesSimplifiedKeepingOriginalOffsets() throws IOException {
        assertAnalyzesTo(zhQuery, "禁產條約",
                new String[] {"禁产", "产条", "条约"}, new int[] {0, 1, 2}, new int[] {2, 3, 4}, null);
    }

    @Test
    void simplifyAgreesWithTheIndexAnalysis() throws IOException {
        assertEquals("禁产条约", BitextAnalyzers.simplify("禁產條約"));
        String simplified = "禁产条约 FMCT";
        assertSame(simplified, BitextAnalyzers.simplify(simplified), "nothing to change, no copy");
        assertAnalyzesTo(zhQuery, BitextAnalyzers.simplify("國際原子能機構"), "国际", "际原", "原子", "子能", "能机", "机构");
    }

    @Test
    void bigramsDoNotCrossPunctuationOrLatin() throws IOException {
        // "(禁产条约)" from the corpus: full-width brackets are not tokens; the bigrams stay inside.
        assertAnalyzesTo(zhQuery, "条约（禁产）",
                new String[] {"条约", "禁产"}, new int[] {0, 3}, new int[] {2, 5}, null);
        assertAnalyzesTo(zhQuery, "在CD/1299号文件",
                new String[] {"在", "cd", "1299", "号文", "文件"}, new int[] {0, 1, 4, 8, 9},
                new int[] {1, 3, 8, 10, 11}, null);
    }

    @Test
    void fullWidthLatinAndDigitsAreFolded() throws IOException {
        // U+3000 (ideographic space) separates; letters and digits written together are one word (UAX #29).
        assertAnalyzesTo(zhQuery, "ＦＭＣＴ\u3000２０１２年",
                new String[] {"fmct", "2012", "年"}, new int[] {0, 5, 9}, new int[] {4, 9, 10}, null);
        assertAnalyzesTo(en, "ＦＭＣＴ", new String[] {"fmct"}, new int[] {0}, new int[] {4}, null);
    }

    @Test
    void supplementaryCharactersKeepTwoCharOffsets() throws IOException {
        // U+20000 and U+2A6A5 are Han ideographs outside the BMP (surrogate pairs).
        String s = "\uD840\uDC00\uD869\uDEA5字";
        assertAnalyzesTo(zhQuery, s, new String[] {"\uD840\uDC00\uD869\uDEA5", "\uD869\uDEA5字"},
                new int[] {0, 2}, new int[] {4, 5}, null);
    }

    @Test
    void englishStemsFoldsCaseAndLeavesStopWordsAsGaps() throws IOException {
        assertAnalyzesTo(en, "Additional Protocols of the IAEA's",
                new String[] {"addit", "protocol", "iaea"}, new int[] {0, 11, 28},
                new int[] {10, 20, 34}, new int[] {1, 1, 3});
    }

    @Test
    void exactEnglishDoesNotStem() throws IOException {
        assertAnalyzesTo(exact, "Additional Protocols, FMCT and Oğuz",
                "additional", "protocols", "fmct", "and", "oguz");
    }
}

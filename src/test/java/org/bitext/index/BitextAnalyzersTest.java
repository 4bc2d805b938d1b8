package org.bitext.index;

import static org.bitext.index.TokenAssert.assertAnalyzesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.bitext.text.TraditionalChinese;
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

    /**
     * The index's chain equals the chain with every unigram minus the unigrams that begin a bigram, token for
     * token (term, position, offsets), on the corpus and on hostile text: kana, hangul, supplementary
     * characters, lone characters, a run at the very end.
     */
    @Test
    void indexSideIsAllUnigramsMinusThoseThatBeginABigram() throws IOException {
        List<String> texts = new ArrayList<>(Files.readAllLines(Path.of("corpus/CD-1937.zh.txt"), StandardCharsets.UTF_8));
        texts.addAll(List.of("", "核", "核。", "。核", "A核B", "第3条和第4条", "ひらがなカタカナ한국어漢字",
                "\uD840\uDC00\uD869\uDEA5字 \uD840\uDC00", "禁产 条约", "（禁产条约）2012年", "禁產條約禁"));
        for (String text : texts) {
            assertEquals(allMinusUnigramsBeginningABigram(text), tokens(zhIndex, text), text);
        }
        // Folding changes the length of these tokens but not their offsets (half-width katakana with voicing
        // marks; a compatibility ideograph, two UTF-16 units folded to one): terms and positions still agree,
        // offsets of a run-end unigram inside such a token are approximate (the index keeps no offsets).
        for (String text : List.of("ﾃﾞｰﾀ", "\uD87E\uDC00中文", "ﾃﾞｰﾀ核")) {
            assertEquals(allMinusUnigramsBeginningABigram(text).stream().map(BitextAnalyzersTest::withoutOffsets).toList(),
                    tokens(zhIndex, text).stream().map(BitextAnalyzersTest::withoutOffsets).toList(), text);
        }
    }

    private List<String> allMinusUnigramsBeginningABigram(String text) throws IOException {
        List<String> all = tokens(zhAll, text);
        List<String> want = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean beginsBigram = all.get(i).startsWith("1:") && i + 1 < all.size()
                    && all.get(i + 1).startsWith("2:") && position(all.get(i + 1)) == position(all.get(i));
            if (!beginsBigram) {
                want.add(all.get(i));
            }
        }
        return want;
    }

    private static String withoutOffsets(String token) {
        return token.substring(0, token.lastIndexOf('['));
    }

    /** Tokens as "kind:term@position[start,end)", kind 1 for a unigram and 2 for a bigram. */
    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                String kind = type.type().equals(CJKBigramFilter.DOUBLE_TYPE) ? "2" : "1";
                out.add(kind + ":" + term + "@" + pos + "[" + off.startOffset() + "," + off.endOffset() + ")");
            }
            ts.end();
        }
        return out;
    }

    private static int position(String token) {
        return Integer.parseInt(token.substring(token.lastIndexOf('@') + 1, token.lastIndexOf('[')));
    }

    @Test
    void traditionalBecomesSimplifiedKeepingOriginalOffsets() throws IOException {
        assertAnalyzesTo(zhQuery, "禁產條約",
                new String[] {"禁产", "产条", "条约"}, new int[] {0, 1, 2}, new int[] {2, 3, 4}, null);
    }

    @Test
    void simplifyAgreesWithTheIndexAnalysis() throws IOException {
        assertEquals("禁产条约", TraditionalChinese.simplify("禁產條約"));
        String simplified = "禁产条约 FMCT";
        assertSame(simplified, TraditionalChinese.simplify(simplified), "nothing to change, no copy");
        assertAnalyzesTo(zhQuery, TraditionalChinese.simplify("國際原子能機構"), "国际", "际原", "原子", "子能", "能机", "机构");
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

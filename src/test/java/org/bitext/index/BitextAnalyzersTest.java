package org.bitext.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.bitext.text.TraditionalChinese;

/**
 * The index's analysis chains and custom filters under Lucene's own analysis test base: exact tokens (terms,
 * offsets, types, position increments and lengths) on chosen text, and {@code checkRandomData} (offsets,
 * reset/end contracts, attribute clearing, the same tokens from a reused stream, several threads) on random
 * text, general and Chinese-heavy. Randomized testing draws a new seed each run and prints it on failure
 * ({@code -Dtests.seed=…} repeats a run).
 */
public class BitextAnalyzersTest extends BaseTokenStreamTestCase {

    private static final String I = "<IDEOGRAPHIC>";
    private static final String D = CJKBigramFilter.DOUBLE_TYPE;
    private static final String S = CJKBigramFilter.SINGLE_TYPE;
    private static final String A = "<ALPHANUM>";
    private static final String N = "<NUM>";

    private final Analyzer zhIndex = BitextAnalyzers.chinese(BitextAnalyzers.Unigrams.RUN_ENDS);
    private final Analyzer zhAll = BitextAnalyzers.chinese(BitextAnalyzers.Unigrams.ALL);
    private final Analyzer zhQuery = BitextAnalyzers.chinese(BitextAnalyzers.Unigrams.NONE);
    private final Analyzer en = BitextAnalyzers.english();
    private final Analyzer exact = BitextAnalyzers.englishExact();
    private final Analyzer stems = BitextAnalyzers.englishStems();

    @Override
    public void tearDown() throws Exception {
        zhIndex.close();
        zhAll.close();
        zhQuery.close();
        en.close();
        exact.close();
        stems.close();
        super.tearDown();
    }

    public void testChineseBigramsWithOffsets() throws IOException {
        assertAnalyzesTo(zhQuery, "禁产条约", new String[] {"禁产", "产条", "条约"}, new int[] {0, 1, 2},
                new int[] {2, 3, 4}, new String[] {D, D, D}, new int[] {1, 1, 1}, new int[] {1, 1, 1});
    }

    public void testAllUnigramsSitAtTheBigramsPositions() throws IOException {
        assertAnalyzesTo(zhAll, "禁产条约", new String[] {"禁", "禁产", "产", "产条", "条", "条约", "约"},
                new int[] {0, 0, 1, 1, 2, 2, 3}, new int[] {1, 2, 2, 3, 3, 4, 4}, new String[] {S, D, S, D, S, D, S},
                new int[] {1, 0, 1, 0, 1, 0, 1}, new int[] {1, 2, 1, 2, 1, 2, 1});
    }

    public void testIndexSideKeepsUnigramsOnlyAtTheEndOfEachRun() throws IOException {
        // 禁, 产 and 条 begin the bigrams at their positions; the increments stay those of all unigrams.
        assertAnalyzesTo(zhIndex, "禁产条约", new String[] {"禁产", "产条", "条约", "约"}, new int[] {0, 1, 2, 3},
                new int[] {2, 3, 4, 4}, new String[] {D, D, D, S}, new int[] {1, 1, 1, 1}, new int[] {1, 1, 1, 1});
        // A lone character (在), then the run 号文件, whose last character alone keeps its unigram.
        assertAnalyzesTo(zhIndex, "在CD/1299号文件", new String[] {"在", "cd", "1299", "号文", "文件", "件"},
                new int[] {0, 1, 4, 8, 9, 10}, new int[] {1, 3, 8, 10, 11, 11}, new String[] {S, A, N, D, D, S},
                new int[] {1, 1, 1, 1, 1, 1}, new int[] {1, 1, 1, 1, 1, 1});
    }

    /**
     * The index's chain equals the chain with every unigram minus the unigrams that begin a bigram, token for
     * token (term, position, offsets), on the corpus and on hostile text: kana, hangul, supplementary
     * characters, lone characters, a run at the very end.
     */
    public void testIndexSideIsAllUnigramsMinusThoseThatBeginABigram() throws IOException {
        List<String> texts = new ArrayList<>(Files.readAllLines(Path.of("corpus/CD-1937.zh.txt"), StandardCharsets.UTF_8));
        texts.addAll(List.of("", "核", "核。", "。核", "A核B", "第3条和第4条", "ひらがなカタカナ한국어漢字",
                "\uD840\uDC00\uD869\uDEA5字 \uD840\uDC00", "禁产 条约", "（禁产条约）2012年", "禁產條約禁"));
        for (String text : texts) {
            assertEquals(text, allMinusUnigramsBeginningABigram(text), tokens(zhIndex, text));
        }
        // Folding changes the length of these tokens but not their offsets (half-width katakana with voicing
        // marks; a compatibility ideograph, two UTF-16 units folded to one): terms and positions still agree,
        // offsets of a run-end unigram inside such a token are approximate (the index keeps no offsets).
        for (String text : List.of("ﾃﾞｰﾀ", "\uD87E\uDC00中文", "ﾃﾞｰﾀ核")) {
            assertEquals(text, allMinusUnigramsBeginningABigram(text).stream().map(BitextAnalyzersTest::withoutOffsets).toList(),
                    tokens(zhIndex, text).stream().map(BitextAnalyzersTest::withoutOffsets).toList());
        }
    }

    /**
     * Text ending in a run of bigrams (禁产条约) made the filter ask its input for another token after the
     * input had said it was exhausted; a guard between the bigram filter and it fails on such a call.
     */
    public void testRunEndUnigramFilterNeverAsksAnExhaustedInput() throws IOException {
        Analyzer guarded = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
                TokenStream ts = new CJKBigramFilter(new ICUFoldingFilter(source));
                return new TokenStreamComponents(source, new RunEndUnigramFilter(new ExhaustionGuard(ts)));
            }
        };
        for (String text : List.of("禁产条约", "核", "禁产条约 FMCT", "FMCT 禁产条约", "", "禁产 条约", "在CD/1299号文件")) {
            assertEquals(text, tokens(zhIndex, text), tokens(guarded, text));
        }
        assertAnalyzesTo(guarded, "禁产条约", new String[] {"禁产", "产条", "条约", "约"});
        checkRandomData(random(), guarded, 200 * RANDOM_MULTIPLIER);
        checkChineseHeavy(guarded, random());
        guarded.close();
    }

    /** Fails when {@code incrementToken} is called again after it returned false (until the next reset). */
    private static final class ExhaustionGuard extends TokenFilter {
        private boolean exhausted;

        ExhaustionGuard(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (exhausted) {
                throw new AssertionError("incrementToken() called after the input returned false");
            }
            exhausted = !input.incrementToken();
            return !exhausted;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            exhausted = false;
        }
    }

    public void testTraditionalBecomesSimplifiedKeepingOriginalOffsets() throws IOException {
        assertAnalyzesTo(zhQuery, "禁產條約", new String[] {"禁产", "产条", "条约"}, new int[] {0, 1, 2},
                new int[] {2, 3, 4}, new String[] {D, D, D}, new int[] {1, 1, 1}, new int[] {1, 1, 1});
    }

    public void testSimplifyAgreesWithTheIndexAnalysis() throws IOException {
        assertEquals("禁产条约", TraditionalChinese.simplify("禁產條約"));
        String simplified = "禁产条约 FMCT";
        assertSame("nothing to change, no copy", simplified, TraditionalChinese.simplify(simplified));
        assertAnalyzesTo(zhQuery, TraditionalChinese.simplify("國際原子能機構"),
                new String[] {"国际", "际原", "原子", "子能", "能机", "机构"});
    }

    public void testBigramsDoNotCrossPunctuationOrLatin() throws IOException {
        // "(禁产条约)" from the corpus: full-width brackets are not tokens; the bigrams stay inside.
        assertAnalyzesTo(zhQuery, "条约（禁产）", new String[] {"条约", "禁产"}, new int[] {0, 3}, new int[] {2, 5},
                new String[] {D, D}, new int[] {1, 1}, new int[] {1, 1});
        assertAnalyzesTo(zhQuery, "在CD/1299号文件", new String[] {"在", "cd", "1299", "号文", "文件"},
                new int[] {0, 1, 4, 8, 9}, new int[] {1, 3, 8, 10, 11}, new String[] {S, A, N, D, D},
                new int[] {1, 1, 1, 1, 1}, new int[] {1, 1, 1, 1, 1});
    }

    public void testFullWidthLatinAndDigitsAreFolded() throws IOException {
        // U+3000 (ideographic space) separates; letters and digits written together are one word (UAX #29).
        assertAnalyzesTo(zhQuery, "ＦＭＣＴ\u3000２０１２年", new String[] {"fmct", "2012", "年"},
                new int[] {0, 5, 9}, new int[] {4, 9, 10}, new String[] {A, N, S}, new int[] {1, 1, 1},
                new int[] {1, 1, 1});
        assertAnalyzesTo(en, "ＦＭＣＴ", new String[] {"fmct"}, new int[] {0}, new int[] {4}, new String[] {A},
                new int[] {1}, new int[] {1});
    }

    public void testSupplementaryCharactersKeepTwoCharOffsets() throws IOException {
        // U+20000 and U+2A6A5 are Han ideographs outside the BMP (surrogate pairs).
        String s = "\uD840\uDC00\uD869\uDEA5字";
        assertAnalyzesTo(zhQuery, s, new String[] {"\uD840\uDC00\uD869\uDEA5", "\uD869\uDEA5字"},
                new int[] {0, 2}, new int[] {4, 5}, new String[] {D, D}, new int[] {1, 1}, new int[] {1, 1});
    }

    public void testEnglishStemsFoldsCaseAndLeavesStopWordsAsGaps() throws IOException {
        assertAnalyzesTo(en, "Additional Protocols of the IAEA's", new String[] {"addit", "protocol", "iaea"},
                new int[] {0, 11, 28}, new int[] {10, 20, 34}, new String[] {A, A, A}, new int[] {1, 1, 3},
                new int[] {1, 1, 1});
    }

    public void testExactEnglishDoesNotStem() throws IOException {
        assertAnalyzesTo(exact, "Additional Protocols, FMCT and Oğuz",
                new String[] {"additional", "protocols", "fmct", "and", "oguz"}, new int[] {0, 11, 22, 27, 31},
                new int[] {10, 20, 26, 30, 35}, new String[] {A, A, A, A, A}, new int[] {1, 1, 1, 1, 1},
                new int[] {1, 1, 1, 1, 1});
    }

    public void testSpottingStemsKeepStopWords() throws IOException {
        assertAnalyzesTo(stems, "the Additional Protocols", new String[] {"the", "addit", "protocol"},
                new int[] {0, 4, 15}, new int[] {3, 14, 24}, new String[] {A, A, A}, new int[] {1, 1, 1},
                new int[] {1, 1, 1});
    }

    public void testRandomDataChineseChains() throws IOException {
        for (Analyzer a : List.of(zhIndex, zhAll, zhQuery)) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
            checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 2000);
            checkChineseHeavy(a, random());
        }
    }

    public void testRandomDataEnglishChains() throws IOException {
        for (Analyzer a : List.of(en, exact, stems)) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
            checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 2000);
        }
    }

    /**
     * Random text where runs of Han (Simplified, Traditional, supplementary, compatibility), kana, hangul,
     * full-width and half-width forms, Latin, digits and punctuation meet: what UN Chinese text holds and
     * what {@code checkRandomData}'s general strings rarely put next to each other.
     */
    private static void checkChineseHeavy(Analyzer a, Random random) throws IOException {
        String[] pieces = {"禁", "产", "条", "约", "產", "條", "國", "際", "核", "〇", "\uD840\uDC00", "\uD87E\uDC00",
            "ひ", "カ", "ﾃﾞ", "ｰ", "한", "국", "Ｆ", "２", "A", "b", "7", " ", "\u3000", "。", "，", "（", "）", "-",
            "\n", "é", "\u0301"};
        for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            checkAnalysisConsistency(random, a, random.nextBoolean(), sb.toString());
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
}

package org.bitext.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.bitext.text.TraditionalChinese;

/**
 * The analysis chains of the concordance index. Chinese is indexed as overlapping character bigrams (plus
 * the last character of each run) after Traditional-to-Simplified conversion, so a term matches
 * whatever the word segmentation and the script; English is indexed stemmed without stop words
 * ({@code en}) and unstemmed with them ({@code en_exact}), both case- and width-folded.
 */
final class BitextAnalyzers {

    /** Chinese field. */
    public static final String ZH = "zh";
    /** English field, stemmed. */
    public static final String EN = "en";
    /** English field, not stemmed (acronyms, exact phrases, prefixes). */
    public static final String EN_EXACT = "en_exact";
    /**
     * English translation-memory candidate field: word bigrams of the exact tokens ("entry into", "into
     * force"), documents only. Chinese candidates come from the {@link #ZH} field, which holds character
     * bigrams already.
     */
    public static final String TM_EN = "tm_en";

    private BitextAnalyzers() {
    }

    /** Which single characters the Chinese chain emits besides the bigrams. */
    public enum Unigrams {
        /** None: a query's phrase of bigrams (a lone character still yields its unigram). */
        NONE,
        /**
         * Only the last character of each run ({@link RunEndUnigramFilter}): the index. Any other occurrence
         * of a character begins a bigram, which is how a one-character query finds it.
         */
        RUN_ENDS,
        /** Every character: re-analysing a shown hit, where a lone character must match (and mark) itself. */
        ALL
    }

    /**
     * Chinese analysis: ICUTokenizer (one token per Han character, so bigrams never depend on a dictionary's
     * word breaks) -> ICUTransformFilter("Traditional-Simplified") (on tokens it can change) -> ICU folding
     * (full-width forms, compatibility ideographs, case) -> CJK bigrams.
     */
    public static Analyzer chinese(Unigrams unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
                TokenStream ts = new TraditionalToSimplifiedFilter(source);
                // Folding before the bigrams folds each character once (not once in each of its two bigrams
                // and its unigram); the bigram filter goes by token type, which folding leaves alone.
                ts = new ICUFoldingFilter(ts);
                ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams == Unigrams.ALL);
                if (unigrams == Unigrams.RUN_ENDS) {
                    ts = new RunEndUnigramFilter(ts);
                }
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /**
     * English analysis as Lucene's EnglishAnalyzer does it: folded words without the common stop words,
     * Porter-stemmed. Stop words removed leave their positions empty, so a phrase still keeps its shape
     * ("kingdom of heaven" is kingdom _ heaven); the exact field keeps them for quoted phrases.
     */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new StopFilter(exact(source), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new PorterStemFilter(ts));
            }
        };
    }

    /** English analysis without stemming: folded (case, accents, width) words only, stop words kept. */
    public static Analyzer englishExact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, exact(source));
            }
        };
    }

    /**
     * Every English word folded and stemmed, stop words included: spotting compares each word of a
     * counterpart text by its stem.
     */
    static Analyzer englishStems() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(exact(source)));
            }
        };
    }

    /**
     * Possessives dropped; case, accents and full-width forms folded: lower-casing plus ASCII folding does
     * for Latin text what ICU folding does, at a fraction of the cost.
     */
    private static TokenStream exact(Tokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }

    /**
     * The per-field analyzer of the index writer. The unit documents hand their English fields over already
     * analysed ({@link EnglishTokens}); this analyzer says what those tokens are.
     */
    public static Analyzer forIndexing() {
        return new PerFieldAnalyzerWrapper(englishExact(),
                Map.of(ZH, chinese(Unigrams.RUN_ENDS), EN, english(), EN_EXACT, englishExact()));
    }

    /** The index's analysis with every Chinese unigram, for re-analysing a hit to highlight it. */
    static Analyzer forHighlighting() {
        return new PerFieldAnalyzerWrapper(englishExact(),
                Map.of(ZH, chinese(Unigrams.ALL), EN, english(), EN_EXACT, englishExact()));
    }

    /**
     * ICU's "Traditional-Simplified" transform on each token, as ICUTransformFilter applies it, but without
     * calling ICU for tokens it leaves unchanged: the transliterator's per-call cost (not its rules) was most
     * of the Chinese analysis time. Tokens are single Han characters (see the tokenizer config), so the
     * single-character results are looked up in a table that ICU itself filled; longer tokens holding a
     * character the transform changes still go through ICU. Offsets are untouched, as with ICUTransformFilter.
     */
    private static final class TraditionalToSimplifiedFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        TraditionalToSimplifiedFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] b = term.buffer();
            int n = term.length();
            if (n == 1) {
                String single = TraditionalChinese.simplifiedChar(b[0]);
                if (single != null) {
                    term.setEmpty().append(single);
                }
                return true;
            }
            for (int i = 0; i < n; i++) {
                if (TraditionalChinese.changes(b[i])) {
                    String converted = TraditionalChinese.toSimplified().transliterate(term.toString());
                    term.setEmpty().append(converted);
                    break;
                }
            }
            return true;
        }
    }
}

package org.bitext.index;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of the concordance index. Chinese is indexed as overlapping character bigrams (plus
 * unigrams, so one-character queries work) after Traditional-to-Simplified conversion, so a term matches
 * whatever the word segmentation and the script; English is indexed stemmed ({@code en}) and unstemmed
 * ({@code en_exact}), both case- and width-folded.
 */
public final class BitextAnalyzers {

    /** Chinese field. */
    public static final String ZH = "zh";
    /** English field, stemmed. */
    public static final String EN = "en";
    /** English field, not stemmed (acronyms, exact phrases, prefixes). */
    public static final String EN_EXACT = "en_exact";

    private BitextAnalyzers() {
    }

    /**
     * Chinese analysis: ICUTokenizer (one token per Han character, so bigrams never depend on a dictionary's
     * word breaks) -> Traditional-Simplified -> CJK bigrams -> ICU folding (full-width forms, case).
     *
     * @param unigrams also emit single characters (index side); the query side uses bigrams only so that a
     *                 phrase of bigrams is the contiguous match, and a lone character still yields a unigram
     */
    public static Analyzer chinese(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
                TokenStream ts = new ICUTransformFilter(source, traditionalToSimplified());
                ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                ts = new ICUFoldingFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** English analysis with Porter stemming; stop words are kept so that phrases keep their positions. */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new ICUFoldingFilter(ts);
                ts = new PorterStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** English analysis without stemming: folded (case, accents, width) words only. */
    public static Analyzer englishExact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new ICUFoldingFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** The per-field analyzer used when indexing. */
    public static Analyzer forIndexing() {
        return new PerFieldAnalyzerWrapper(englishExact(),
                Map.of(ZH, chinese(true), EN, english(), EN_EXACT, englishExact()));
    }

    /** The per-field analyzer used to analyse queries (Chinese as bigrams only). */
    public static Analyzer forQueries() {
        return new PerFieldAnalyzerWrapper(englishExact(),
                Map.of(ZH, chinese(false), EN, english(), EN_EXACT, englishExact()));
    }

    /** ICU's Traditional-Simplified transform (thread-safe to share: the filter clones per use). */
    public static Transliterator traditionalToSimplified() {
        return Holder.T2S;
    }

    /** Converts Traditional characters to Simplified ones (query normalisation, spotting). */
    public static String simplify(String s) {
        return Holder.T2S.transliterate(s);
    }

    private static final class Holder {
        static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    }
}

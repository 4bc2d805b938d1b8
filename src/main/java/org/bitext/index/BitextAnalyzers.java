package org.bitext.index;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UTF16;
import com.ibm.icu.text.UnicodeSetIterator;
import java.io.IOException;
import java.util.BitSet;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

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
     * word breaks) -> ICUTransformFilter("Traditional-Simplified") (on tokens it can change) -> ICU folding
     * (full-width forms, compatibility ideographs, case) -> CJK bigrams.
     *
     * @param unigrams also emit single characters (index side); the query side uses bigrams only so that a
     *                 phrase of bigrams is the contiguous match, and a lone character still yields a unigram
     */
    public static Analyzer chinese(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
                TokenStream ts = new TraditionalToSimplifiedFilter(source);
                // Folding before the bigrams folds each character once (not once in each of its two bigrams
                // and its unigram); the bigram filter goes by token type, which folding leaves alone.
                ts = new ICUFoldingFilter(ts);
                ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
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
                TokenStream ts = fold(new EnglishPossessiveFilter(source));
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
                TokenStream ts = fold(new EnglishPossessiveFilter(source));
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /**
     * Case, accents and full-width forms of English words: lower-casing plus ASCII folding does for Latin
     * text what ICU folding does, at a fraction of the cost (the English fields are two of the three analysed).
     */
    private static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
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

    /** ICU's Traditional-Simplified transform (shared, as Lucene's ICUTransformFilterFactory shares it). */
    public static Transliterator traditionalToSimplified() {
        return Holder.T2S;
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
                String single = Holder.SINGLE[b[0]];
                if (single != null) {
                    term.setEmpty().append(single);
                }
                return true;
            }
            for (int i = 0; i < n; i++) {
                if (Holder.CHANGES.get(b[i])) {
                    String converted = Holder.T2S.transliterate(term.toString());
                    term.setEmpty().append(converted);
                    break;
                }
            }
            return true;
        }
    }

    /**
     * Converts Traditional characters to Simplified ones (query normalisation, spotting), character by
     * character as the index does; text without a character the transform changes is returned as is.
     */
    public static String simplify(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Holder.CHANGES.get(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            String single = Holder.SINGLE[c];
            if (single == null) {
                return Holder.T2S.transliterate(s); // a supplementary character: let ICU do the whole string
            }
            if (out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            out.append(single);
        }
        return out == null ? s : out.toString();
    }

    private static final class Holder {
        static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
        /** Simplified form of each BMP character the transform changes on its own (null: unchanged). */
        static final String[] SINGLE = new String[65536];
        /** UTF-16 units of characters the transform changes (both surrogates of a supplementary one). */
        static final BitSet CHANGES = new BitSet(65536);

        static {
            for (UnicodeSetIterator it = new UnicodeSetIterator(T2S.getSourceSet()); it.next(); ) {
                if (it.codepoint == UnicodeSetIterator.IS_STRING) {
                    continue;
                }
                String s = UTF16.valueOf(it.codepoint);
                String t = T2S.transliterate(s);
                if (!t.equals(s)) {
                    for (int i = 0; i < s.length(); i++) {
                        CHANGES.set(s.charAt(i));
                    }
                    if (s.length() == 1) {
                        SINGLE[s.charAt(0)] = t;
                    }
                }
            }
        }
    }
}

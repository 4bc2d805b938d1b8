package org.bitext.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One English text analysed once for both English fields: the exact tokens are recorded and replayed as the
 * {@code en_exact} field; the {@code en} field replays the same words without stop words, each replaced by
 * its Porter stem, looked up in a per-thread table of the words seen so far. Tokenizing and folding each
 * text twice was a tenth of the indexing time and stemming every occurrence anew a few per cent more.
 * The result equals {@link BitextAnalyzers#english()} token for token (a test checks it on the corpus).
 * Not thread-safe: one per indexing document.
 */
final class EnglishTokens {

    private static final Analyzer EXACT = BitextAnalyzers.englishExact();
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    /** Marks a stop word in the stem table. */
    private static final char[] STOP = new char[0];
    /** Distinct words a thread's stem table holds before it starts afresh (a few MB at most). */
    private static final int MAX_STEMS = 200_000;
    private static final ThreadLocal<CharArrayMap<char[]>> STEMS =
            ThreadLocal.withInitial(() -> new CharArrayMap<>(4096, false));

    private final Recorded exactTokens = new Recorded();
    private final Recorded stemTokens = new Recorded();
    private final Recorded oneWord = new Recorded();
    private final Recorded bigramTokens = new Recorded();
    private char[] previous = new char[64];
    private char[] pair = new char[128];
    private final TokenStream porter = new PorterStemFilter(oneWord.replay());
    private final CharTermAttribute porterTerm = porter.getAttribute(CharTermAttribute.class);

    /** The exact field's tokens of the last text given to {@link #analyse}. */
    final TokenStream exact = exactTokens.replay();
    /** The stemmed field's tokens of the same text. */
    final TokenStream stemmed = stemTokens.replay();
    /**
     * The translation-memory candidate field's tokens: each two neighbouring exact tokens joined by a space
     * ({@link BitextAnalyzers#TM_EN}), made from the exact tokens as they are recorded.
     */
    final TokenStream bigrams = bigramTokens.replay();

    /** Records the tokens of {@code text} for both fields, replacing the previous text's. */
    void analyse(String text) {
        exactTokens.clear();
        stemTokens.clear();
        bigramTokens.clear();
        int previousLength = -1;
        CharArrayMap<char[]> stems = STEMS.get();
        int skipped = 0;
        try (TokenStream ts = EXACT.tokenStream(BitextAnalyzers.EN_EXACT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                char[] b = term.buffer();
                int n = term.length();
                int increment = inc.getPositionIncrement();
                exactTokens.add(b, 0, n, increment);
                if (previousLength >= 0) {
                    int len = previousLength + 1 + n;
                    if (pair.length < len) {
                        pair = new char[len * 2];
                    }
                    System.arraycopy(previous, 0, pair, 0, previousLength);
                    pair[previousLength] = ' ';
                    System.arraycopy(b, 0, pair, previousLength + 1, n);
                    bigramTokens.add(pair, 0, len, 1);
                }
                if (previous.length < n) {
                    previous = new char[n * 2];
                }
                System.arraycopy(b, 0, previous, 0, n);
                previousLength = n;
                char[] stem = stems.get(b, 0, n);
                if (stem == null) {
                    stem = STOP_WORDS.contains(b, 0, n) ? STOP : porter(b, n);
                    if (stems.size() >= MAX_STEMS) {
                        stems.clear();
                    }
                    stems.put(Arrays.copyOf(b, n), stem);
                }
                if (stem == STOP) {
                    skipped += increment; // its position stays empty, as StopFilter leaves it
                } else {
                    stemTokens.add(stem, 0, stem.length, increment + skipped);
                    skipped = 0;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    private char[] porter(char[] word, int n) throws IOException {
        oneWord.clear();
        oneWord.add(word, 0, n, 1);
        porter.reset();
        porter.incrementToken();
        char[] stem = Arrays.copyOf(porterTerm.buffer(), porterTerm.length());
        porter.end();
        porter.close();
        return stem;
    }

    /** Tokens (terms and position increments) kept in two arrays, replayed by a token stream. */
    private static final class Recorded {
        private char[] chars = new char[1024];
        /** End of token i in {@link #chars} (token i starts at the previous end). */
        private int[] ends = new int[128];
        private int[] increments = new int[128];
        private int count;

        void clear() {
            count = 0;
        }

        void add(char[] b, int off, int n, int increment) {
            int used = count == 0 ? 0 : ends[count - 1];
            if (used + n > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
            }
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
                increments = Arrays.copyOf(increments, count * 2);
            }
            System.arraycopy(b, off, chars, used, n);
            ends[count] = used + n;
            increments[count++] = increment;
        }

        TokenStream replay() {
            return new TokenStream() {
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
                private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
                private int next;

                @Override
                public boolean incrementToken() {
                    if (next == count) {
                        return false;
                    }
                    clearAttributes();
                    int start = next == 0 ? 0 : ends[next - 1];
                    term.copyBuffer(chars, start, ends[next] - start);
                    inc.setPositionIncrement(increments[next++]);
                    return true;
                }

                @Override
                public void reset() throws IOException {
                    super.reset();
                    next = 0;
                }
            };
        }
    }
}

package org.bitext.align;

import java.util.List;
import java.util.Set;
import org.bitext.text.Span;

/**
 * What the aligner needs from a bilingual lexicon: Chinese headwords (for max-match word segmentation) and
 * their English translations as lower-case words. Adapts {@code org.bitext.lexicon.Lexicon} and the
 * lexicon learned from the text being aligned.
 */
public interface Translations {

    /** Lower-case English words translating {@code zhWord}; empty when unknown. */
    Set<String> english(String zhWord);

    /** True when {@code zhWord} is a headword. */
    boolean has(String zhWord);

    /** Length in chars of the longest headword (bounds max-match segmentation); 0 for an empty lexicon. */
    int maxKeyLength();

    /**
     * Longest-match segmentation of a run of Chinese characters into headwords, as {start, end} pairs;
     * null when the lexicon has no fast segmenter of its own (the tokenizer then probes {@link #has}).
     */
    default List<Span> words(String zh) {
        return null;
    }

    /**
     * Length in chars of the longest headword that is a prefix of {@code text[from, to)}, or 0. The default
     * probes {@link #has} with substrings; lexicons with a trie answer without allocating.
     */
    default int longestMatch(String text, int from, int to) {
        for (int len = Math.min(maxKeyLength(), to - from); len > 0; len--) {
            if (has(text.substring(from, from + len))) {
                return len;
            }
        }
        return 0;
    }

    /** A lexicon with no entries: alignment then relies on length, numbers, symbols and learned words. */
    static Translations none() {
        return new Translations() {
            @Override
            public Set<String> english(String zhWord) {
                return Set.of();
            }

            @Override
            public boolean has(String zhWord) {
                return false;
            }

            @Override
            public int maxKeyLength() {
                return 0;
            }
        };
    }
}

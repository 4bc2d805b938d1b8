package org.bitext.align;

import java.util.Set;

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

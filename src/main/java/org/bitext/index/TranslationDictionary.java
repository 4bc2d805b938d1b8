package org.bitext.index;

import java.util.Set;

/**
 * A Chinese-to-English word dictionary as spotting needs it (CC-CEDICT via the lexicon stage, or a
 * glossary): the lower-case English words of a Chinese word's glosses.
 */
public interface TranslationDictionary {

    /** Lower-case English gloss words of {@code zhWord} (Simplified), empty when it is not in the dictionary. */
    Set<String> english(String zhWord);

    /** Length in chars of the longest Chinese entry, bounding the substrings worth looking up. */
    int maxKeyLength();

    /** The empty dictionary (spotting then relies on the term table and on statistics). */
    TranslationDictionary NONE = new TranslationDictionary() {
        @Override
        public Set<String> english(String zhWord) {
            return Set.of();
        }

        @Override
        public int maxKeyLength() {
            return 0;
        }
    };
}

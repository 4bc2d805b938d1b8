package org.bitext.index;

import java.util.List;
import org.bitext.text.Span;

/**
 * A Chinese-to-English dictionary as spotting needs it (CC-CEDICT via the lexicon stage, or a glossary):
 * the English glosses of a Chinese headword.
 */
public interface TranslationDictionary {

    /** Lower-case glosses of {@code zhWord} (variants within a gloss separated by ';'); empty when unknown. */
    List<String> glosses(String zhWord);

    /** Length in chars of the longest headword, bounding the substrings worth looking up. */
    int maxKeyLength();

    /** Headwords found in {@code zh} by greedy longest match, as spans (cheap: a few lookups per character). */
    List<Span> words(String zh);

    /** The empty dictionary (spotting then relies on the term table and on statistics). */
    TranslationDictionary NONE = new TranslationDictionary() {
        @Override
        public List<String> glosses(String zhWord) {
            return List.of();
        }

        @Override
        public int maxKeyLength() {
            return 0;
        }

        @Override
        public List<Span> words(String zh) {
            return List.of();
        }
    };
}

package org.bitext.index;

import java.util.List;
import java.util.function.Supplier;
import org.bitext.lexicon.Lexicon;
import org.bitext.text.Span;

/**
 * Spotting's view of the lexicon stage: by default the bundled CC-CEDICT, resolved on first lookup so that
 * searches the term table or statistics answer never pay for loading it.
 */
public final class LexiconDictionary implements TranslationDictionary {

    private final Supplier<Lexicon> lexicon;

    public LexiconDictionary(Supplier<Lexicon> lexicon) {
        this.lexicon = lexicon;
    }

    /** CC-CEDICT (Lexicon.cedict(), loaded once per JVM on first use). */
    public static LexiconDictionary cedict() {
        return new LexiconDictionary(Lexicon::cedict);
    }

    @Override
    public List<String> glosses(String zhWord) {
        return lexicon.get().glosses(zhWord);
    }

    @Override
    public int maxKeyLength() {
        return lexicon.get().maxKeyLength();
    }

    @Override
    public List<Span> words(String zh) {
        return lexicon.get().words(zh);
    }
}

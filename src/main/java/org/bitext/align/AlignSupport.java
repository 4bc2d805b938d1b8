package org.bitext.align;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bitext.lexicon.Lexicon;

/**
 * Where the aligner gets its bilingual dictionary: the bundled CC-CEDICT, plus a user's glossary when
 * given; one place so that the facade, the CLI and the tests agree.
 */
public final class AlignSupport {

    private AlignSupport() {
    }

    /** CC-CEDICT as the aligner's dictionary. */
    public static Translations dictionary() {
        return of(Lexicon.cedict());
    }

    /** CC-CEDICT plus the glossary (when not null); bad glossary lines go to {@code warningsOut}. */
    public static Translations dictionary(Path glossaryOrNull, List<String> warningsOut) {
        Lexicon lex = Lexicon.cedict();
        if (glossaryOrNull != null) {
            lex = Lexicon.fromGlossary(glossaryOrNull, warningsOut).union(lex);
        }
        return of(lex);
    }

    /** Adapts a {@link Lexicon}. */
    public static Translations of(Lexicon lexicon) {
        return new Translations() {
            @Override
            public Set<String> english(String zhWord) {
                return lexicon.english(zhWord);
            }

            @Override
            public boolean has(String zhWord) {
                return lexicon.has(zhWord);
            }

            @Override
            public int maxKeyLength() {
                return lexicon.maxKeyLength();
            }
        };
    }
}

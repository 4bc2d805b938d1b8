package org.bitext.align;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bitext.lexicon.Lexicon;
import org.bitext.text.Span;

/**
 * Where the aligner gets its bilingual dictionary: the bundled CC-CEDICT, plus a user's glossary when
 * given; one place so that the facade, the CLI and the tests agree.
 */
public final class AlignSupport {

    private AlignSupport() {
    }

    /**
     * CC-CEDICT as the aligner's dictionary, loaded on first use (and started in the background now), so
     * that the load overlaps with reading the input and tokenising the English side.
     */
    public static Translations dictionary() {
        Lexicon.preload();
        warmUp();
        return new Translations() {
            @Override
            public Set<String> english(String zhWord) {
                return Lexicon.cedict().english(zhWord);
            }

            @Override
            public boolean has(String zhWord) {
                return Lexicon.cedict().has(zhWord);
            }

            @Override
            public int maxKeyLength() {
                return Lexicon.cedict().maxKeyLength();
            }

            @Override
            public List<Span> words(String zh) {
                return Lexicon.cedict().words(zh);
            }

            @Override
            public int longestMatch(String text, int from, int to) {
                return Lexicon.cedict().longestMatch(text, from, to);
            }
        };
    }

    /**
     * Loads the aligner's language data and sets up the tokenizer (ICU's NFKC tables, the Snowball stemmer)
     * in a background thread, while the caller reads its input: some 40 ms of a cold JVM's start that would
     * otherwise wait until the first sentence is tokenised. Failures are left for the real use to report.
     */
    static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                LanguageData.get();
                Tokenizer.warmUp();
            } catch (RuntimeException | Error e) {
                // the aligner's own call fails again with the same message; nothing is lost
            }
        }, "bitext-warm-up");
        t.setDaemon(true);
        t.start();
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

            @Override
            public List<Span> words(String zh) {
                return lexicon.words(zh);
            }

            @Override
            public int longestMatch(String text, int from, int to) {
                return lexicon.longestMatch(text, from, to);
            }
        };
    }
}
